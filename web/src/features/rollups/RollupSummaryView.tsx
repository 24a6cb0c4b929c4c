import { ROLLUP_SUMMARY } from "../../api/rollups.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import type { ExplorerState } from "./explorer-state.ts";
import { formatValue, LEVEL_NAMES } from "./rollup-format.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/** The whole hierarchy's roll-up of the metric-period: the unallocated value first, the conservation check, per-level totals. */
export function RollupSummaryView({ api, state }: { api: Api; state: ExplorerState & { period: string } }) {
  const result = useQuery(api, ROLLUP_SUMMARY, { metric: state.metric, period: state.period, asOf: state.asOf });
  const s = result.data?.rollupSummary;
  return (
    <section aria-labelledby="rollup-summary-title" data-testid="rollup-summary">
      <h3 id="rollup-summary-title">
        {state.metric} {state.period}, whole hierarchy{state.asOf ? `, as of ${state.asOf}` : ""}
      </h3>
      <QueryState result={result} what="the summary" />
      {result.data && !s && (
        <p className="muted" data-testid="rollup-summary-none">
          {state.metric} {state.period} has not been materialized: choose an as-of date to compute its roll-ups, or have an analyst
          materialize it (materializeRollups).
        </p>
      )}
      {s && (
        <>
          <dl className="kpi-tiles">
            <div className={`kpi-tile${s.unallocated === 0 ? "" : " unallocated"}`} data-testid="rollup-unallocated">
              <dt>Unallocated</dt>
              <dd className="value" data-testid="rollup-unallocated-value">
                {formatValue(s.unallocated)}
              </dd>
              <dd className="muted">value that reaches no parent</dd>
            </div>
            <div className="kpi-tile">
              <dt>Reaches the top</dt>
              <dd className="value" data-testid="rollup-top-total">
                {formatValue(s.topTotal)}
              </dd>
            </div>
            <div className="kpi-tile">
              <dt>Own values</dt>
              <dd className="value" data-testid="rollup-total-own">
                {formatValue(s.totalOwn)}
              </dd>
            </div>
          </dl>
          <p data-testid="rollup-conservation" className={s.conservationOk ? "ok" : "error"}>
            {s.conservationOk ? "Conservation holds: " : "Conservation check failed: "}
            {formatValue(s.topTotal)} at the top + {formatValue(s.unallocated)} unallocated {s.conservationOk ? "=" : "≠"}{" "}
            {formatValue(s.totalOwn)} own. {s.nodes} entities, {s.edges} edges{state.asOf ? "" : `, materialized as of ${s.asOf}`}.
          </p>
          <table className="field-table rollup-levels">
            <caption>Per level</caption>
            <ColumnHeads names={["Level", "Entities", "Own", "Roll-up", "Unallocated", "Over-allocated", "Without parent"]} />
            <tbody>
              {s.levels.map((l) => (
                <tr key={l.level} data-testid={`rollup-level-${l.level}`}>
                  <th scope="row">{LEVEL_NAMES[l.level] ?? l.level}</th>
                  <td className="num">{l.nodes}</td>
                  <td className="num">{formatValue(l.own)}</td>
                  <td className="num">{formatValue(l.rollup)}</td>
                  <td className="num">{formatValue(l.unallocated)}</td>
                  <td className="num">{formatValue(l.overAllocated)}</td>
                  <td className="num">{l.unparentedNodes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
