/**
 * Cypher of the customer-experience lists: `(:CxValue {id: '<entityId>|<period>', entityId, level,
 * period, v, updatedAt})`. `period` is a month ('2026-11': the month list of month-vector.ts) or a
 * quarter ('2026-Q4': the retention list of retention.ts). At the HCP level (1) a list holds the
 * HCP's own figures; above it, the weighted sum of its children's lists along the hierarchy
 * edges active today (docs/EXPERIENCE.md, Roll-ups). Nothing here is built from input.
 */
import { ACTIVE_ON } from "../../model/cypher-fragments.ts";
import { LEVEL_OF } from "../../model/entity-kinds.ts";

/** Hierarchy edge `r` in effect today: the lists follow the current hierarchy. */
export const ACTIVE_TODAY = (r: string) => ACTIVE_ON(r, "date()");

/** Is `p` a quarter period. */
export const IS_QUARTER = (p: string) => `${p} CONTAINS '-Q'`;

/**
 * The raw records of each HCP in `$ids`, by month: feedback answers [kind, score] and touchpoints
 * [channel, delivered, events, minutes], field activities included (their channel mapped by
 * `$channelOfActivity`; completed means delivered, activation events or a conversation activate).
 */
export const HCP_RECORDS = `
UNWIND $ids AS id
MATCH (:HCP {id: id})
CALL (id) {
  CALL (id) {
    MATCH (f:Feedback {hcpId: id})
    RETURN f.month AS month, [f.kind, f.score] AS feedback, null AS touchpoint
    UNION ALL
    MATCH (t:Touchpoint {hcpId: id})
    RETURN t.month AS month, null AS feedback, [t.channel, t.delivered, size(t.events), t.minutes] AS touchpoint
    UNION ALL
    MATCH (a:Activity {hcpId: id})
    RETURN substring(toString(date(a.startedAt)), 0, 7) AS month, null AS feedback,
      [$channelOfActivity[a.channel], a.outcome = 'COMPLETED', CASE WHEN coalesce(a.activations, '[]') = '[]' THEN 0 ELSE 1 END,
       a.durationMinutes] AS touchpoint
  }
  WITH month, collect(feedback) AS feedback, collect(touchpoint) AS touchpoints
  RETURN collect({month: month, feedback: feedback, touchpoints: touchpoints}) AS months
}
RETURN id, months`;

/** Each HCP in `$ids` with its `$metric` values by quarter period. */
export const HCP_METRIC_QUARTERS = `
UNWIND $ids AS id
MATCH (h:HCP {id: id})
OPTIONAL MATCH (h)-[:HAS_METRIC]->(m:MetricValue) WHERE m.metric = $metric AND m.period CONTAINS '-Q'
RETURN id, collect([m.period, m.value]) AS values`;

/** Replaces the lists (months or `$quarters`) of the HCPs in `$rows` ([{id, values: [{period, v}]}]): periods no longer present are removed. */
export const WRITE_HCP_VALUES = `
UNWIND $rows AS r
CALL (r) {
  OPTIONAL MATCH (old:CxValue {entityId: r.id, level: 1})
  WHERE NOT old.period IN [x IN r.values | x.period] AND ($quarters = ${IS_QUARTER("old.period")})
  DELETE old
}
CALL (r) {
  UNWIND r.values AS x
  MERGE (c:CxValue {id: r.id + '|' + x.period})
  ON CREATE SET c.entityId = r.id, c.period = x.period, c.level = 1
  SET c.v = x.v, c.updatedAt = datetime()
}`;

/** Ids of HCPs with any customer-experience record, in id order, a page at a time. */
export const HCPS_WITH_RECORDS = `
CALL () {
  MATCH (f:Feedback) RETURN f.hcpId AS id
  UNION
  MATCH (t:Touchpoint) RETURN t.hcpId AS id
  UNION
  MATCH (a:Activity) WHERE a.hcpId IS NOT NULL RETURN a.hcpId AS id
  UNION
  MATCH (v:CxValue {level: 1}) WHERE NOT ${IS_QUARTER("v.period")} RETURN v.entityId AS id
}
RETURN id ORDER BY id`;

/** Ids of HCPs with a value of `$metric` in a quarter, or a stored quarter list. */
export const HCPS_WITH_QUARTERS = `
CALL () {
  MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period CONTAINS '-Q'
  MATCH (h:HCP)-[:HAS_METRIC]->(m)
  RETURN h.id AS id
  UNION
  MATCH (v:CxValue {level: 1}) WHERE ${IS_QUARTER("v.period")} RETURN v.entityId AS id
}
RETURN id ORDER BY id`;

/** Sums `parts` ([weight, list], lists of one length) slot by slot into one weighted list; null for none. */
export const WEIGHTED_SUM = (parts: string) =>
  `CASE size(${parts}) WHEN 0 THEN null ELSE reduce(acc = [i IN range(0, size(${parts}[0][1]) - 1) | 0.0], p IN ${parts} | [i IN range(0, size(acc) - 1) | acc[i] + p[0] * p[1][i]]) END`;

/**
 * Recomputes every list of the entities in `$nodes` (element ids, level 2 and above) from their
 * children's lists and the weights of the edges active today; lists of periods no child has any
 * more are removed.
 */
export const RECOMPUTE_ROLLUPS = `
UNWIND $nodes AS node
MATCH (n) WHERE elementId(n) = node
CALL (n) {
  OPTIONAL MATCH (c)-[e:AFFILIATED_WITH]->(n) WHERE ${ACTIVE_TODAY("e")}
  OPTIONAL MATCH (cv:CxValue {entityId: c.id})
  WITH cv.period AS period, collect([e.weight, cv.v]) AS parts WHERE period IS NOT NULL
  RETURN collect({period: period, v: ${WEIGHTED_SUM("parts")}}) AS values
}
CALL (n, values) {
  OPTIONAL MATCH (old:CxValue {entityId: n.id}) WHERE NOT old.period IN [x IN values | x.period]
  DELETE old
}
CALL (n, values) {
  UNWIND values AS x
  MERGE (c:CxValue {id: n.id + '|' + x.period})
  ON CREATE SET c.entityId = n.id, c.period = x.period, c.level = ${LEVEL_OF("n")}
  SET c.v = x.v, c.updatedAt = datetime()
}`;

/** Element ids of the entities of one level (2: accounts, 3: organizations, 4: networks). */
export const ENTITIES_OF_LEVEL = `
CALL () {
  MATCH (n:Account) WHERE $level = 2 RETURN n
  UNION
  MATCH (n:Organization) WHERE $level = 3 RETURN n
  UNION
  MATCH (n:Network) WHERE $level = 4 RETURN n
}
RETURN elementId(n) AS node`;
