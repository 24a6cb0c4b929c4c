import { describe, expect, it } from "vitest";
import { answersToSend, missingRequired, type Question, shownQuestions } from "./questionnaire.ts";

const questions: Question[] = [
  { key: "treats", text: "Treats HF?", type: "SINGLE_CHOICE", options: ["yes", "no"], required: true },
  { key: "patients", text: "Patients", type: "NUMBER", min: 0, max: 500, required: true, showIf: { question: "treats", anyOf: ["yes"] } },
  { key: "channels", text: "Channels", type: "MULTIPLE_CHOICE", options: ["visit", "email"] },
  { key: "email_topics", text: "Topics", type: "TEXT", showIf: { question: "channels", anyOf: ["email"] } },
  { key: "deep", text: "Only under patients", type: "SCALE_1_5", showIf: { question: "patients", anyOf: [10] } },
];

describe("skip logic in the survey form", () => {
  it("shows a question when the earlier answer is one of anyOf (any chosen option for a multiple choice)", () => {
    expect([...shownQuestions(questions, {})]).toEqual(["treats", "channels"]);
    expect([...shownQuestions(questions, { treats: "yes", channels: ["visit", "email"] })]).toEqual([
      "treats",
      "patients",
      "channels",
      "email_topics",
    ]);
  });

  it("a question under a hidden question stays hidden even with the old answer there", () => {
    expect(shownQuestions(questions, { treats: "no", patients: 10 }).has("deep")).toBe(false);
    expect(shownQuestions(questions, { treats: "yes", patients: 10 }).has("deep")).toBe(true);
  });

  it("sends shown answers only, and null for a shown answer the rep removed", () => {
    const stored = { treats: "yes", patients: 12, channels: ["email"], email_topics: "dosing" };
    const sheet = { treats: "no", patients: 12, email_topics: "dosing" };
    expect(answersToSend(questions, sheet, stored)).toEqual({ treats: "no", channels: null });
  });

  it("marks the shown required questions without an answer", () => {
    expect(missingRequired(questions, {})).toEqual(["treats"]);
    expect(missingRequired(questions, { treats: "yes" })).toEqual(["patients"]);
    expect(missingRequired(questions, { treats: "no" })).toEqual([]);
  });
});
