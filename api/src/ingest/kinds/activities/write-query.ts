import { ADD_TO_REP_DAYS, ADD_TO_SUBJECTS } from "../../../field/reporting/report-facts.ts";
import { REFRESH_REP_WEEKS } from "../../../field/reporting/rep-week-facts.ts";

/**
 * Creates the activities of a batch whose id is new (an id stored before is left as it is: the
 * file check has made sure its content is the same), with the rep's RECORDED edge and the WITH/AT
 * edges to their subjects, then brings the reporting facts of the rep-days and subjects the batch
 * touched up to date in the same transaction. An import only ever adds activities, so the batch's
 * counts are added to the rep-day facts and its calls merged into the subject call facts
 * (ADD_TO_REP_DAYS, ADD_TO_SUBJECTS) instead of re-reading every activity of those keys; the
 * rep-weeks are recomputed from their days. Each fact is locked before it is read.
 */
export const ACTIVITY_CREATE = `
UNWIND $rows AS r
OPTIONAL MATCH (existing:Activity {id: r.id})
WITH r WHERE existing IS NULL
CREATE (a:Activity {id: r.id, repId: r.repId, idempotencyKey: r.key, fingerprint: r.fingerprint, channel: r.channel,
  hcpId: r.hcpId, accountId: r.accountId, plannedAt: datetime(r.plannedAt), startedAt: datetime(r.startedAt),
  durationMinutes: r.durationMinutes, outcome: r.outcome, products: r.products, keyMessages: r.keyMessages,
  activations: r.activations, notes: r.notes, createdAt: coalesce(datetime(r.createdAt), datetime()), version: 1,
  importId: $audit.importId})
WITH collect({r: r, a: a}) AS created
// Every batch takes its locks in one order (reps, HCPs, accounts, then the facts), each sorted by id, so two
// batches in flight wait for each other instead of deadlocking.
CALL (created) {
  UNWIND created AS x
  WITH x ORDER BY x.r.repId
  MATCH (u:User {id: x.r.repId})
  WITH u, x.a AS a
  CREATE (u)-[:RECORDED]->(a)
}
CALL (created) {
  UNWIND created AS x
  WITH x ORDER BY x.r.hcpId
  MATCH (h:HCP {id: x.r.hcpId})
  WITH h, x.a AS a
  CREATE (a)-[:WITH]->(h)
}
CALL (created) {
  UNWIND created AS x
  WITH x ORDER BY x.r.accountId
  MATCH (acc:Account {id: x.r.accountId})
  WITH acc, x.a AS a
  CREATE (a)-[:AT]->(acc)
}
CALL (created) {
  UNWIND created AS x
  WITH DISTINCT x.r.repId AS repId, x.r.day AS day ORDER BY repId, day
  RETURN collect({repId: repId, day: day}) AS repDays
}
CALL (created) {
  UNWIND created AS x
  UNWIND CASE WHEN x.r.outcome = 'COMPLETED' THEN [x.r.hcpId, x.r.accountId] ELSE [] END AS s
  WITH s WHERE s IS NOT NULL
  WITH DISTINCT s ORDER BY s
  RETURN collect(s) AS subjects
}
// The HCPs of the batch are its seeds: the import's refresh brings their experience lists up to date (experience/facts).
WITH size(created) AS rows, created, repDays, subjects, [h IN collect { UNWIND created AS x RETURN DISTINCT x.r.hcpId } WHERE h IS NOT NULL] AS hcps
${ADD_TO_REP_DAYS}
WITH rows, created, repDays, subjects, hcps
${REFRESH_REP_WEEKS}
WITH rows, created, subjects, hcps
${ADD_TO_SUBJECTS}
RETURN 'CREATE' AS action, rows, hcps AS seeds`;
