import { useEffect, useState } from "react";
import { METRIC_PERIODS } from "../../api/queries.ts";
import { Metric, type SearchHit } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";
import { useGraphView, type Measure } from "../../api/use-graph-view.ts";
import { DetailsPanel } from "../details/DetailsPanel.tsx";
import { GraphView } from "../graph/GraphView.tsx";
import { Legend } from "../graph/Legend.tsx";
import { SearchPanel } from "../search/SearchPanel.tsx";
import { ReassignDialog, type Reassignment } from "../changes/ReassignDialog.tsx";
import { InfluenceControls } from "../influence/InfluenceControls.tsx";
import { InfluencePathsPanel } from "../influence/InfluencePathsPanel.tsx";
import { useInfluenceView } from "../influence/use-influence-view.ts";
import { groupKeyOfNodeId } from "../../graph/influence-model.ts";

/** Search, the graph canvas (hierarchy or influence network) and the details of the selected entity. */
export function ExplorePage({ api }: { api: Api }) {
  const [periods, setPeriods] = useState<string[]>([]);
  const [measure, setMeasure] = useState<Measure | null>(null);
  useEffect(() => {
    api(METRIC_PERIODS)
      .then(({ metricPeriods }) => {
        setPeriods(metricPeriods);
        if (metricPeriods[0]) setMeasure({ metric: Metric.TRX, period: metricPeriods[0] });
      })
      .catch(() => setPeriods([]));
  }, [api]);
  const { state, open } = useGraphView(api, measure);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new measure reloads the hierarchy on screen, not each new view.
  useEffect(() => {
    if (state.mode === "hierarchy" && state.rootId) void open("hierarchy", state.rootId);
  }, [measure]);
  const [selected, setSelected] = useState<string | null>(null);
  const focus = state.graph?.nodes.find((n) => n.id === state.rootId);
  const influence = useInfluenceView(state.mode === "influence" ? state.graph : null);

  const [move, setMove] = useState<Reassignment | null>(null);
  /** A child dropped onto another parent: its edge to the current parent of that level moves. */
  const proposeMove = (childId: string, toId: string) => {
    const graph = state.graph;
    if (!graph) return;
    const kindOf = new Map(graph.nodes.map((n) => [n.id, n]));
    const toKind = kindOf.get(toId)?.kind;
    const edges = graph.edges.filter(
      (e) => e.kind === "AFFILIATION" && e.source === childId && kindOf.get(e.target)?.kind === toKind && e.target !== toId,
    );
    const edge = edges.find((e) => e.primary) ?? edges[0];
    if (!edge || edge.version == null) return;
    setMove({
      childId,
      childName: kindOf.get(childId)?.name ?? childId,
      fromId: edge.target,
      toId,
      toName: kindOf.get(toId)?.name ?? toId,
      edgeId: edge.id,
      version: edge.version,
    });
  };

  const openHit = (hit: SearchHit) => {
    setSelected(hit.id);
    void open(hit.kind === "HCP" ? "influence" : "hierarchy", hit.id);
  };

  return (
    <main>
      <SearchPanel api={api} onOpen={openHit} />
      <section className="canvas">
        <div className="toolbar">
          {state.rootId ? (
            <>
              <span className="title">
                {state.mode === "hierarchy" ? "Hierarchy of" : "Influence network of"} <b>{focus?.name ?? state.rootId}</b>{" "}
                <span className="muted">{state.rootId}</span>
              </span>
              {state.mode === "influence" && (
                <>
                  <label>
                    depth{" "}
                    <select
                      data-testid="depth"
                      value={state.depth}
                      onChange={(e) => void open("influence", state.rootId!, Number(e.target.value) as 1 | 2, state.maxNodes)}
                    >
                      <option value={1}>1</option>
                      <option value={2}>2</option>
                    </select>
                  </label>
                  <button type="button" onClick={() => void open("hierarchy", state.rootId!)}>
                    Show hierarchy
                  </button>
                </>
              )}
              {state.mode === "hierarchy" && measure && (
                <label>
                  roll-up{" "}
                  <select
                    data-testid="measure-metric"
                    value={measure.metric}
                    onChange={(e) => setMeasure({ ...measure, metric: e.target.value as Metric })}
                  >
                    {Object.values(Metric).map((m) => (
                      <option key={m} value={m}>
                        {m}
                      </option>
                    ))}
                  </select>{" "}
                  <select
                    data-testid="measure-period"
                    value={measure.period}
                    onChange={(e) => setMeasure({ ...measure, period: e.target.value })}
                  >
                    {periods.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {state.mode === "hierarchy" && focus?.kind === "HCP" && (
                <button type="button" onClick={() => void open("influence", state.rootId!)}>
                  Show influence network
                </button>
              )}
              {state.loading && <span className="muted">loading…</span>}
              {state.graph?.truncated && (
                <span className="warning" data-testid="truncated">
                  Showing the first {state.graph.nodes.length} nodes only
                </span>
              )}
            </>
          ) : (
            <span className="muted">Search, then open a health system, an account or an HCP.</span>
          )}
        </div>
        {state.mode === "influence" && state.rootId && (
          <InfluenceControls
            view={influence}
            maxNodes={state.maxNodes}
            onMaxNodes={(n) => void open("influence", state.rootId!, state.depth, n)}
          />
        )}
        {state.error && (
          <p className="error" data-testid="graph-error">
            {state.error}
          </p>
        )}
        <GraphView
          graph={state.graph}
          mode={state.mode}
          onSelect={(id) => {
            const group = groupKeyOfNodeId(id);
            if (group === null) setSelected(id);
            else influence.toggleGroup(group);
          }}
          onDropOnto={state.mode === "hierarchy" ? proposeMove : undefined}
          influence={state.mode === "influence" ? { elements: influence.elements, minWeight: influence.minWeight } : undefined}
        />
        {state.mode === "influence" && state.rootId && <InfluencePathsPanel api={api} fromId={state.rootId} view={influence} />}
        {move && (
          <ReassignDialog
            api={api}
            move={move}
            onClose={() => {
              setMove(null);
              if (state.rootId) void open("hierarchy", state.rootId);
            }}
          />
        )}
        <Legend mode={state.mode} />
      </section>
      <DetailsPanel
        api={api}
        id={selected}
        onOpenHierarchy={(id) => void open("hierarchy", id)}
        onOpenInfluence={(id) => void open("influence", id)}
      />
    </main>
  );
}
