import { createAuditEvent } from "../../../model/audit-event.ts";

/**
 * A territory row: the territory itself, and the alignment of one entity with `entityLabel`
 * (from the fixed entity-kind table) when the row names one.
 */
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
RETURN action, count(*) AS rows, [] AS seeds`;
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
RETURN action, count(*) AS rows, [] AS seeds`;
}
