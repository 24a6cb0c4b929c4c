import { REFRESH_REP_DAYS, REFRESH_SUBJECTS } from "../../../field/reporting/report-facts.ts";

/**
 * Creates the activities of a batch whose id is new (an id stored before is left as it is: the
 * file check has made sure its content is the same), with the rep's RECORDED edge and the WITH/AT
 * edges to their subjects, then recomputes the reporting facts of the rep-days and subjects the
 * batch touched, in the same transaction.
 */
export const ACTIVITY_CREATE = `
UNWIND $rows AS r
OPTIONAL MATCH (existing:Activity {id: r.id})
WITH r WHERE existing IS NULL
MATCH (u:User {id: r.repId})
CREATE (a:Activity {id: r.id, repId: r.repId, idempotencyKey: r.key, fingerprint: r.fingerprint, channel: r.channel,
  hcpId: r.hcpId, accountId: r.accountId, plannedAt: datetime(r.plannedAt), startedAt: datetime(r.startedAt),
  durationMinutes: r.durationMinutes, outcome: r.outcome, products: r.products, keyMessages: r.keyMessages,
  activations: r.activations, notes: r.notes, createdAt: coalesce(datetime(r.createdAt), datetime()), version: 1,
  importId: $audit.importId})
CREATE (u)-[:RECORDED]->(a)
WITH r, a
CALL (r, a) { MATCH (h:HCP {id: r.hcpId}) CREATE (a)-[:WITH]->(h) }
CALL (r, a) { MATCH (acc:Account {id: r.accountId}) CREATE (a)-[:AT]->(acc) }
WITH collect(r) AS created
CALL (created) {
  UNWIND created AS r
  WITH DISTINCT r.repId AS repId, r.day AS day ORDER BY repId, day
  RETURN collect({repId: repId, day: day}) AS repDays
}
CALL (created) {
  UNWIND created AS r
  UNWIND CASE WHEN r.outcome = 'COMPLETED' THEN [r.hcpId, r.accountId] ELSE [] END AS s
  WITH s WHERE s IS NOT NULL
  WITH DISTINCT s ORDER BY s
  RETURN collect(s) AS subjects
}
WITH size(created) AS rows, repDays, subjects
${REFRESH_REP_DAYS}
WITH rows, subjects
${REFRESH_SUBJECTS}
RETURN 'CREATE' AS action, rows, [] AS seeds`;
