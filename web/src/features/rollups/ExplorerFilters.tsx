import { EntityKind, Metric, RollupSort } from "../../api/rollups.ts";
import { type ExplorerState, PAGE_SIZES, withFilter } from "./explorer-state.ts";
import { KIND_NAMES } from "./rollup-format.ts";

const SORT_NAMES: Record<RollupSort, string> = {
  ROLLUP_DESC: "Roll-up, highest first",
  ROLLUP_ASC: "Roll-up, lowest first",
  NAME: "Name",
};

interface Props {
  state: ExplorerState;
  /** The period shown (the URL's, or the newest one). */
  period: string | null;
  periods: readonly string[];
  onChange: (next: ExplorerState) => void;
}

/** Level, metric, period, as-of date, sort and page size of the explorer. */
export function ExplorerFilters({ state, period, periods, onChange }: Props) {
  const set = (change: Partial<Omit<ExplorerState, "offset">>) => onChange(withFilter(state, change));
  const periodOptions = period !== null && !periods.includes(period) ? [period, ...periods] : periods;
  return (
    <form className="rollup-filters" aria-label="Roll-up filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Level
        <select value={state.level} onChange={(e) => set({ level: e.target.value as EntityKind })} data-testid="rollup-level">
          {Object.values(EntityKind).map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Metric
        <select value={state.metric} onChange={(e) => set({ metric: e.target.value as Metric })} data-testid="rollup-metric">
          {Object.values(Metric).map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        Period
        <select
          value={period ?? ""}
          onChange={(e) => set({ period: e.target.value })}
          data-testid="rollup-period"
          disabled={period === null}
        >
          {periodOptions.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        As of
        <input
          type="date"
          value={state.asOf ?? ""}
          onChange={(e) => set({ asOf: e.target.value || null })}
          data-testid="rollup-as-of"
          aria-describedby="rollup-as-of-help"
        />
      </label>
      {state.asOf && (
        <button type="button" onClick={() => set({ asOf: null })} data-testid="rollup-as-of-clear">
          Current values
        </button>
      )}
      <label>
        Sort
        <select value={state.sort} onChange={(e) => set({ sort: e.target.value as RollupSort })} data-testid="rollup-sort">
          {Object.values(RollupSort).map((s) => (
            <option key={s} value={s}>
              {SORT_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rows per page
        <select value={state.limit} onChange={(e) => set({ limit: Number(e.target.value) })} data-testid="rollup-limit">
          {PAGE_SIZES.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <p id="rollup-as-of-help" className="muted">
        Without a date: the materialized (current) roll-ups. With one: computed over the edges valid that day (slower).
      </p>
    </form>
  );
}
