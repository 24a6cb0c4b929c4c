/**
 * What a persona condition may compare: the profile attributes of the built-in questionnaire
 * (profile-survey.ts) and the HCP fields scoring models read too, each with the values it takes.
 */
import { ATTRIBUTES_OF_SUBJECT } from "../../analytics/scoring/model.ts";
import type { Question } from "../../field/surveys/questionnaire.ts";
import { SURVEY_ATTRIBUTES } from "./profile-survey.ts";

export type AttributeSpec =
  | { kind: "choice"; options: readonly string[]; multiple: boolean }
  | { kind: "number"; min: number; max: number }
  | { kind: "text" };

function specOfQuestion(q: Question): AttributeSpec {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return { kind: "choice", options: q.options, multiple: q.type === "MULTIPLE_CHOICE" };
    case "SCALE_1_5":
      return { kind: "number", min: 1, max: 5 };
    case "SCALE_0_10":
      return { kind: "number", min: 0, max: 10 };
    case "NUMBER":
      return { kind: "number", min: q.min, max: q.max };
    case "TEXT":
      return { kind: "text" };
  }
}

const COORDINATE_RANGE: Readonly<Record<string, readonly [number, number]>> = { lat: [-90, 90], lon: [-180, 180] };

/** HCP node properties a condition may read (specialty, credential, state, lat, lon). */
export const HCP_FIELDS = ATTRIBUTES_OF_SUBJECT.HCP;

export const ATTRIBUTE_SPECS: ReadonlyMap<string, AttributeSpec> = new Map<string, AttributeSpec>([
  ...[...SURVEY_ATTRIBUTES].map(([key, q]) => [key, specOfQuestion(q)] as const),
  ...HCP_FIELDS.map((f): readonly [string, AttributeSpec] => {
    const range = COORDINATE_RANGE[f];
    return [f, range ? { kind: "number", min: range[0], max: range[1] } : { kind: "text" }];
  }),
]);
