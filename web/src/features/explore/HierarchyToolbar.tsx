import { useEffect, useState } from "react";
import { Metric } from "../../api/types.ts";
import type { Measure } from "../../api/use-graph-view.ts";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

interface Props {
  measure: Measure | null;
  periods: string[];
  onMeasure: (m: Measure) => void;
  /** The hierarchy's date (null: today), or in a diff the two dates compared. */
  asOf: string | null;
  diff: { from: string; to: string } | null;
  onAsOf: (date: string | null) => void;
  /** Absent for a REP: the diff between two dates (hierarchyDiff) is for the roles that see the whole hierarchy. */
  onCompare?: (from: string, to: string) => void;
  onFind: (text: string) => void;
  matches: number | null;
  tableShown: boolean;
  onTable: () => void;
}

/** The hierarchy view's controls: metric and period, the date (or two dates to compare), search within the graph, the table. */
export function HierarchyToolbar(p: Props) {
  const today = isoDay(new Date());
  const [from, setFrom] = useState(p.diff?.from ?? yearBefore(p.asOf ?? today));
  const [to, setTo] = useState(p.diff?.to ?? p.asOf ?? today);
  useEffect(() => {
    if (p.diff) {
      setFrom(p.diff.from);
      setTo(p.diff.to);
    }
  }, [p.diff]);
  const [text, setText] = useState("");

  return (
    <div className="toolbar hierarchy-toolbar">
      {p.measure && (
        <label>
          roll-up{" "}
          <select
            data-testid="measure-metric"
            value={p.measure.metric}
            onChange={(e) => p.onMeasure({ ...p.measure!, metric: e.target.value as Metric })}
          >
            {Object.values(Metric).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.measure && (
        <label>
          period{" "}
          <select
            data-testid="measure-period"
            value={p.measure.period}
            onChange={(e) => p.onMeasure({ ...p.measure!, period: e.target.value })}
          >
            {[...new Set([p.measure.period, ...p.periods])].map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.diff ? (
        <button type="button" data-testid="leave-diff" onClick={() => p.onAsOf(null)}>
          Back to the hierarchy
        </button>
      ) : (
        <label>
          as of <input type="date" data-testid="as-of" value={p.asOf ?? ""} onChange={(e) => p.onAsOf(e.target.value || null)} />
        </label>
      )}
      {p.onCompare && (
        <form
          className="inline-form"
          aria-label="Compare two dates"
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to) p.onCompare?.(from, to);
          }}
        >
          <label>
            changes from <input type="date" data-testid="diff-from" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </label>{" "}
          <label>
            to <input type="date" data-testid="diff-to" value={to} onChange={(e) => setTo(e.target.value)} required />
          </label>{" "}
          <button type="submit" data-testid="diff-show">
            Compare
          </button>
        </form>
      )}
      <form
        className="inline-form"
        aria-label="Find in this graph"
        onSubmit={(e) => {
          e.preventDefault();
          p.onFind(text);
        }}
      >
        <label>
          find in graph <input type="search" data-testid="graph-find" value={text} onChange={(e) => setText(e.target.value)} />
        </label>{" "}
        <button type="submit">Find</button>
        {p.matches !== null && (
          <span className="muted" role="status" data-testid="graph-find-count">
            {p.matches === 0 ? "no match" : `${p.matches} found`}
          </span>
        )}
      </form>
      <button type="button" data-testid="table-toggle" aria-pressed={p.tableShown} onClick={p.onTable}>
        Table
      </button>
    </div>
  );
}
