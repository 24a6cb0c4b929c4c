/** The Cypher of the entity kinds, per label (labels come from the fixed entity-kind table). */
import { DIFFERS } from "../write-helpers.ts";

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
RETURN action, count(*) AS rows, [] AS seeds`;
}

export function entityEndDate(label: string): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE n.validTo IS NULL
SET n.validTo = date() - duration('P1D'), n.importId = $audit.importId, n.updatedAt = datetime()
RETURN 'END' AS action, count(*) AS rows, [] AS seeds`;
}
