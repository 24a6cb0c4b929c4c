import { z } from "zod";
import { keepPersonasCurrent, type WrittenAnswers } from "../../../experience/personas/keep-current.ts";
import { MULTIPLE_CHOICE_SEPARATOR } from "../../../field/surveys/answer-text.ts";
import { entityId, optionalText, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { SurveyAnswerFileCheck } from "./file-check.ts";
import { SURVEY_ANSWER_UPSERT } from "./write-query.ts";

const answeredAt = z
  .string()
  .trim()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)),
    "must be a date or date-time, e.g. 2026-11-30 or 2026-11-30T14:05:00Z",
  )
  .optional();

const rowSchema = z.object({
  subject_id: entityId(),
  survey: requiredText(40),
  question: requiredText(40),
  value: requiredText(10_000),
  answered_by: optionalText(100),
  answered_at: answeredAt,
});

export type SurveyAnswerRow = z.infer<typeof rowSchema>;

export const surveyAnswers = defineKind({
  name: "survey_answers",
  summary:
    "Answers to profiling surveys collected elsewhere, one per subject, survey and question, checked against the survey's active version. A different value supersedes the current answer (kept as history); the same value writes nothing. Answers to persona-profile re-assign their HCPs' personas after each batch.",
  required: [
    { column: "subject_id", meaning: "id of the HCP or account the answer is about (the kind the survey asks about)" },
    { column: "survey", meaning: "survey key; the survey must have an active version" },
    { column: "question", meaning: "question key of that version" },
    {
      column: "value",
      meaning: `the answer: a number for number and scale questions, an option for a single choice, options separated by \`${MULTIPLE_CHOICE_SEPARATOR}\` for a multiple choice, text for a text question`,
    },
  ],
  optional: [
    { column: "answered_by", meaning: "who gave or collected the answer (default: the importing user)" },
    { column: "answered_at", meaning: "when, a date or ISO date-time (default: the import's time)" },
  ],
  schema: rowSchema,
  key: (r) => `${r.subject_id}|${r.survey}|${r.question}`,
  keyColumns: ["subject_id", "survey", "question"],
  references: (r) => [{ column: "subject_id", id: r.subject_id, kinds: ["HCP", "ACCOUNT"] }],
  createFileCheck: () => new SurveyAnswerFileCheck(),
  write: (r) => ({
    group: "survey_answers",
    query: SURVEY_ANSWER_UPSERT,
    params: {
      subjectId: r.subject_id,
      survey: r.survey,
      question: r.question,
      value: r.value,
      answeredBy: r.answered_by || null,
      answeredAt: r.answered_at || null,
    },
  }),
  afterBatch: (run, records) =>
    keepPersonasCurrent(
      run,
      records.flatMap((r) => r.get("answered") as WrittenAnswers[]),
    ),
  example: {
    subject_id: "HCP-0000001",
    survey: "adoption",
    question: "patients",
    value: "40",
    answered_by: "user-rep-001",
    answered_at: "2026-11-30",
  },
});
