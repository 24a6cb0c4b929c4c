/** GraphQL documents of the explore views (search, graph views, details, analytics). */
import { graphql } from "./generated/gql.ts";

/** Both graph views: a hierarchy carries roll-ups, flows and edge versions (with a measure); an influence network leaves them null. */
export const ENTITY_GRAPH_FIELDS = graphql(`
  fragment EntityGraphFields on EntityGraph {
    rootId
    truncated
    nodes { id kind name detail level rollup }
    edges { id kind source target weight primary type influence version flow }
  }
`);

export const SEARCH = graphql(`
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) { id kind name detail score }
  }
`);

export const HIERARCHY = graphql(`
  query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $asOf: Date, $metric: Metric, $period: String) {
    hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes, asOf: $asOf, metric: $metric, period: $period) {
      ...EntityGraphFields
    }
  }
`);

/** The edge ids a diff view marks (the roll-ups at both dates come from two hierarchy reads). */
export const HIERARCHY_DIFF = graphql(`
  query HierarchyDiff($id: ID!, $from: Date!, $to: Date!) {
    hierarchyDiff(id: $id, from: $from, to: $to) { added { id } ended { id } changed { after { id } } }
  }
`);

/** Any entity's roll-up of a metric and period (an HCP's: its own value); one of the four lists holds it. */
export const ENTITY_ROLLUP = graphql(`
  query EntityRollup($id: ID!, $metric: Metric!, $period: String!, $asOf: Date) {
    hcps(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }
    accounts(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }
    organizations(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }
    networks(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }
  }
`);

export const METRIC_PERIODS = graphql(`
  query MetricPeriods { metricPeriods }
`);

export const INFLUENCE_NETWORK = graphql(`
  query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {
    influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ...EntityGraphFields nodes { pagerank specialty metro } }
  }
`);

export const ENTITY_DETAILS = graphql(`
  query EntityDetails($id: ID!) {
    entityDetails(id: $id) { id kind name attributes { key value } }
  }
`);

export const HCP_ANALYTICS = graphql(`
  query HcpAnalytics($id: ID!) {
    hcps(where: { id: { eq: $id } }) {
      pagerank influencePercentile reach networkValue
      scores { model version score segment flags explanation { key label raw value weight contribution missing } }
    }
  }
`);
