/** The field seed's own Cypher: what it reads to generate activities and how it writes rows. */

/** Opening hours of accounts (only those that keep some). */
export const WRITE_OPENING_HOURS = `
UNWIND $rows AS r
MATCH (a:Account {id: r.id})
SET a.openingHours = r.openingHours`;

/** HCPs and accounts aligned to the territories, with an HCP's primary account, its territory and opening hours. */
export const TERRITORY_SUBJECTS = `
UNWIND $territoryIds AS tid
MATCH (:Territory {id: tid})<-[:ALIGNED_TO]-(x)
WHERE x:HCP OR x:Account
CALL (x) {
  OPTIONAL MATCH (x)-[e:AFFILIATED_WITH {primary: true}]->(acc:Account)-[:ALIGNED_TO]->(at:Territory)
  WHERE e.validTo IS NULL
  RETURN acc, at LIMIT 1
}
RETURN tid, x.id AS id, CASE WHEN x:HCP THEN 'HCP' ELSE 'ACCOUNT' END AS kind,
  CASE WHEN x:Account THEN x.id ELSE acc.id END AS accountId,
  CASE WHEN x:Account THEN tid ELSE at.id END AS accountTerritory,
  CASE WHEN x:Account THEN x.openingHours ELSE acc.openingHours END AS openingHours`;

/** The plans with their active targets. */
export const PLAN_TARGETS = `
UNWIND $planIds AS id
MATCH (cp:CallPlan {id: id})
RETURN cp.territoryId AS territoryId, cp.cycleId AS cycleId, cp.status AS status,
  COLLECT { MATCH (cp)-[:HAS_TARGET]->(tg:Target {active: true}) RETURN [tg.subjectId, tg.subjectKind, tg.plannedCalls] } AS targets`;

/**
 * Activities as recordActivity stores them (api/src/field/activities/activity-store.ts); an id
 * already there is left as it is, so a second run adds nothing.
 */
export const WRITE_ACTIVITIES = `
UNWIND $rows AS r
MATCH (u:User {id: r.repId})
WHERE NOT EXISTS { MATCH (:Activity {id: r.id}) }
CREATE (u)-[:RECORDED]->(a:Activity {id: r.id, repId: r.repId, idempotencyKey: r.idempotencyKey, fingerprint: r.fingerprint,
  channel: r.channel, hcpId: r.hcpId, accountId: r.accountId, plannedAt: datetime(r.plannedAt), startedAt: datetime(r.startedAt),
  durationMinutes: r.durationMinutes, outcome: r.outcome, products: r.products, keyMessages: r.keyMessages,
  activations: r.activations, notes: r.notes, createdAt: datetime(r.createdAt), version: 1})
WITH a, r
CALL (a, r) { MATCH (h:HCP {id: r.hcpId}) CREATE (a)-[:WITH]->(h) }
CALL (a, r) { MATCH (acc:Account {id: r.accountId}) CREATE (a)-[:AT]->(acc) }`;

/**
 * Survey answers as the survey store writes them (api/src/field/surveys/survey-store.ts), one row
 * per HCP; an HCP that has answers to the survey already is left as it is.
 */
export const WRITE_SURVEY_ANSWERS = `
UNWIND $rows AS r
MATCH (h:HCP {id: r.subjectId})
WHERE NOT EXISTS { MATCH (h)-[:ANSWERED]->(:SurveyAnswer {survey: $survey}) }
CALL (h, r) {
  UNWIND r.answers AS x
  CREATE (h)-[:ANSWERED]->(:SurveyAnswer {id: r.subjectId + '|' + $survey + '|' + x.question, survey: $survey, version: $version,
    questionKey: x.question, question: $survey + '.' + x.question, subjectId: r.subjectId, value: x.value,
    answeredBy: r.answeredBy, answeredAt: datetime(r.answeredAt), current: true})
}`;
