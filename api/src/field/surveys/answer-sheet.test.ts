import { describe, expect, it } from "vitest";
import { adoptionSurvey } from "../../../test/fixtures/adoption-survey.ts";
import { checkSubmission, shownQuestions } from "./answer-sheet.ts";
import { type Questionnaire, questionnaireSchema } from "./questionnaire.ts";

const SURVEY: Questionnaire = questionnaireSchema.parse(adoptionSurvey("adoption"));

describe("questionnaire definitions", () => {
  it("reject conditions on later or unknown questions, impossible values, duplicate keys", () => {
    const bad = questionnaireSchema.safeParse({
      key: "x",
      name: "X",
      subject: "HCP",
      questions: [
        { key: "a", text: "A", type: "SCALE_1_5", showIf: { question: "b", anyOf: [1] } },
        { key: "b", text: "B", type: "SINGLE_CHOICE", options: ["p", "q"] },
        { key: "c", text: "C", type: "TEXT", showIf: { question: "b", anyOf: ["r"] } },
        { key: "b", text: "B again", type: "NUMBER", min: 5, max: 1 },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(
      expect.arrayContaining([
        "questions.0.showIf.question: must name an earlier question",
        "questions.2.showIf.anyOf.0: not an option of b",
        "questions.3.max: min must not exceed max",
      ]),
    );
  });
});

describe("answer sheets", () => {
  it("accepts a complete sheet and writes only what changed", () => {
    const first = checkSubmission(SURVEY, {}, { treats: "yes", patients: 40, channels: ["visit"] });
    expect(first.problems).toEqual([]);
    expect(first.write).toEqual({ treats: "yes", patients: 40, channels: ["visit"] });
    const again = checkSubmission(SURVEY, first.write, { patients: 40, satisfaction: 4 });
    expect(again.write).toEqual({ satisfaction: 4 });
    expect(again.clear).toEqual([]);
  });

  it("names each bad value with the rule it breaks", () => {
    const r = checkSubmission(
      SURVEY,
      {},
      { treats: "maybe", patients: 2.5, channels: ["visit", "email", "webinar"], recommend: 11, nope: 1 },
    );
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { question: "treats", message: "must be one of: yes, no" },
        { question: "channels", message: "at most 2 choices" },
        { question: "recommend", message: "must be a whole number from 0 to 10" },
        { question: "nope", message: "not a question of adoption" },
      ]),
    );
  });

  it("skip logic: a hidden question may not be answered, a shown required one must be", () => {
    const hidden = checkSubmission(SURVEY, {}, { treats: "no", patients: 10 });
    expect(hidden.problems).toEqual([{ question: "patients", message: "not asked: shown only when treats is yes" }]);
    const missing = checkSubmission(SURVEY, {}, { treats: "yes" });
    expect(missing.problems).toEqual([{ question: "patients", message: "required" }]);
    expect(checkSubmission(SURVEY, {}, { channels: ["email"] }).problems).toEqual([{ question: "treats", message: "required" }]);
  });

  it("an answer that hides later questions clears their answers; null clears one answer", () => {
    const current = { treats: "yes", patients: 40, channels: ["email"], email_topics: "trials" };
    const r = checkSubmission(SURVEY, current, { treats: "no", channels: ["visit"] });
    expect(r.problems).toEqual([]);
    expect(r.write).toEqual({ treats: "no", channels: ["visit"] });
    expect(r.clear.sort()).toEqual(["email_topics", "patients"]);
    expect(checkSubmission(SURVEY, current, { email_topics: null }).clear).toEqual(["email_topics"]);
    expect(checkSubmission(SURVEY, current, { treats: null }).problems).toEqual([{ question: "treats", message: "required" }]);
  });

  it("multiple choice conditions hold when any chosen option matches", () => {
    expect(shownQuestions(SURVEY, { treats: "no", channels: ["visit", "email"] }).has("email_topics")).toBe(true);
    expect(shownQuestions(SURVEY, { treats: "no", channels: ["visit"] }).has("email_topics")).toBe(false);
  });
});
