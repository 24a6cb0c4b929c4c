/**
 * Cypher expressions shared by the explore queries. They are constants (never built from
 * input) and read only parameters: `$restricted`, `$territories`.
 */

/** The node's kind from its label. */
export const KIND_OF = (v: string) =>
  `CASE WHEN ${v}:HCP THEN 'HCP' WHEN ${v}:Account THEN 'ACCOUNT' WHEN ${v}:Organization THEN 'ORGANIZATION' ELSE 'NETWORK' END`;

/**
 * Whether the caller may see the node: unrestricted callers see everything; REPs see HCPs and
 * accounts aligned to one of their territories, and every organization and network.
 */
export const VISIBLE = (v: string) =>
  `(NOT $restricted OR NOT (${v}:HCP OR ${v}:Account) OR EXISTS { (${v})-[:ALIGNED_TO]->(vt:Territory) WHERE vt.id IN $territories })`;

/** An AFFILIATED_WITH edge in effect on `$asOf`. */
export const ACTIVE_ON_AS_OF = (r: string) =>
  `(${r}.validFrom IS NULL OR ${r}.validFrom <= date($asOf)) AND (${r}.validTo IS NULL OR ${r}.validTo >= date($asOf))`;

/** The GraphNode projection of a node. */
export const GRAPH_NODE = (v: string) => `{
  id: ${v}.id,
  kind: ${KIND_OF(v)},
  name: coalesce(${v}.name, ${v}.id),
  detail: CASE
    WHEN ${v}:HCP THEN apoc.text.join([x IN [${v}.credential, ${v}.specialty, ${v}.city + ', ' + ${v}.state] WHERE x IS NOT NULL], ' · ')
    WHEN ${v}:Account THEN apoc.text.join([x IN [${v}.kind, ${v}.city + ', ' + ${v}.state] WHERE x IS NOT NULL], ' · ')
    ELSE ${v}.kind END
}`;

/**
 * Binds `v` to the entity whose id is `id` (a parameter such as `$id`, or a variable in scope),
 * across the four labels, each through its unique-id index. Variables in scope stay bound; a row
 * without such an entity is dropped. Ends in `WITH *`, so a `WHERE` may follow.
 */
export const ENTITY_BY_ID = (v: string, id = "$id") => `CALL (${id.startsWith("$") ? "" : id}) {
  MATCH (${v}:HCP {id: ${id}}) RETURN ${v}
  UNION MATCH (${v}:Account {id: ${id}}) RETURN ${v}
  UNION MATCH (${v}:Organization {id: ${id}}) RETURN ${v}
  UNION MATCH (${v}:Network {id: ${id}}) RETURN ${v}
}
WITH *`;
