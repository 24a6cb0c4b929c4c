import { createAuditEvent } from "../../../model/audit-event.ts";
import { DIFFERS } from "../write-helpers.ts";

const COVERAGE_STATE = "{userId: u.id, territoryId: t.id, type: type(rel)}";

/**
 * A user and, when the row lists them, exactly those territories or key accounts: COVERS for a
 * REP, MANAGES for a MANAGER (territories), KEY_ACCOUNT for a KAM (accounts or organizations).
 * Every role given or changed and every coverage added or removed is an audit event.
 */
export const USER_UPSERT = `
UNWIND $rows AS r
OPTIONAL MATCH (existing:User {id: r.id})
OPTIONAL MATCH (existing)-[cov:COVERS|MANAGES|KEY_ACCOUNT]->(ct)
WITH r, existing, [x IN collect(type(cov) + ':' + ct.id) WHERE x IS NOT NULL] AS coverage
WITH r, existing, coverage,
     [id IN coalesce(r.territoryIds, []) | r.coverageType + ':' + id] AS wanted
WITH r, existing, coverage, wanted, existing.role AS roleBefore,
     CASE WHEN existing IS NULL THEN 'CREATE'
          WHEN ${DIFFERS("existing", "r.props")} OR (r.territoryIds IS NOT NULL AND (size(wanted) <> size(coverage) OR any(w IN wanted WHERE NOT w IN coverage))) THEN 'UPDATE' END AS action
MERGE (u:User {id: r.id})
SET u += r.props
WITH r, u, action, wanted, roleBefore
CALL { WITH u, roleBefore WITH * WHERE roleBefore IS NULL OR roleBefore <> u.role
  ${createAuditEvent({ action: "CASE WHEN roleBefore IS NULL THEN 'CREATE' ELSE 'UPDATE' END", subject: "'ROLE'", subjectId: "u.id", fromId: "u.id", toId: "null", before: "CASE WHEN roleBefore IS NULL THEN null ELSE {userId: u.id, role: roleBefore} END", after: "{userId: u.id, role: u.role}" })} }
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
RETURN action, count(*) AS rows, [] AS seeds`;
