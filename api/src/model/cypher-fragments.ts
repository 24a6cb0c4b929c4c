/**
 * Cypher fragments of the graph model that every capability shares. They are constants
 * (variable names are ours, never input) and read only parameters.
 */
import { ENTITY_KINDS, LABEL_OF_KIND } from "./entity-kinds.ts";

/**
 * Whether the caller may see the node (`$restricted`, `$territories` from the access scope):
 * unrestricted callers see everything; REPs see HCPs and accounts aligned to one of their
 * territories, and every organization and network.
 */
export const VISIBLE = (v: string) =>
  `(NOT $restricted OR NOT (${v}:HCP OR ${v}:Account) OR EXISTS { (${v})-[:ALIGNED_TO]->(vt:Territory) WHERE vt.id IN $territories })`;

/** An AFFILIATED_WITH edge `r` in effect on `day` (a Cypher date expression; default `$asOf`). Both ends inclusive. */
export const ACTIVE_ON = (r: string, day = "date($asOf)") =>
  `(${r}.validFrom IS NULL OR ${r}.validFrom <= ${day}) AND (${r}.validTo IS NULL OR ${r}.validTo >= ${day})`;

/**
 * Binds `v` to the entity whose id is `id` (a parameter such as `$id`, or a variable in scope),
 * across the entity labels, each through its unique-id index. Variables in scope stay bound; a
 * row without such an entity is dropped. Ends in `WITH *`, so a `WHERE` may follow.
 */
export const ENTITY_BY_ID = (v: string, id = "$id") => `CALL (${id.startsWith("$") ? "" : id}) {
  ${ENTITY_KINDS.map((k) => `MATCH (${v}:${LABEL_OF_KIND[k]} {id: ${id}}) RETURN ${v}`).join("\n  UNION ")}
}
WITH *`;

/**
 * Whether the own metric values of entity `v` may reach the caller, directly or through a
 * roll-up: unrestricted callers all; REPs only those of HCPs and accounts aligned to one of their
 * territories (an organization's or network's own values are hidden from them too).
 */
export const OWN_VALUES_VISIBLE = (v: string, restricted = "$restricted", territories = "$territories") =>
  `(NOT ${restricted} OR ((${v}:HCP OR ${v}:Account) AND EXISTS { (${v})-[:ALIGNED_TO]->(ot:Territory) WHERE ot.id IN ${territories} }))`;

/**
 * The roll-up of `$metric` in `$period` of the entity `n` on `day`, computed from the graph
 * (docs/ANALYTICS.md): the sum over every descendant d (and n itself) of d's own value times
 * the sum over the paths from d to n of the product of the edges' weights, counting only edges
 * in effect on `day` and only descendants whose own values `counted(d)` lets through (default:
 * all). Generic over the number of levels. A subquery body: returns `rollup`.
 */
export const ROLLUP_FROM_PATHS = (n: string, day: string, counted = (_d: string) => "true") => `
  MATCH path = (d)-[:AFFILIATED_WITH*0..]->(${n})
  WHERE all(r IN relationships(path) WHERE ${ACTIVE_ON("r", day)}) AND ${counted("d")}
  WITH d, sum(reduce(w = 1.0, r IN relationships(path) | w * r.weight)) AS share
  OPTIONAL MATCH (d)-[:HAS_METRIC]->(m:MetricValue) WHERE m.metric = $metric AND m.period = $period
  RETURN sum(share * coalesce(m.value, 0)) AS rollup`;

/** The influence measures in the order the slots store them; `reach` is stored as a float and read back as an integer. */
export const INFLUENCE_MEASURES = ["pagerank", "influencePercentile", "reach", "networkValue"] as const;

/**
 * The influence measures of HCP `h` from the last complete influence run, `[pagerank,
 * influencePercentile, reach, networkValue]` or null: `current` is the `(:InfluenceCurrent)`
 * pointer (bound by `OPTIONAL MATCH (current:InfluenceCurrent)`), which names the slot that run
 * wrote. A run in progress writes the other slot (api/src/analytics/influence/influence-runs.ts).
 */
export const CURRENT_INFLUENCE = (h: string, current: string) =>
  `CASE ${current}.slot WHEN 0 THEN ${h}.influence0 WHEN 1 THEN ${h}.influence1 END`;

/**
 * The version a save of a draft writes, of definitions versioned per `key` (a scoring model's
 * name, a survey's or rule set's key) with DRAFT, ACTIVE and RETIRED versions: 1 for a new key,
 * the latest version while it is a draft (replaced), else the next one. Ends in `WITH version`.
 */
export const DRAFT_VERSION = (label: string, keyProperty: string, key = "$key") => `
OPTIONAL MATCH (latest:${label} {${keyProperty}: ${key}})
WITH latest ORDER BY latest.version DESC LIMIT 1
WITH CASE WHEN latest IS NULL THEN 1 WHEN latest.status = 'DRAFT' THEN latest.version ELSE latest.version + 1 END AS version`;
