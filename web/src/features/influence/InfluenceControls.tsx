import { useId } from "react";
import type { GroupBy } from "../../graph/influence-model.ts";
import type { InfluenceView } from "./use-influence-view.ts";
import "./influence.css";

/** The sizes of influence view one may ask for; the larger ones are drawn with groups collapsed. */
export const MAX_NODES_CHOICES = [150, 500, 2000, 20_000] as const;
const LABEL_CHOICES = [5, 12, 25, 50] as const;

interface Props {
  view: InfluenceView;
  maxNodes: number;
  onMaxNodes: (n: number) => void;
}

/** The influence view's toolbar: grouping, the edge weight slider, how many labels, how many HCPs, and the groups to expand. */
export function InfluenceControls({ view, maxNodes, onMaxNodes }: Props) {
  const sliderId = useId();
  const collapsedCount = view.groups.filter((g) => g.collapsed).length;
  return (
    <div className="toolbar influence-controls" data-testid="influence-controls">
      <label>
        group by{" "}
        <select data-testid="influence-group-by" value={view.groupBy} onChange={(e) => view.setGroupBy(e.target.value as GroupBy)}>
          <option value="specialty">specialty</option>
          <option value="metro">metro</option>
        </select>
      </label>
      <span className="weight-slider">
        <label htmlFor={sliderId}>minimum weight</label>{" "}
        <input
          id={sliderId}
          data-testid="influence-min-weight"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={view.minWeight}
          onChange={(e) => view.setMinWeight(Number(e.target.value))}
        />{" "}
        <output htmlFor={sliderId} data-testid="influence-min-weight-value">
          {view.minWeight.toFixed(2)}
        </output>
      </span>
      <label>
        labels{" "}
        <select data-testid="influence-label-top" value={view.labelTop} onChange={(e) => view.setLabelTop(Number(e.target.value))}>
          {LABEL_CHOICES.map((n) => (
            <option key={n} value={n}>
              top {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        HCPs{" "}
        <select data-testid="influence-max-nodes" value={maxNodes} onChange={(e) => onMaxNodes(Number(e.target.value))}>
          {MAX_NODES_CHOICES.map((n) => (
            <option key={n} value={n}>
              up to {n.toLocaleString("en-US")}
            </option>
          ))}
        </select>
      </label>
      <details className="influence-groups">
        <summary>
          groups ({view.groups.length}, {collapsedCount} collapsed)
        </summary>
        <div className="influence-groups-list">
          <button type="button" onClick={() => view.setAllCollapsed(true)}>
            Collapse all
          </button>
          <button type="button" onClick={() => view.setAllCollapsed(false)}>
            Expand all
          </button>
          <ul>
            {view.groups.map((g) => (
              <li key={g.key}>
                <button
                  type="button"
                  aria-pressed={!g.collapsed}
                  data-testid={`influence-group-${g.key}`}
                  onClick={() => view.toggleGroup(g.key)}
                >
                  {g.collapsed ? "Expand" : "Collapse"} {g.key} ({g.members})
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}
