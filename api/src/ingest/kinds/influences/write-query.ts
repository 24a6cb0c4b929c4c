import { createAuditEvent } from "../../../model/audit-event.ts";

const INFLUENCE_STATE = (e: string) => `${e} {.*, fromId: a.id, toId: b.id}`;

/** Upserts an INFLUENCES edge by its ends and type, with one audit event per changed edge. */
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
RETURN action, count(*) AS rows, [] AS seeds`;
