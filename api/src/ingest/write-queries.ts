/**
 * The Cypher that applies validated rows, one named query per kind (and per label pair where
 * the labels differ). Every query upserts by the kind's key, compares before writing so that an
 * unchanged row writes nothing, and returns per `action` (CREATE or UPDATE) the number of rows
 * and, where roll-ups depend on the change, the `seeds` whose roll-up inputs changed.
 * Changed edges get one audit event each in the same transaction. Labels come from fixed maps.
 */
import { AFFILIATION_STATE, createAuditEvent } from "../model/audit-event.ts";

/** True when a stored property differs from the row's (the row map never holds nulls). */
const DIFFERS = (stored: string, props: string) => `any(k IN keys(${props}) WHERE NOT coalesce(${stored}[k] = ${props}[k], false))`;
/** Equality of a nullable property. */
const SAME_NULLABLE = (a: string, b: string) => `coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;

/** FOREACH rather than CALL subqueries: measured about 10% faster on new nodes. */
export function entityUpsert(label: string): string {
  return `
UNWIND $rows AS r
OPTIONAL MATCH (n:${label} {id: r.id})
WITH r, n, CASE WHEN n IS NULL THEN 'CREATE' WHEN n.validTo IS NOT NULL OR ${DIFFERS("n", "r.props")} THEN 'UPDATE' END AS action
FOREACH (_ IN CASE WHEN action = 'CREATE' THEN [1] ELSE [] END |
  CREATE (m:${label}) SET m = r.props, m.id = r.id, m.importId = $audit.importId, m.updatedAt = datetime())
FOREACH (_ IN CASE WHEN action = 'UPDATE' THEN [1] ELSE [] END |
  SET n += r.props, n.validTo = null, n.importId = $audit.importId, n.updatedAt = datetime())
WITH action WHERE action IS NOT NULL
RETURN action, count(*) AS rows`;
}

export function entityEndDate(label: string): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE n.validTo IS NULL
SET n.validTo = date() - duration('P1D'), n.importId = $audit.importId, n.updatedAt = datetime()
RETURN 'END' AS action, count(*) AS rows`;
}

export function affiliationUpsert(childLabel: string, parentLabel: string): string {
  return `
UNWIND $rows AS r
MATCH (c:${childLabel} {id: r.childId})
MATCH (p:${parentLabel} {id: r.parentId})
OPTIONAL MATCH (c)-[old:AFFILIATED_WITH]->(p) WHERE old.validFrom = r.props.validFrom
WITH r, c, p, old, CASE WHEN old IS NULL THEN null ELSE ${AFFILIATION_STATE("old")} END AS before,
     CASE WHEN old IS NULL THEN 'CREATE'
          WHEN ${DIFFERS("old", "r.props")} OR NOT ${SAME_NULLABLE("old.validTo", "r.validTo")} OR NOT ${SAME_NULLABLE("old.influence", "r.influence")} THEN 'UPDATE' END AS action
CALL { WITH r, c, p, action WITH * WHERE action = 'CREATE'
  CREATE (c)-[e:AFFILIATED_WITH]->(p)
  SET e = r.props, e.id = r.edgeId, e.validTo = r.validTo, e.influence = r.influence,
      e.confidence = coalesce(r.props.confidence, 1.0), e.version = 1 }
CALL { WITH r, old, action WITH * WHERE action = 'UPDATE'
  SET old += r.props, old.validTo = r.validTo, old.influence = r.influence, old.version = coalesce(old.version, 0) + 1 }
WITH r, c, p, before, action WHERE action IS NOT NULL
MATCH (c)-[e:AFFILIATED_WITH]->(p) WHERE e.validFrom = r.props.validFrom
${createAuditEvent({ action: "action", subject: "'AFFILIATION'", subjectId: "e.id", fromId: "c.id", toId: "p.id", before: "before", after: AFFILIATION_STATE("e") })}
RETURN action, count(*) AS rows, collect(DISTINCT p.id) AS seeds`;
}

export const AFFILIATION_END_DATE = `
UNWIND $ids AS id
MATCH (c)-[e:AFFILIATED_WITH {id: id}]->(p)
WHERE e.validTo IS NULL OR e.validTo >= date()
WITH c, p, e, ${AFFILIATION_STATE("e")} AS before
SET e.validTo = CASE WHEN e.validFrom > date() THEN e.validFrom - duration('P1D') ELSE date() - duration('P1D') END,
    e.version = coalesce(e.version, 0) + 1
${createAuditEvent({ action: "'END'", subject: "'AFFILIATION'", subjectId: "e.id", fromId: "c.id", toId: "p.id", before: "before", after: AFFILIATION_STATE("e") })}
RETURN 'END' AS action, count(*) AS rows, collect(DISTINCT p.id) AS seeds`;

const INFLUENCE_STATE = (e: string) => `${e} {.*, fromId: a.id, toId: b.id}`;

export const INFLUENCE_UPSERT = `
UNWIND $rows AS r
MATCH (a:HCP {id: r.fromId})
MATCH (b:HCP {id: r.toId})
OPTIONAL MATCH (a)-[old:INFLUENCES {type: r.type}]->(b)
WITH r, a, b, old, CASE WHEN old IS NULL THEN null ELSE ${INFLUENCE_STATE("old")} END AS before,
     CASE WHEN old IS NULL THEN 'CREATE' WHEN NOT coalesce(old.weight = r.weight, false) THEN 'UPDATE' END AS action
CALL { WITH r, a, b, action WITH * WHERE action = 'CREATE'
  CREATE (a)-[:INFLUENCES {id: r.edgeId, type: r.type, weight: r.weight}]->(b) }
CALL { WITH r, old, action WITH * WHERE action = 'UPDATE' SET old.weight = r.weight }
WITH r, a, b, before, action WHERE action IS NOT NULL
MATCH (a)-[e:INFLUENCES {type: r.type}]->(b)
${createAuditEvent({ action: "action", subject: "'INFLUENCE'", subjectId: "e.id", fromId: "a.id", toId: "b.id", before: "before", after: INFLUENCE_STATE("e") })}
RETURN action, count(*) AS rows`;

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

