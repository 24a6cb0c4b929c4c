/**
 * Upserts the current answer of a subject to a survey question: a different value supersedes the
 * current answer (kept as history), an equal one writes nothing. The value text is typed as the
 * question of the active version says (field/surveys/answer-text.ts does the same in TypeScript).
 * `answered` lists the subjects and surveys whose answers changed, for the kind's `afterBatch`.
 */
export const SURVEY_ANSWER_UPSERT = `
UNWIND $rows AS r
CALL (r) {
  MATCH (n:HCP {id: r.subjectId}) RETURN n
  UNION MATCH (n:Account {id: r.subjectId}) RETURN n
}
MATCH (s:Survey {key: r.survey, status: 'ACTIVE'})
WITH r, n, s, [q IN apoc.convert.fromJsonMap(s.definition).questions WHERE q.key = r.question][0] AS q
WITH r, n, s, CASE
  WHEN q.type IN ['NUMBER', 'SCALE_1_5', 'SCALE_0_10'] THEN toFloat(r.value)
  WHEN q.type = 'MULTIPLE_CHOICE' THEN [x IN split(r.value, '|') | trim(x)]
  ELSE r.value END AS value
OPTIONAL MATCH (n)-[:ANSWERED]->(old:SurveyAnswer {survey: r.survey, questionKey: r.question, current: true})
WITH r, n, s, value, old, CASE WHEN old IS NULL THEN 'CREATE' WHEN old.value <> value THEN 'UPDATE' END AS action
WHERE action IS NOT NULL
CALL (old) { WITH old WHERE old IS NOT NULL SET old.current = false, old.supersededAt = datetime() }
CREATE (n)-[:ANSWERED]->(:SurveyAnswer {id: randomUUID(), survey: r.survey, version: s.version, questionKey: r.question,
  question: r.survey + '.' + r.question, subjectId: r.subjectId, value: value, answeredBy: coalesce(r.answeredBy, $audit.actor),
  answeredAt: coalesce(datetime(r.answeredAt), datetime()), current: true, importId: $audit.importId})
RETURN action, count(*) AS rows, [] AS seeds, collect(DISTINCT {survey: r.survey, subjectId: r.subjectId}) AS answered`;
