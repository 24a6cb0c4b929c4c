/**
 * A survey's questionnaire as the app reads it (the API checked it when it was saved; docs/FIELD.md,
 * Profiling surveys), and the skip logic the form applies while the rep answers: the server applies
 * the same rules to what is submitted.
 */
export type AnswerValue = string | number | string[];
export type AnswerSheet = Record<string, AnswerValue>;

interface QuestionBase {
  key: string;
  text: string;
  required?: boolean;
  showIf?: { question: string; anyOf: (string | number)[] };
}

export type Question = QuestionBase &
  (
    | { type: "SINGLE_CHOICE"; options: string[] }
    | { type: "MULTIPLE_CHOICE"; options: string[]; maxChoices?: number }
    | { type: "NUMBER"; min: number; max: number; integer?: boolean }
    | { type: "SCALE_1_5" }
    | { type: "SCALE_0_10" }
    | { type: "TEXT"; maxLength?: number }
  );

export interface Questionnaire {
  key: string;
  name: string;
  description?: string;
  subject: "HCP" | "ACCOUNT";
  questions: Question[];
}

/** The definition text of a Survey; throws when it is not a questionnaire (a server bug, not the rep's). */
export function parseQuestionnaire(definition: string): Questionnaire {
  const q = JSON.parse(definition) as Questionnaire;
  if (!Array.isArray(q?.questions)) throw new Error("The survey's definition has no questions.");
  return q;
}

const matches = (answer: AnswerValue | undefined, anyOf: readonly (string | number)[]) =>
  answer !== undefined && (Array.isArray(answer) ? answer.some((a) => anyOf.includes(a)) : anyOf.includes(answer));

/** The questions shown for the answers so far: a condition names an earlier question, which must itself be shown. */
export function shownQuestions(questions: readonly Question[], sheet: AnswerSheet): Set<string> {
  const shown = new Set<string>();
  for (const q of questions) {
    if (!q.showIf || (shown.has(q.showIf.question) && matches(sheet[q.showIf.question], q.showIf.anyOf))) shown.add(q.key);
  }
  return shown;
}

/**
 * The `answers` argument of answerSurvey: the shown questions' answers, and `null` for a shown
 * question whose stored answer the rep removed. Hidden answers are not sent: the server clears the
 * stored answers that skip logic now hides.
 */
export function answersToSend(questions: readonly Question[], sheet: AnswerSheet, stored: AnswerSheet): Record<string, AnswerValue | null> {
  const shown = shownQuestions(questions, sheet);
  const out: Record<string, AnswerValue | null> = {};
  for (const q of questions) {
    if (!shown.has(q.key)) continue;
    const v = sheet[q.key];
    if (v !== undefined) out[q.key] = v;
    else if (stored[q.key] !== undefined) out[q.key] = null;
  }
  return out;
}

/** Shown required questions without an answer: the form marks them before anything is sent. */
export function missingRequired(questions: readonly Question[], sheet: AnswerSheet): string[] {
  const shown = shownQuestions(questions, sheet);
  return questions.filter((q) => q.required && shown.has(q.key) && sheet[q.key] === undefined).map((q) => q.key);
}
