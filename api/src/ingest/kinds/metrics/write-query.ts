/** Upserts a MetricValue of an entity with `label` (from the fixed entity-kind table); its entity is a roll-up seed. */
export function metricUpsert(label: string): string {
  return `
UNWIND $rows AS r
MATCH (n:${label} {id: r.entityId})
OPTIONAL MATCH (m:MetricValue {id: r.id})
WITH r, n, m, CASE WHEN m IS NULL THEN 'CREATE' WHEN NOT coalesce(m.value = r.value, false) THEN 'UPDATE' END AS action
CALL { WITH r, n, action WITH * WHERE action = 'CREATE'
  CREATE (v:MetricValue {id: r.id, entityId: r.entityId, metric: r.metric, period: r.period, value: r.value})
  CREATE (n)-[:HAS_METRIC]->(v) }
CALL { WITH r, m, action WITH * WHERE action = 'UPDATE' SET m.value = r.value }
WITH r, action WHERE action IS NOT NULL
RETURN action, count(*) AS rows, collect(DISTINCT r.entityId) AS seeds`;
}
