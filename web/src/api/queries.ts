/** GraphQL documents the app sends. */

const GRAPH_FIELDS = `rootId truncated
  nodes { id kind name detail level }
  edges { id kind source target weight primary type influence }`;

const HIERARCHY_FIELDS = `rootId truncated
  nodes { id kind name detail level rollup }
  edges { id kind source target weight primary type influence version flow }`;

export const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id kind name detail score }
}`;

export const HIERARCHY = `query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $metric: Metric, $period: String) {
  hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes, metric: $metric, period: $period) { ${HIERARCHY_FIELDS} }
}`;

export const METRIC_PERIODS = `query MetricPeriods { metricPeriods }`;

export const INFLUENCE_NETWORK = `query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {
  influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ${GRAPH_FIELDS} }
}`;

export const ENTITY_DETAILS = `query EntityDetails($id: ID!) {
  entityDetails(id: $id) { id kind name attributes { key value } }
}`;

export const HCP_ANALYTICS = `query HcpAnalytics($id: ID!) {
  hcps(where: { id: { eq: $id } }) {
    pagerank influencePercentile reach networkValue
    scores { model version score segment flags explanation { key label raw value weight contribution missing } }
  }
}`;
