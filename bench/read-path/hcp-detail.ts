/**
 * The HCP detail read of the read-path benchmark, twice: as the GraphQL query a client sends to
 * the API, and as the hand-written Cypher that answers the same question with the driver (the
 * reference). Both return the HCP's fields, its influence measures and its accounts with the
 * affiliation's weight and primary flag.
 */

export const HCP_DETAIL_GRAPHQL = `query HcpDetail($id: ID!) {
  hcps(where: { id: { eq: $id } }) {
    id npi name credential specialty city state
    pagerank influencePercentile reach
    accountsConnection { edges { properties { weight primary } node { id name kind } } }
  }
}`;

export const HCP_DETAIL_CYPHER = `
MATCH (h:HCP {id: $id})
OPTIONAL MATCH (current:InfluenceCurrent)
WITH h, CASE current.slot WHEN 0 THEN h.influence0 WHEN 1 THEN h.influence1 END AS measures
CALL (h) {
  OPTIONAL MATCH (h)-[e:AFFILIATED_WITH]->(a:Account)
  RETURN collect({properties: {weight: e.weight, primary: e.primary}, node: a {.id, .name, .kind}}) AS edges
}
RETURN h {.id, .npi, .name, .credential, .specialty, .city, .state,
  pagerank: measures[0], influencePercentile: measures[1], reach: toInteger(measures[2]),
  accountsConnection: {edges: edges}} AS hcp`;
