/**
 * A profiling questionnaire is versioned data, validated with zod: questions about an HCP or an
 * account (single or multiple choice, a number in a range, a 1-5 or 0-10 scale, free text), each
 * optionally required and optionally shown only when an earlier question has a given answer.
 */
import { z } from "zod";

export const QUESTION_TYPES = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "NUMBER", "SCALE_1_5", "SCALE_0_10", "TEXT"] as const;
export const SURVEY_SUBJECTS = ["HCP", "ACCOUNT"] as const;

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "must start with a lowercase letter; lowercase letters, digits and _ only (at most 40)");
/** A survey's key may also hold hyphens (the built-in `persona-profile`); question keys may not. */
const surveyKey = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, "must start with a lowercase letter; lowercase letters, digits, _ and - only (at most 40)");
const options = z.array(z.string().trim().min(1).max(100)).min(2).max(50);

const showIf = z
  .object({
    question: key,
    /** Shown when the earlier answer is one of these (for a multiple choice: contains one of them). */
    anyOf: z
      .array(z.union([z.string().min(1).max(100), z.number().finite()]))
      .min(1)
      .max(50),
  })
  .strict();

const base = { key, text: z.string().trim().min(1).max(500), required: z.boolean().default(false), showIf: showIf.optional() };

export const questionSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("SINGLE_CHOICE"), options }).strict(),
  z.object({ ...base, type: z.literal("MULTIPLE_CHOICE"), options, maxChoices: z.number().int().min(1).optional() }).strict(),
  z
    .object({ ...base, type: z.literal("NUMBER"), min: z.number().finite(), max: z.number().finite(), integer: z.boolean().default(false) })
    .strict()
    .refine((q) => q.min <= q.max, { message: "min must not exceed max", path: ["max"] }),
  z.object({ ...base, type: z.literal("SCALE_1_5") }).strict(),
  z.object({ ...base, type: z.literal("SCALE_0_10") }).strict(),
  z.object({ ...base, type: z.literal("TEXT"), maxLength: z.number().int().min(1).max(10_000).default(2000) }).strict(),
]);

export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({
    key: surveyKey,
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).optional(),
    subject: z.enum(SURVEY_SUBJECTS),
    questions: z.array(questionSchema).min(1).max(200),
  })
  .strict()
  .superRefine((s, ctx) => {
    const earlier = new Map<string, Question>();
    s.questions.forEach((q, i) => {
      if (earlier.has(q.key)) ctx.addIssue({ code: "custom", path: ["questions", i, "key"], message: `duplicate question key ${q.key}` });
      if (q.showIf) {
        const ref = earlier.get(q.showIf.question);
        if (!ref) {
          ctx.addIssue({ code: "custom", path: ["questions", i, "showIf", "question"], message: "must name an earlier question" });
        } else {
          q.showIf.anyOf.forEach((v, k) => {
            const problem = conditionProblem(ref, v);
            if (problem) ctx.addIssue({ code: "custom", path: ["questions", i, "showIf", "anyOf", k], message: problem });
          });
        }
      }
      earlier.set(q.key, q);
    });
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Why `value` can never be an answer of `q` (so a condition on it would never hold), or null. */
function conditionProblem(q: Question, value: string | number): string | null {
  switch (q.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return typeof value === "string" && q.options.includes(value) ? null : `not an option of ${q.key}`;
    case "NUMBER":
      return typeof value === "number" && value >= q.min && value <= q.max
        ? null
        : `not a possible answer of ${q.key} (${q.min}..${q.max})`;
    case "SCALE_1_5":
    case "SCALE_0_10": {
      const [lo, hi] = q.type === "SCALE_1_5" ? [1, 5] : [0, 10];
      return typeof value === "number" && Number.isInteger(value) && value >= lo && value <= hi
        ? null
        : `not on the ${lo}-${hi} scale of ${q.key}`;
    }
    case "TEXT":
      return `${q.key} is free text: conditions need a choice, number or scale question`;
  }
}
