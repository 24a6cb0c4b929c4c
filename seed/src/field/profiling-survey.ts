/**
 * The seeded profiling survey (active) and the answers of about 30% of HCPs, each sheet valid
 * under the survey's rules (skip logic, required questions), given by the rep covering the HCP's
 * territory on a working day before the seed's today.
 */
import { addDays, daysBetween, isoWeekday } from "@pharmagraph/api/field/call-plans/cycle.ts";
import type { AnswerSheet } from "@pharmagraph/api/field/surveys/answer-sheet.ts";
import { type Questionnaire, questionnaireSchema } from "@pharmagraph/api/field/surveys/questionnaire.ts";
import { Rng } from "../prng.ts";
import type { SeedPlan } from "../seed-plan.ts";
import { FIELD, FIELD_CYCLES, FIELD_PHASE } from "./field-config.ts";

const CHANNELS = ["visit", "email", "webinar", "phone"] as const;
const EMAIL_TOPICS = [
  "New clinical data",
  "Dosing and titration",
  "Patient support program",
  "Formulary and access",
  "Congress highlights",
];
/** Chance that an HCP of the specialty treats heart failure (others: 0.3). */
const TREATS: Record<string, number> = {
  Cardiology: 0.95,
  "Internal Medicine": 0.7,
  "Family Medicine": 0.6,
  Nephrology: 0.6,
  Endocrinology: 0.5,
};

export function profilingSurvey(key: string): Questionnaire {
  return questionnaireSchema.parse({
    key,
    name: "Heart-failure profile",
    subject: "HCP",
    questions: [
      { key: "treats", text: "Do you treat heart failure?", type: "SINGLE_CHOICE", options: ["yes", "no"], required: true },
      {
        key: "patients",
        text: "Heart-failure patients per month",
        type: "NUMBER",
        min: 0,
        max: 500,
        integer: true,
        required: true,
        showIf: { question: "treats", anyOf: ["yes"] },
      },
      { key: "channels", text: "Preferred channels", type: "MULTIPLE_CHOICE", options: [...CHANNELS], maxChoices: 2 },
      { key: "email_topics", text: "Topics by email", type: "TEXT", showIf: { question: "channels", anyOf: ["email"] } },
      { key: "satisfaction", text: "How satisfied are you with our service?", type: "SCALE_1_5" },
      { key: "recommend", text: "Would you recommend us to a colleague?", type: "SCALE_0_10" },
    ],
  });
}

export interface ProfileRow {
  subjectId: string;
  answeredBy: string;
  answeredAt: string;
  answers: { question: string; value: AnswerSheet[string] }[];
}

const FIRST_DAY = FIELD_CYCLES[0].startDate;

/** A working day at or after the first day of the field year, before the seed's today. */
function answerDay(rng: Rng): string {
  for (;;) {
    const day = addDays(FIRST_DAY, rng.int(daysBetween(FIRST_DAY, FIELD.today)));
    if (isoWeekday(day) <= 5) return day;
  }
}

/**
 * HCP `i`'s answers, or null when it was not profiled. `repOf` gives the rep covering a
 * territory (null when none does: then nobody profiled its HCPs).
 */
export function profileAnswers(plan: SeedPlan, i: number, repOf: (territoryId: string) => string | null): ProfileRow | null {
  const rng = Rng.for(plan.seed, FIELD_PHASE.survey, i);
  if (rng.next() >= FIELD.surveyShare) return null;
  const hcp = plan.hcp(i);
  const rep = repOf(hcp.territory);
  if (!rep) return null;
  const sheet: AnswerSheet = {};
  sheet.treats = rng.next() < (TREATS[hcp.specialty] ?? 0.3) ? "yes" : "no";
  if (sheet.treats === "yes") sheet.patients = Math.min(500, Math.round(Math.exp(2.5 + 0.9 * rng.normal())));
  if (rng.next() < 0.85) {
    const first = rng.pick(CHANNELS);
    const second = rng.pick(CHANNELS);
    sheet.channels = first === second || rng.next() < 0.5 ? [first] : [first, second];
    if (sheet.channels.includes("email") && rng.next() < 0.6) sheet.email_topics = rng.pick(EMAIL_TOPICS);
  }
  if (rng.next() < 0.8) sheet.satisfaction = Math.min(5, Math.max(1, Math.round(3.8 + 0.9 * rng.normal())));
  if (rng.next() < 0.7) sheet.recommend = Math.min(10, Math.max(0, Math.round(7.5 + 1.8 * rng.normal())));
  const at = answerDay(rng);
  const minute = 9 * 60 + rng.int(8 * 60);
  return {
    subjectId: hcp.id,
    answeredBy: rep,
    answeredAt: `${at}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00Z`,
    answers: Object.entries(sheet).map(([question, value]) => ({ question, value })),
  };
}
