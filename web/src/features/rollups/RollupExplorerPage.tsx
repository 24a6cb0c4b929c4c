import { useMemo } from "react";
import { METRIC_PERIODS } from "../../api/queries.ts";
import type { Api } from "../../api/use-api.ts";
import { replaceRoute } from "../../app/hash-route.ts";
import { useHashRoute } from "../../app/use-hash-route.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { ExplorerFilters } from "./ExplorerFilters.tsx";
import { type ExplorerState, explorerHash, parseExplorerState } from "./explorer-state.ts";
import { RollupSummaryView } from "./RollupSummaryView.tsx";
import { RollupTableView } from "./RollupTableView.tsx";
import "./rollups.css";

/**
 * The roll-up explorer (docs/ANALYTICS.md): the whole hierarchy's summary of a metric-period
 * (per-level totals, unallocated value, conservation check) above one level's roll-up table.
 * Everything it shows is in the URL; a changed filter replaces the route rather than adding a
 * back-button step.
 */
export function RollupExplorerPage({ api }: { api: Api }) {
  const route = useHashRoute();
  const state = useMemo(() => parseExplorerState(route.params), [route]);
  const change = (next: ExplorerState) => replaceRoute(explorerHash(next));

  const periods = useQuery(api, METRIC_PERIODS, {});
  const period = state.period ?? periods.data?.metricPeriods[0] ?? null;
  const shown = period === null ? null : { ...state, period };

  return (
    <section className="field-page rollup-explorer" data-testid="rollup-explorer" aria-labelledby="rollups-title">
      <div className="field-head">
        <h2 id="rollups-title">Roll-up explorer</h2>
      </div>
      <ExplorerFilters state={state} period={period} periods={periods.data?.metricPeriods ?? []} onChange={change} />
      <QueryState result={periods} what="the periods" />
      {periods.data && period === null && <p className="muted">No metric values yet: there is nothing to roll up.</p>}
      {shown && (
        <>
          <RollupSummaryView api={api} state={shown} />
          <RollupTableView api={api} state={shown} onChange={change} />
        </>
      )}
    </section>
  );
}
