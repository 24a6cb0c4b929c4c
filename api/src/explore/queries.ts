import { ACTIVE_ON, CURRENT_INFLUENCE, ENTITY_BY_ID, VISIBLE } from "../model/cypher-fragments.ts";
import { GRAPH_NODE } from "./graph-node.ts";

/** The entity `$id` if the caller may see it. */
export const ROOT_NODE = `
${ENTITY_BY_ID("root")}
WHERE ${VISIBLE("root")}
RETURN elementId(root) AS eid, ${GRAPH_NODE("root")} AS node`;

const AFFILIATION_EDGE = (r: string, child: string, parent: string) =>
  `{ id: coalesce(${r}.id, elementId(${r})), kind: 'AFFILIATION', source: ${child}.id, target: ${parent}.id,
     weight: ${r}.weight, primary: ${r}.primary, type: ${r}.type, influence: ${r}.influence, version: ${r}.version }`;

/**
 * Visible neighbours of the frontier one AFFILIATED_WITH hop away (`$frontier` -> `next`) through
 * edges active on `$asOf`; at most `$cap` distinct neighbours, heaviest edge first.
 */
const AFFILIATED_NEIGHBOURS = (hop: string, child: string, parent: string) => `
UNWIND $frontier AS frontierEid
MATCH (f) WHERE elementId(f) = frontierEid
MATCH ${hop}
WHERE ${ACTIVE_ON("r")} AND ${VISIBLE("next")} AND NOT elementId(next) IN $seen
WITH next, collect(${AFFILIATION_EDGE("r", child, parent)}) AS edges, max(r.weight) AS strongest
ORDER BY strongest DESC, next.id
LIMIT $cap
RETURN elementId(next) AS eid, ${GRAPH_NODE("next")} AS node, edges`;

export const CHILDREN_OF = AFFILIATED_NEIGHBOURS("(f)<-[r:AFFILIATED_WITH]-(next)", "next", "f");
export const PARENTS_OF = AFFILIATED_NEIGHBOURS("(f)-[r:AFFILIATED_WITH]->(next)", "f", "next");

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

const INFLUENCE_EDGE = (r: string, a: string, b: string) =>
  `{ id: coalesce(${r}.id, elementId(${r})), kind: 'INFLUENCE', source: ${a}.id, target: ${b}.id, weight: ${r}.weight, type: ${r}.type }`;

/** Every INFLUENCES edge between the given HCPs. */
export const INFLUENCE_EDGES_AMONG = `
MATCH (a:HCP)-[r:INFLUENCES]->(b:HCP)
WHERE elementId(a) IN $eids AND elementId(b) IN $eids
RETURN ${INFLUENCE_EDGE("r", "a", "b")} AS edge`;

/** An HCP's metro as influence views group by it: 'City, ST'. */
const METRO = (h: string) => `CASE WHEN ${h}.city IS NULL THEN null ELSE ${h}.city + coalesce(', ' + ${h}.state, '') END`;

/** What influence views lay out and group by, of the given HCPs: PageRank of the current run, specialty, metro. */
export const INFLUENCE_PROFILES = `
OPTIONAL MATCH (current:InfluenceCurrent)
UNWIND $eids AS eid
MATCH (h:HCP) WHERE elementId(h) = eid
RETURN h.id AS id, (${CURRENT_INFLUENCE("h", "current")})[0] AS pagerank, h.specialty AS specialty, ${METRO("h")} AS metro`;

/** Longest influence path `influencePaths` looks for; each length has its own query (a pattern's bound cannot be a parameter). */
export const MAX_PATH_HOPS = 4;

/**
 * The `$limit` strongest simple paths of 1 to `hops` INFLUENCES edges from `$fromEid` to `$toEid`
 * whose HCPs are all visible; strength = product of the weights; of several paths through the
 * same HCPs (parallel edges) the strongest; ties: fewer hops, then the ids (docs/ANALYTICS.md).
 */
const STRONGEST_PATHS = (hops: number) => `
MATCH (a:HCP), (b:HCP) WHERE elementId(a) = $fromEid AND elementId(b) = $toEid
MATCH p = (a)-[:INFLUENCES*1..${hops}]->(b)
WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  AND all(n IN nodes(p)[1..-1] WHERE ${VISIBLE("n")})
WITH p, reduce(s = 1.0, r IN relationships(p) | s * r.weight) AS strength
ORDER BY strength DESC
WITH [n IN nodes(p) | n.id] AS ids, collect({ p: p, strength: strength })[0] AS best
WITH ids, best.p AS p, best.strength AS strength
ORDER BY strength DESC, size(ids), ids
LIMIT $limit
RETURN strength, [n IN nodes(p) | apoc.map.merge(${GRAPH_NODE("n")}, { specialty: n.specialty, metro: ${METRO("n")} })] AS nodes,
       [r IN relationships(p) | ${INFLUENCE_EDGE("r", "startNode(r)", "endNode(r)")}] AS edges`;

/** STRONGEST_PATHS by the longest path allowed, 1 to MAX_PATH_HOPS. */
export const STRONGEST_PATHS_WITHIN: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_PATH_HOPS }, (_, i) => [i + 1, STRONGEST_PATHS(i + 1)] as const),
);

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
