/** GraphQL documents of a key-account manager's home: the largest organizations and accounts by roll-up. */
import { graphql } from "./generated/gql.ts";

export const KEY_ACCOUNTS = graphql(`
  query KeyAccounts($metric: Metric!, $period: String!, $limit: Int!) {
    organizations: rollupTable(level: ORGANIZATION, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }
    accounts: rollupTable(level: ACCOUNT, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }
    summary: rollupSummary(metric: $metric, period: $period) { levels { level rollup } }
  }
`);
