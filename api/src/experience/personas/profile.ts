/**
 * An HCP's persona profile: its current answers to the built-in questionnaire, HCP fields, and
 * where an answer is missing a fallback from the HCP's main account. Every value says where it
 * came from, which the assignment's explanation passes on.
 */
import { type AnswerValue, valueProblem } from "../../field/surveys/answer-sheet.ts";
import { HCP_FIELDS } from "./attributes.ts";
import { PRACTICE_SETTING_OF_ACCOUNT_KIND, PROFILE_SURVEY_KEY, SURVEY_ATTRIBUTES } from "./profile-survey.ts";

export const PROFILE_SOURCES = ["SURVEY", "FALLBACK", "HCP"] as const;
export type ProfileSource = (typeof PROFILE_SOURCES)[number];

export interface ProfileValue {
  value: AnswerValue;
  source: ProfileSource;
  /** Which answer, account or property the value was read from, in words. */
  detail: string;
}

/** Attribute name -> value; a missing attribute has no entry. */
export type Profile = Readonly<Record<string, ProfileValue>>;

/** What the graph holds about one HCP's profile (profile-queries.ts). */
export interface ProfileRecord {
  id: string;
  fields: Record<string, unknown>;
  answers: { question: string; value: unknown; version: number; answeredAt: string }[];
  /** The account of its primary affiliation in effect today (else the heaviest), if any. */
  mainAccount: { id: string; kind: string | null } | null;
}

export function profileOf(r: ProfileRecord): Profile {
  const profile: Record<string, ProfileValue> = {};
  for (const f of HCP_FIELDS) {
    const v = r.fields[f];
    if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))
      profile[f] = { value: v, source: "HCP", detail: `HCP ${f}` };
  }
  for (const a of r.answers) {
    const q = SURVEY_ATTRIBUTES.get(a.question);
    // An answer given under a later version of the questionnaire with other options counts only where it is one of ours.
    if (q && valueProblem(q, a.value) === null)
      profile[a.question] = {
        value: a.value as AnswerValue,
        source: "SURVEY",
        detail: `${PROFILE_SURVEY_KEY} v${a.version} answer of ${a.answeredAt}`,
      };
  }
  const setting = r.mainAccount?.kind ? PRACTICE_SETTING_OF_ACCOUNT_KIND[r.mainAccount.kind] : undefined;
  if (!profile.practice_setting && setting)
    profile.practice_setting = {
      value: setting,
      source: "FALLBACK",
      detail: `main account ${r.mainAccount!.id} is a ${r.mainAccount!.kind}`,
    };
  return profile;
}
