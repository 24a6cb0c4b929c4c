/**
 * Reads of the customer-experience lists (facts/experience-queries.ts). Lists are summed in
 * Cypher, weighted where the hierarchy weighs them: months into one list per key (and a trend of
 * one list per month), quarters one by one (a retention rate is per quarter). `$months` and
 * `$quarters` are the periods asked for; `$restricted` / `$territories` are the caller's access
 * scope. Nothing here is built from input.
 */
import { ENTITY_BY_ID, VISIBLE } from "../../model/cypher-fragments.ts";
import { KIND_OF, LEVEL_OF } from "../../model/entity-kinds.ts";
import { ACTIVE_TODAY, IS_QUARTER, WEIGHTED_SUM } from "../facts/experience-queries.ts";

/** The sum over the paths from `h` to `n` (edges active today) of the product of their weights. */
const SHARE = (h: string, n: string) => `
  MATCH path = (${h})-[:AFFILIATED_WITH*0..]->(${n}) WHERE all(r IN relationships(path) WHERE ${ACTIVE_TODAY("r")})
  RETURN ${h}, sum(reduce(w = 1.0, r IN relationships(path) | w * r.weight)) AS share`;

/** From rows of (key, share, c: CxValue): per key the summed months, the months one by one (trend) and the quarters. */
const SUM_BY_KEY = (key: string) => `
WITH ${key} AS key, [share, c.v] AS part, c.period AS period
WITH key, period, collect(part) AS parts
WITH key, period, ${WEIGHTED_SUM("parts")} AS v ORDER BY period
WITH key, collect(CASE WHEN ${IS_QUARTER("period")} THEN null ELSE [1.0, v] END) AS months,
  collect(CASE WHEN ${IS_QUARTER("period")} THEN {period: period, v: v} END) AS quarters,
  collect(CASE WHEN NOT ${IS_QUARTER("period")} THEN {period: period, v: v} END) AS trend
RETURN key, ${WEIGHTED_SUM("months")} AS months, quarters, trend`;

const IN_PERIODS = (c: string) => `(${c}.period IN $months OR ${c}.period IN $quarters)`;

/** The entity `$id` as the caller may see it; no row when missing or hidden. */
export const ENTITY = `
${ENTITY_BY_ID("n")}
WHERE ${VISIBLE("n")}
RETURN n.id AS id, coalesce(n.name, n.id) AS name, ${KIND_OF("n")} AS kind, ${LEVEL_OF("n")} AS level`;

/** The stored lists of the entities `$ids` (for unrestricted callers). */
export const STORED_VALUES = `
UNWIND $ids AS id
MATCH (c:CxValue {entityId: id}) WHERE ${IN_PERIODS("c")}
WITH id, 1.0 AS share, c
${SUM_BY_KEY("id")}`;

/** The lists of the entities `$ids` computed from the HCPs aligned to `$territories` only, each HCP weighted by its share. */
export const VISIBLE_VALUES = `
CALL () {
  MATCH (t:Territory) WHERE t.id IN $territories
  MATCH (h:HCP)-[:ALIGNED_TO]->(t)
  RETURN collect(DISTINCT h) AS hcps
}
UNWIND $ids AS id
${ENTITY_BY_ID("n", "id")}
CALL (n, hcps) {
  UNWIND hcps AS h
  ${SHARE("h", "n")}
}
MATCH (c:CxValue {entityId: h.id}) WHERE ${IN_PERIODS("c")}
WITH id, share, c
${SUM_BY_KEY("id")}`;

/** The lists of the territories `$ids`: the sum over the HCPs aligned to each. */
export const TERRITORY_VALUES = `
UNWIND $ids AS id
MATCH (:Territory {id: id})<-[:ALIGNED_TO]-(h:HCP)
WITH DISTINCT id, h
MATCH (c:CxValue {entityId: h.id}) WHERE ${IN_PERIODS("c")}
WITH id, 1.0 AS share, c
${SUM_BY_KEY("id")}`;

/** The lists of the region `$id`: the sum over the HCPs aligned to any of its territories, each HCP once. */
export const REGION_VALUES = `
MATCH (t:Territory) WHERE t.region = $id
MATCH (t)<-[:ALIGNED_TO]-(h:HCP)
WITH DISTINCT h
MATCH (c:CxValue {entityId: h.id}) WHERE ${IN_PERIODS("c")}
WITH $id AS id, 1.0 AS share, c
${SUM_BY_KEY("id")}`;

export const TERRITORY = `MATCH (t:Territory {id: $id}) RETURN t.id AS id, coalesce(t.name, t.id) AS name`;

/** Every entity of `$level` with stored lists in the periods (the table of an unrestricted caller). */
export const LEVEL_VALUES = `
MATCH (c:CxValue) WHERE c.level = $level AND ${IN_PERIODS("c")}
WITH c.entityId AS id, 1.0 AS share, c
${SUM_BY_KEY("id")}`;

/** The entities of `$level` at or above the HCPs aligned to `$territories`, along edges active today. */
export const VISIBLE_LEVEL_IDS = `
MATCH (t:Territory) WHERE t.id IN $territories
MATCH (h:HCP)-[:ALIGNED_TO]->(t)
WITH DISTINCT h
MATCH path = (h)-[:AFFILIATED_WITH*0..3]->(a) WHERE all(r IN relationships(path) WHERE ${ACTIVE_TODAY("r")})
WITH DISTINCT a WHERE ${LEVEL_OF("a")} = $level
RETURN collect(a.id) AS ids`;

/** The children of `$id` along edges active today that the caller may see, with the edge weight. */
export const CHILDREN = `
${ENTITY_BY_ID("n")}
MATCH (c)-[e:AFFILIATED_WITH]->(n) WHERE ${ACTIVE_TODAY("e")} AND ${VISIBLE("c")}
RETURN c.id AS id, coalesce(c.name, c.id) AS name, ${KIND_OF("c")} AS kind, e.weight AS weight
ORDER BY id`;

/**
 * HCP lists grouped by `$by` (PERSONA: the HCP's persona; SEGMENT: its segment under the scoring
 * model `$model`; TERRITORY: each territory it is aligned to) over the HCPs below `$id` weighted
 * by their share (every HCP at 1 when `$id` is null), only HCPs the caller may see.
 */
export const BREAKDOWN = `
CALL () {
  WITH $id AS id WHERE id IS NULL
  MATCH (h:HCP) WHERE ${VISIBLE("h")}
  RETURN h, 1.0 AS share
  UNION
  WITH $id AS id WHERE id IS NOT NULL
  ${ENTITY_BY_ID("n", "id")}
  MATCH path = (h:HCP)-[:AFFILIATED_WITH*0..3]->(n) WHERE all(r IN relationships(path) WHERE ${ACTIVE_TODAY("r")}) AND ${VISIBLE("h")}
  RETURN h, sum(reduce(w = 1.0, r IN relationships(path) | w * r.weight)) AS share
}
CALL (h) {
  WITH h WHERE $by = 'PERSONA'
  RETURN coalesce(h.persona, '(none)') AS group
  UNION
  WITH h WHERE $by = 'SEGMENT'
  OPTIONAL MATCH (s:Score {id: h.id + '|' + $model})
  RETURN coalesce(s.segment, '(none)') AS group
  UNION
  WITH h WHERE $by = 'TERRITORY'
  MATCH (h)-[:ALIGNED_TO]->(t:Territory) WHERE NOT $restricted OR t.id IN $territories
  RETURN t.id AS group
}
MATCH (c:CxValue {entityId: h.id}) WHERE ${IN_PERIODS("c")}
WITH group, share, c
${SUM_BY_KEY("group")}`;
