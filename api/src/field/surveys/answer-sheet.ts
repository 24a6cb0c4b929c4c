/**
 * Answers checked against a questionnaire. A submission updates the subject's current answers
 * (a `null` clears one); the resulting sheet must answer every required question that is shown,
 * and nothing that is hidden by skip logic. Answers that a change hides are cleared with it.
 */
import type { Question, Questionnaire } from "./questionnaire.ts";

export type AnswerValue = string | number | string[];
export type AnswerSheet = Record<string, AnswerValue>;

export interface AnswerProblem {
  /** The question key the problem is about. */
  question: string;
  message: string;
}

export interface CheckedSubmission {
  /** The answers to write (new or changed). */
  write: AnswerSheet;
  /** Current answers to close: cleared by the submission or hidden by skip logic now. */
  clear: string[];
  problems: AnswerProblem[];
}

/** Why `v` is not an answer to `q`, or null. */
export function valueProblem(q: Question, v: unknown): string | null {
  switch (q.type) {
    case "SINGLE_CHOICE":
      return typeof v === "string" && q.options.includes(v) ? null : `must be one of: ${q.options.join(", ")}`;
    case "MULTIPLE_CHOICE": {
      if (!Array.isArray(v) || v.length === 0) return "must be a non-empty list of options";
      if (!v.every((x) => typeof x === "string" && q.options.includes(x))) return `each choice must be one of: ${q.options.join(", ")}`;
      if (new Set(v).size !== v.length) return "lists an option twice";
      return q.maxChoices !== undefined && v.length > q.maxChoices ? `at most ${q.maxChoices} choices` : null;
    }
    case "NUMBER":
      if (typeof v !== "number" || !Number.isFinite(v)) return "must be a number";
      if (q.integer && !Number.isInteger(v)) return "must be a whole number";
      return v < q.min || v > q.max ? `must be between ${q.min} and ${q.max}` : null;
    case "SCALE_1_5":
    case "SCALE_0_10": {
      const [lo, hi] = q.type === "SCALE_1_5" ? [1, 5] : [0, 10];
      return typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi ? null : `must be a whole number from ${lo} to ${hi}`;
    }
    case "TEXT":
      if (typeof v !== "string" || v.trim() === "") return "must be non-empty text";
      return v.length > q.maxLength ? `at most ${q.maxLength} characters` : null;
  }
}

const matches = (answer: AnswerValue | undefined, anyOf: readonly (string | number)[]) =>
  answer !== undefined && (Array.isArray(answer) ? answer.some((a) => anyOf.includes(a)) : anyOf.includes(answer));

/** The questions shown for a sheet: conditions refer to earlier questions only, so one pass decides. */
export function shownQuestions(survey: Questionnaire, sheet: AnswerSheet): Set<string> {
  const shown = new Set<string>();
  for (const q of survey.questions) {
    if (!q.showIf || (shown.has(q.showIf.question) && matches(sheet[q.showIf.question], q.showIf.anyOf))) shown.add(q.key);
  }
  return shown;
}

/** The stored answers that are still answers under this version: its questions, valid values. */
export function currentSheet(survey: Questionnaire, stored: AnswerSheet): AnswerSheet {
  const byKey = new Map(survey.questions.map((q) => [q.key, q]));
  return Object.fromEntries(
    Object.entries(stored).filter(([k, v]) => {
      const q = byKey.get(k);
      return q !== undefined && valueProblem(q, v) === null;
    }),
  );
}

export function checkSubmission(survey: Questionnaire, current: AnswerSheet, submitted: Record<string, unknown>): CheckedSubmission {
  const byKey = new Map(survey.questions.map((q) => [q.key, q]));
  const problems: AnswerProblem[] = [];
  const merged: AnswerSheet = { ...current };
  for (const [k, v] of Object.entries(submitted)) {
    const q = byKey.get(k);
    if (!q) {
      problems.push({ question: k, message: `not a question of ${survey.key}` });
      continue;
    }
    if (v === null) {
      delete merged[k];
      continue;
    }
    const problem = valueProblem(q, v);
    if (problem) problems.push({ question: k, message: problem });
    else merged[k] = v as AnswerValue;
  }
  const shown = shownQuestions(survey, merged);
  for (const q of survey.questions) {
    const condition = q.showIf ? `shown only when ${q.showIf.question} is ${q.showIf.anyOf.join(" or ")}` : "";
    if (!shown.has(q.key) && submitted[q.key] !== undefined && submitted[q.key] !== null) {
      problems.push({ question: q.key, message: `not asked: ${condition}` });
    }
    if (shown.has(q.key) && q.required && merged[q.key] === undefined) problems.push({ question: q.key, message: "required" });
  }
  const write: AnswerSheet = {};
  for (const [k, v] of Object.entries(merged)) {
    if (shown.has(k) && JSON.stringify(current[k]) !== JSON.stringify(v)) write[k] = v;
  }
  const clear = Object.keys(current).filter((k) => merged[k] === undefined || !shown.has(k));
  return { write, clear, problems };
}
