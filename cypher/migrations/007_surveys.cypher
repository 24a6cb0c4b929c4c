// Profiling surveys (api/src/field/surveys): questionnaire versions and answers by subject.
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (n:Survey) REQUIRE n.id IS UNIQUE;
CREATE INDEX survey_key IF NOT EXISTS FOR (n:Survey) ON (n.key, n.status);
CREATE INDEX survey_answer_subject IF NOT EXISTS FOR (n:SurveyAnswer) ON (n.subjectId, n.survey);
CREATE INDEX survey_answer_question IF NOT EXISTS FOR (n:SurveyAnswer) ON (n.question, n.current);