/** A territory row: the territory itself, and the alignment of one entity when the row names one. */
export function territoryUpsert(entityLabel: string | null): string {
  const territory = `
UNWIND $rows AS r
OPTIONAL MATCH (existing:Territory {id: r.id})
WITH r, existing, CASE WHEN existing IS NULL THEN 'CREATE' WHEN existing.name <> r.name OR existing.region <> r.region THEN 'UPDATE' END AS territoryAction
MERGE (t:Territory {id: r.id})
SET t.name = r.name, t.region = r.region`;
  if (entityLabel === null) {
    return `${territory}
WITH territoryAction AS action WHERE action IS NOT NULL
RETURN action, count(*) AS rows`;
  }
  return `${territory}
WITH r, t, territoryAction
MATCH (x:${entityLabel} {id: r.entityId})
OPTIONAL MATCH (x)-[old:ALIGNED_TO]->(t)
WITH r, t, x, territoryAction, old IS NULL AS aligning
CALL { WITH t, x, aligning WITH * WHERE aligning
  CREATE (x)-[:ALIGNED_TO]->(t)
  ${createAuditEvent({ action: "'CREATE'", subject: "'ALIGNMENT'", subjectId: "x.id + '>' + t.id", fromId: "x.id", toId: "t.id", before: "null", after: "{entityId: x.id, territoryId: t.id}" })} }
WITH CASE WHEN aligning THEN 'CREATE' ELSE territoryAction END AS action WHERE action IS NOT NULL
RETURN action, count(*) AS rows`;
}

const COVERAGE_STATE = "{userId: u.id, territoryId: t.id, type: type(rel)}";

/**
 * A user and, when the row lists them, exactly those territories or key accounts: COVERS for a
 * REP, MANAGES for a MANAGER (territories), KEY_ACCOUNT for a KAM (accounts or organizations).
 */
export const USER_UPSERT = `
UNWIND $rows AS r
OPTIONAL MATCH (existing:User {id: r.id})
OPTIONAL MATCH (existing)-[cov:COVERS|MANAGES|KEY_ACCOUNT]->(ct)
WITH r, existing, [x IN collect(type(cov) + ':' + ct.id) WHERE x IS NOT NULL] AS coverage
WITH r, existing, coverage,
     [id IN coalesce(r.territoryIds, []) | r.coverageType + ':' + id] AS wanted
WITH r, existing, coverage, wanted,
     CASE WHEN existing IS NULL THEN 'CREATE'
          WHEN ${DIFFERS("existing", "r.props")} OR (r.territoryIds IS NOT NULL AND (size(wanted) <> size(coverage) OR any(w IN wanted WHERE NOT w IN coverage))) THEN 'UPDATE' END AS action
MERGE (u:User {id: r.id})
SET u += r.props
WITH r, u, action, wanted
CALL { WITH r, u WITH * WHERE r.props.role = 'REP' SET u:Rep }
CALL { WITH r, u WITH * WHERE r.props.role <> 'REP' REMOVE u:Rep }
CALL { WITH r, u, wanted WITH * WHERE r.territoryIds IS NOT NULL
  OPTIONAL MATCH (u)-[rel:COVERS|MANAGES|KEY_ACCOUNT]->(t)
  WITH u, wanted, rel, t WHERE rel IS NOT NULL AND NOT type(rel) + ':' + t.id IN wanted
  ${createAuditEvent({ action: "'DELETE'", subject: "'COVERAGE'", subjectId: "u.id + '>' + t.id", fromId: "u.id", toId: "t.id", before: COVERAGE_STATE, after: "null" })}
  DELETE rel }
CALL { WITH r, u WITH * WHERE r.territoryIds IS NOT NULL
  UNWIND r.territoryIds AS territoryId
  CALL (territoryId, r) {
    MATCH (t:Territory {id: territoryId}) WHERE r.coverageType <> 'KEY_ACCOUNT' RETURN t
    UNION MATCH (t:Account {id: territoryId}) WHERE r.coverageType = 'KEY_ACCOUNT' RETURN t
    UNION MATCH (t:Organization {id: territoryId}) WHERE r.coverageType = 'KEY_ACCOUNT' RETURN t
  }
  OPTIONAL MATCH (u)-[have:COVERS|MANAGES|KEY_ACCOUNT]->(t) WHERE type(have) = r.coverageType
  WITH u, t, r WHERE have IS NULL
  CALL { WITH u, t, r WITH * WHERE r.coverageType = 'COVERS' CREATE (u)-[:COVERS]->(t) }
  CALL { WITH u, t, r WITH * WHERE r.coverageType = 'MANAGES' CREATE (u)-[:MANAGES]->(t) }
  CALL { WITH u, t, r WITH * WHERE r.coverageType = 'KEY_ACCOUNT' CREATE (u)-[:KEY_ACCOUNT]->(t) }
  ${createAuditEvent({ action: "'CREATE'", subject: "'COVERAGE'", subjectId: "u.id + '>' + t.id", fromId: "u.id", toId: "t.id", before: "null", after: "{userId: u.id, territoryId: t.id, type: r.coverageType}" })} }
WITH action WHERE action IS NOT NULL
RETURN action, count(*) AS rows`;
