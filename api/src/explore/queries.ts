import { ACTIVE_ON_AS_OF, ENTITY_BY_ID, GRAPH_NODE, VISIBLE } from "./cypher-fragments.ts";

/** The entity `$id` if the caller may see it. */
export const ROOT_NODE = `
${ENTITY_BY_ID("root")}
WHERE ${VISIBLE("root")}
RETURN elementId(root) AS eid, ${GRAPH_NODE("root")} AS node`;

const AFFILIATION_EDGE = (r: string, child: string, parent: string) =>
  `{ id: coalesce(${r}.id, elementId(${r})), kind: 'AFFILIATION', source: ${child}.id, target: ${parent}.id,
     weight: ${r}.weight, primary: ${r}.primary, type: ${r}.type, influence: ${r}.influence, version: ${r}.version }`;

/** Visible children of the frontier through active edges; at most `$cap` distinct children, heaviest first. */
export const CHILDREN_OF = `
UNWIND $frontier AS parentEid
MATCH (p) WHERE elementId(p) = parentEid
MATCH (p)<-[r:AFFILIATED_WITH]-(c)
WHERE ${ACTIVE_ON_AS_OF("r")} AND ${VISIBLE("c")} AND NOT elementId(c) IN $seen
WITH c, collect(${AFFILIATION_EDGE("r", "c", "p")}) AS edges, max(r.weight) AS strongest
ORDER BY strongest DESC, c.id
LIMIT $cap
RETURN elementId(c) AS eid, ${GRAPH_NODE("c")} AS node, edges`;

/** Visible parents of the frontier through active edges. */
export const PARENTS_OF = `
UNWIND $frontier AS childEid
MATCH (c) WHERE elementId(c) = childEid
MATCH (c)-[r:AFFILIATED_WITH]->(p)
WHERE ${ACTIVE_ON_AS_OF("r")} AND ${VISIBLE("p")} AND NOT elementId(p) IN $seen
WITH p, collect(${AFFILIATION_EDGE("r", "c", "p")}) AS edges, max(r.weight) AS strongest
ORDER BY strongest DESC, p.id
LIMIT $cap
RETURN elementId(p) AS eid, ${GRAPH_NODE("p")} AS node, edges`;

/** Visible HCPs one INFLUENCES hop (either direction) from the frontier, strongest first. */
export const INFLUENCE_NEIGHBOURS = `
UNWIND $frontier AS hcpEid
MATCH (h:HCP) WHERE elementId(h) = hcpEid
MATCH (h)-[r:INFLUENCES]-(o:HCP)
WHERE o <> h AND ${VISIBLE("o")} AND NOT elementId(o) IN $seen
WITH o, max(r.weight) AS strongest
ORDER BY strongest DESC, o.id
LIMIT $cap
RETURN elementId(o) AS eid, ${GRAPH_NODE("o")} AS node`;

/** Every INFLUENCES edge between the given HCPs. */
export const INFLUENCE_EDGES_AMONG = `
MATCH (a:HCP)-[r:INFLUENCES]->(b:HCP)
WHERE elementId(a) IN $eids AND elementId(b) IN $eids
RETURN { id: coalesce(r.id, elementId(r)), kind: 'INFLUENCE', source: a.id, target: b.id, weight: r.weight, type: r.type } AS edge`;

/** Full-text matches over HCPs and HCOs the caller may see, plus exact id / NPI matches first. */
export const SEARCH = `
CALL {
  ${ENTITY_BY_ID("n")} RETURN n, 1000.0 AS score
  UNION
  MATCH (n:HCP {npi: $id}) RETURN n, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('hcp_search', $lucene) YIELD node, score RETURN node AS n, score
  UNION
  CALL db.index.fulltext.queryNodes('hco_search', $lucene) YIELD node, score RETURN node AS n, score
}
WITH n, max(score) AS score
WHERE ${VISIBLE("n")}
WITH n, score ORDER BY score DESC, n.id LIMIT $limit
RETURN ${GRAPH_NODE("n")} AS node, score`;

/** All properties of one visible entity. */
export const ENTITY_DETAILS = `
${ENTITY_BY_ID("e")}
WHERE ${VISIBLE("e")}
OPTIONAL MATCH (e)-[:ALIGNED_TO]->(t:Territory)
WITH e, collect(t.id) AS territories
RETURN ${GRAPH_NODE("e")} AS node, properties(e) AS properties, territories`;
