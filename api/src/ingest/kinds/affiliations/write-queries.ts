/**
 * The Cypher that writes affiliations: an upsert per label pair (labels from the fixed
 * entity-kind table) and the snapshot's end-dating. Each changed edge gets one audit event.
 */
import { AFFILIATION_STATE, createAuditEvent } from "../../../model/audit-event.ts";
import { DIFFERS } from "../write-helpers.ts";

/** Cypher: equality of a nullable property. */
const SAME_NULLABLE = (a: string, b: string) => `coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;

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

/** An edge that has not started yet ends the day before its start, so it never takes effect. */
export const AFFILIATION_END_DATE = `
UNWIND $ids AS id
MATCH (c)-[e:AFFILIATED_WITH {id: id}]->(p)
WHERE e.validTo IS NULL OR e.validTo >= date()
WITH c, p, e, ${AFFILIATION_STATE("e")} AS before
SET e.validTo = CASE WHEN e.validFrom > date() THEN e.validFrom - duration('P1D') ELSE date() - duration('P1D') END,
    e.version = coalesce(e.version, 0) + 1
${createAuditEvent({ action: "'END'", subject: "'AFFILIATION'", subjectId: "e.id", fromId: "c.id", toId: "p.id", before: "before", after: AFFILIATION_STATE("e") })}
RETURN 'END' AS action, count(*) AS rows, collect(DISTINCT p.id) AS seeds`;
