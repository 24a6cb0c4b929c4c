/** GraphQL documents the app sends. */

const GRAPH_FIELDS = `rootId truncated
  nodes { id kind name detail level }
  edges { id kind source target weight primary type influence }`;

export const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id kind name detail score }
}`;

export const HIERARCHY = `query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int) {
  hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes) { ${GRAPH_FIELDS} }
}`;

export const INFLUENCE_NETWORK = `query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {
  influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ${GRAPH_FIELDS} }
}`;

export const ENTITY_DETAILS = `query EntityDetails($id: ID!) {
  entityDetails(id: $id) { id kind name attributes { key value } }
}`;
