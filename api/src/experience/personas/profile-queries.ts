/**
 * Reading HCPs' persona profiles from the graph: the current answers to the built-in
 * questionnaire (with their ids, which a write compares to see whether they changed since), the
 * HCP fields, and the main account for fallbacks. The whole population is streamed; a few HCPs
 * are read by id.
 */
import { toNative } from "../../db/to-native.ts";
import { ACTIVE_ON } from "../../model/cypher-fragments.ts";
import { HCP_FIELDS } from "./attributes.ts";
import type { ProfileRecord } from "./profile.ts";
import { PROFILE_SURVEY_KEY } from "./profile-survey.ts";

/** The main account: of the primary affiliation in effect today, else the heaviest one, ties by id. */
const PROFILE_OF_H = `
CALL (h) {
  OPTIONAL MATCH (h)-[:ANSWERED]->(a:SurveyAnswer {survey: $survey, current: true})
  RETURN collect(a {question: a.questionKey, .value, .version, answeredAt: toString(a.answeredAt)}) AS answers, collect(a.id) AS answerIds
}
CALL (h) {
  OPTIONAL MATCH (h)-[r:AFFILIATED_WITH]->(acc:Account) WHERE ${ACTIVE_ON("r", "date()")}
  WITH acc, r ORDER BY coalesce(r.primary, false) DESC, r.weight DESC, acc.id
  RETURN acc {.id, .kind} AS mainAccount LIMIT 1
}
RETURN h.id AS id, [f IN $fields | h[f]] AS fields, answers, answerIds, mainAccount`;

export const PROFILES_OF_ALL = `MATCH (h:HCP)${PROFILE_OF_H}`;

export const PROFILES_OF_IDS = `UNWIND $ids AS id MATCH (h:HCP {id: id})${PROFILE_OF_H}`;

export const profileParams = { survey: PROFILE_SURVEY_KEY, fields: HCP_FIELDS };

/** A profile record and the ids of the answers it was read from. */
export function profileRecordOf(r: { get(key: string): unknown }): { record: ProfileRecord; answerIds: string[] } {
  const values = toNative(r.get("fields")) as unknown[];
  return {
    record: {
      id: r.get("id") as string,
      fields: Object.fromEntries(HCP_FIELDS.map((f, i) => [f, values[i]])),
      answers: toNative(r.get("answers")) as ProfileRecord["answers"],
      mainAccount: toNative(r.get("mainAccount")) as ProfileRecord["mainAccount"],
    },
    answerIds: r.get("answerIds") as string[],
  };
}
