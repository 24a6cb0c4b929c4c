/** GraphQL documents of field execution: activities and profiling surveys. */
import { graphql } from "./generated/gql.ts";

export const ACTIVITY_FIELDS = graphql(`
  fragment ActivityFields on Activity {
    id repId channel hcpId accountId plannedAt startedAt durationMinutes outcome products keyMessages notes createdAt version locked
  }
`);

export const RECORD_ACTIVITY = graphql(`
  mutation RecordActivity($idempotencyKey: String!, $activity: ActivityInput!) {
    recordActivity(idempotencyKey: $idempotencyKey, activity: $activity) { created activity { ...ActivityFields } }
  }
`);

export const ACTIVITIES = graphql(`
  query Activities($repId: ID, $from: String, $to: String, $limit: Int) {
    activities(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }
  }
`);

export const ACTIVE_SURVEYS = graphql(`
  query ActiveSurveys {
    surveys(status: ACTIVE) { key version name subject definition }
  }
`);

export const SURVEY_ANSWERS = graphql(`
  query SurveyAnswers($subjectId: ID!, $survey: String!) {
    surveyAnswers(subjectId: $subjectId, survey: $survey) { question value }
  }
`);

export const ANSWER_SURVEY = graphql(`
  mutation AnswerSurvey($survey: String!, $subjectId: ID!, $answers: String!) {
    answerSurvey(survey: $survey, subjectId: $subjectId, answers: $answers) { written cleared answers { question value } }
  }
`);
