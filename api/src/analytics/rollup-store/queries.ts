/**
 * The roll-up store's Cypher. Materialized roll-ups are `(:RollupValue {id: '<entityId>|<metric>|<period>',
 * entityId, metric, period, level, value, updatedAt})` for entities above the bottom level (an
 * HCP's roll-up is its own value). Every query reads `$metric` and `$period`; none is built from input.
 */

import { ACTIVE_ON, ENTITY_BY_ID, OWN_VALUES_VISIBLE, ROLLUP_FROM_PATHS } from "../../model/cypher-fragments.ts";
import { LEVEL_OF } from "../../model/entity-kinds.ts";

const ACTIVE_TODAY = (r: string) => ACTIVE_ON(r, "date()");
const ROLLUP_KEY = (id: string) => `${id} + '|' + $metric + '|' + $period`;

/** Every hierarchy edge with its ends' levels, for the in-process projection. */
export const PROJECTION_EDGES = `
MATCH (c)-[e:AFFILIATED_WITH]->(p)
RETURN e.id AS id, c.id AS child, ${LEVEL_OF("c")} AS childLevel, p.id AS parent, ${LEVEL_OF("p")} AS parentLevel,
       e.weight AS weight, toString(e.validFrom) AS validFrom, toString(e.validTo) AS validTo`;

/** Own values of one metric-period, with the level of their entity. */
export const OWN_VALUES = `
MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period = $period
MATCH (n)-[:HAS_METRIC]->(m)
RETURN n.id AS id, ${LEVEL_OF("n")} AS level, m.value AS value`;

export const STORED_ROLLUPS = `
MATCH (v:RollupValue) WHERE v.metric = $metric AND v.period = $period
RETURN v.entityId AS id, v.value AS value`;

export const WRITE_ROLLUPS = `
UNWIND $rows AS r
MERGE (v:RollupValue {id: r.id + '|' + $metric + '|' + $period})
ON CREATE SET v.entityId = r.id, v.metric = $metric, v.period = $period, v.level = r.level
SET v.value = r.value, v.updatedAt = datetime()`;

/** What a full materialization found: per-level totals and the conservation check, as JSON. */
export const RECORD_RUN = `
MERGE (run:RollupRun {id: $metric + '|' + $period})
SET run.metric = $metric, run.period = $period, run.asOf = date($asOf), run.at = datetime(),
    run.levels = $levels, run.conservation = $conservation, run.nodes = $nodes, run.edges = $edges, run.written = $written, run.milliseconds = $milliseconds`;

export const MATERIALIZED_RUNS = `MATCH (run:RollupRun) RETURN run {.*, asOf: toString(run.asOf), at: toString(run.at)} AS run ORDER BY run.metric, run.period`;

/**
 * The ancestors of the seed entities (by id, across the four levels) along edges active today,
 * each with its longest distance from a seed: recomputing them by ascending distance respects
 * the hierarchy's order.
 */
export const ANCESTORS_OF = `
UNWIND $ids AS id
${ENTITY_BY_ID("n", "id")}
MATCH path = (n)-[:AFFILIATED_WITH*0..]->(a)
WHERE all(r IN relationships(path) WHERE ${ACTIVE_TODAY("r")})
WITH a, max(length(path)) AS distance
RETURN elementId(a) AS node, ${LEVEL_OF("a")} AS level, distance ORDER BY distance`;

/**
 * Recomputes the roll-up of some entities from their own value and their children's current
 * roll-ups (stored, or the own value for the bottom level), and stores it.
 */
export const RECOMPUTE = `
UNWIND $nodes AS node
MATCH (n) WHERE elementId(n) = node
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_METRIC]->(m:MetricValue) WHERE m.metric = $metric AND m.period = $period
  RETURN coalesce(sum(m.value), 0) AS own
}
CALL (n) {
  OPTIONAL MATCH (c)-[e:AFFILIATED_WITH]->(n) WHERE ${ACTIVE_TODAY("e")}
  OPTIONAL MATCH (cv:RollupValue {id: ${ROLLUP_KEY("c.id")}})
  OPTIONAL MATCH (c)-[:HAS_METRIC]->(cm:MetricValue) WHERE cm.metric = $metric AND cm.period = $period
  RETURN coalesce(sum(e.weight * coalesce(cv.value, cm.value, 0)), 0) AS fromChildren
}
MERGE (v:RollupValue {id: ${ROLLUP_KEY("n.id")}})
ON CREATE SET v.entityId = n.id, v.metric = $metric, v.period = $period, v.level = ${LEVEL_OF("n")}
SET v.value = own + fromChildren, v.updatedAt = datetime()
RETURN n.id AS id, v.value AS value`;

/** Roll-ups of the given entities as of `$asOf`, computed from the graph over the own values the caller may see. */
export const ROLLUPS_AS_OF = `
UNWIND $ids AS id
${ENTITY_BY_ID("n", "id")}
CALL (n) {${ROLLUP_FROM_PATHS("n", "date($asOf)", (d) => OWN_VALUES_VISIBLE(d))}
}
RETURN id, rollup`;

/**
 * ROLLUPS_AS_OF for a restricted caller, the same sum started from the other end: the own values
 * the caller may see (HCPs and accounts aligned to `$territories`, usually a few hundred) are
 * followed up to each entity, instead of walking down every path below it (a network's paths run
 * to every HCP of the network).
 */
export const VISIBLE_ROLLUPS_AS_OF = `
CALL () {
  MATCH (t:Territory) WHERE t.id IN $territories
  MATCH (d)-[:ALIGNED_TO]->(t) WHERE d:HCP OR d:Account
  WITH DISTINCT d
  MATCH (d)-[:HAS_METRIC]->(m:MetricValue) WHERE m.metric = $metric AND m.period = $period
  RETURN collect({d: d, value: m.value}) AS own
}
UNWIND $ids AS id
${ENTITY_BY_ID("n", "id")}
CALL (n, own) {
  UNWIND own AS o
  WITH n, o.d AS d, o.value AS value
  MATCH path = (d)-[:AFFILIATED_WITH*0..]->(n)
  WHERE all(r IN relationships(path) WHERE ${ACTIVE_ON("r", "date($asOf)")})
  RETURN sum(value * reduce(w = 1.0, r IN relationships(path) | w * r.weight)) AS rollup
}
RETURN id, rollup`;

/** Current roll-ups of the given entities: stored above the bottom level, own values at it. */
export const CURRENT_ROLLUPS = `
UNWIND $ids AS id
OPTIONAL MATCH (v:RollupValue {id: ${ROLLUP_KEY("id")}})
OPTIONAL MATCH (m:MetricValue {id: ${ROLLUP_KEY("id")}})
RETURN id, coalesce(v.value, m.value) AS rollup, v IS NOT NULL AS materialized`;

/** Periods with values, read from the (metric, period) index one metric at a time. */
export const METRIC_PERIODS = `
UNWIND $metrics AS metric
CALL (metric) { MATCH (m:MetricValue) WHERE m.metric = metric AND m.period IS NOT NULL RETURN DISTINCT m.period AS period }
RETURN DISTINCT period ORDER BY period DESC`;
