/** GraphQL documents of the roll-up explorer (docs/ANALYTICS.md): a level's roll-up table and the whole hierarchy's summary. */
import { graphql } from "./generated/gql.ts";
import type { RollupSummaryQuery, RollupTableQuery } from "./generated/graphql.ts";

export { EntityKind, Metric, RollupSort } from "./generated/graphql.ts";

export const ROLLUP_TABLE = graphql(`
  query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!, $asOf: Date, $sort: RollupSort, $limit: Int, $offset: Int) {
    rollupTable(level: $level, metric: $metric, period: $period, asOf: $asOf, sort: $sort, limit: $limit, offset: $offset) {
      total
      rows { id name own rollup }
    }
  }
`);

export const ROLLUP_SUMMARY = graphql(`
  query RollupSummary($metric: Metric!, $period: String!, $asOf: Date) {
    rollupSummary(metric: $metric, period: $period, asOf: $asOf) {
      metric period asOf totalOwn topTotal unallocated conservationOk nodes edges
      levels { level nodes own rollup unallocated overAllocated unparentedNodes }
    }
  }
`);

export type RollupTable = RollupTableQuery["rollupTable"];
export type RollupRow = RollupTable["rows"][number];
export type RollupSummary = NonNullable<RollupSummaryQuery["rollupSummary"]>;
export type LevelRollup = RollupSummary["levels"][number];
