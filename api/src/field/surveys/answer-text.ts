/**
 * Answers written as text (import files): a number for number and scale questions, options
 * separated by `|` for a multiple choice, the text itself otherwise. The import's write query
 * converts the same way in Cypher (ingest/kinds/survey-answers/write-query.ts).
 */
import type { AnswerValue } from "./answer-sheet.ts";
import type { Question } from "./questionnaire.ts";

export const MULTIPLE_CHOICE_SEPARATOR = "|";

export function answerFromText(q: Question, text: string): AnswerValue {
  switch (q.type) {
    case "NUMBER":
    case "SCALE_1_5":
    case "SCALE_0_10":
      return text.trim() === "" ? Number.NaN : Number(text);
    case "MULTIPLE_CHOICE":
      return text.split(MULTIPLE_CHOICE_SEPARATOR).map((s) => s.trim());
    default:
      return text;
  }
}
