/**
 * A scoring model is versioned data: what it scores (its subject: HCPs, accounts or
 * organizations), components (where a value comes from, how it is transformed to 0..1, its
 * weight), a segmentation rule and flag rules. Validated with zod; an activated version is
 * never changed again.
 */
import { z } from "zod";
import { INFLUENCE_MEASURES } from "../../model/cypher-fragments.ts";
import { metricSchema, periodSchema } from "../../model/measure-schemas.ts";
import { SURVEY_SUBJECTS } from "../../field/surveys/questionnaire.ts";

export const SCORING_SUBJECTS = ["HCP", "ACCOUNT", "ORGANIZATION"] as const;
export type ScoringSubject = (typeof SCORING_SUBJECTS)[number];

/** Properties of each subject a component may read (numbers, or text for bucket maps). */
export const ATTRIBUTES_OF_SUBJECT: Record<ScoringSubject, readonly string[]> = {
  HCP: ["specialty", "credential", "state", "lat", "lon"],
  ACCOUNT: ["kind", "city", "state", "zip", "lat", "lon"],
  ORGANIZATION: ["kind", "state"],
};

/** How an account's or organization's HCPs' influence measures combine into one value. */
export const INFLUENCE_AGGREGATES = ["sum", "max", "mean"] as const;

/** A model's name or a component's key; persona rule sets name theirs and their personas the same way. */
export const modelKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, "must start with a lowercase letter; letters, digits and _ only (at most 40)");

const source = z.discriminatedUnion("kind", [
  /** The field is checked against the subject's attributes (ATTRIBUTES_OF_SUBJECT) below. */
  z.object({ kind: z.literal("attribute"), field: z.string().min(1).max(40) }),
  z.object({ kind: z.literal("survey"), question: z.string().min(1).max(100) }),
  z.object({ kind: z.literal("rollup"), metric: metricSchema, period: periodSchema }),
  z.object({ kind: z.literal("influence"), measure: z.enum(INFLUENCE_MEASURES), aggregate: z.enum(INFLUENCE_AGGREGATES).optional() }),
]);

const bucket = z
  .object({ upTo: z.number().finite().optional(), equals: z.string().optional(), value: z.number().min(0).max(1) })
  .refine((b) => (b.upTo === undefined) !== (b.equals === undefined), "a bucket has either upTo (numbers) or equals (text)");

const transform = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percentile") }),
  z.object({ kind: z.literal("minmax") }),
  z.object({ kind: z.literal("zscore"), clip: z.number().positive().default(3) }),
  z.object({ kind: z.literal("bucket"), buckets: z.array(bucket).min(1) }),
]);

const component = z.object({ key: modelKey, label: z.string().min(1).max(100), source, transform, weight: z.number().min(0).max(1) });

const comparison = z.enum([">=", ">", "<=", "<", "=="]);

const segmentation = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("thresholds"),
    /** Highest first: the first threshold the score reaches gives the label. */
    thresholds: z.array(z.object({ minScore: z.number().min(0).max(100), label: z.string().min(1).max(20) })).min(1),
  }),
  z.object({ kind: z.literal("deciles") }),
  z.object({
    kind: z.literal("matrix"),
    /** Rows: value bands (component key or "score"); columns: potential bands. */
    value: z.string(),
    potential: z.string(),
    valueCuts: z.array(z.number().min(0).max(100)).min(1),
    potentialCuts: z.array(z.number().min(0).max(100)).min(1),
    labels: z.array(z.array(z.string().min(1).max(20)).min(2)).min(2),
  }),
]);

const flag = z.object({
  flag: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, "UPPER_CASE, at most 40"),
  when: z.object({ measure: z.string(), op: comparison, value: z.number() }),
});

export const scoringModelSchema = z
  .object({
    name: modelKey,
    description: z.string().max(500).default(""),
    subject: z.enum(SCORING_SUBJECTS).default("HCP"),
    components: z.array(component).min(1).max(20),
    segmentation,
    flags: z.array(flag).max(10).default([]),
  })
  .superRefine((m, ctx) => {
    const keys = m.components.map((c) => c.key);
    m.components.forEach((c, i) => {
      const problem = sourceProblem(m.subject, c.source);
      if (problem) ctx.addIssue({ code: "custom", path: ["components", i, "source", ...problem.path], message: problem.message });
    });
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i)
        ctx.addIssue({ code: "custom", path: ["components", i, "key"], message: `duplicate component key "${k}"` });
    });
    const total = m.components.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(total - 1) > 1e-9)
      ctx.addIssue({ code: "custom", path: ["components"], message: `weights must sum to 1, not ${Math.round(total * 1e6) / 1e6}` });
    const s = m.segmentation;
    if (s.kind === "thresholds") {
      s.thresholds.forEach((t, i) => {
        if (i > 0 && t.minScore >= s.thresholds[i - 1]!.minScore)
          ctx.addIssue({
            code: "custom",
            path: ["segmentation", "thresholds", i, "minScore"],
            message: "thresholds go from the highest minScore down",
          });
      });
    }
    if (s.kind === "matrix") {
      for (const [axis, ref] of [
        ["value", s.value],
        ["potential", s.potential],
      ] as const) {
        if (ref !== "score" && !keys.includes(ref))
          ctx.addIssue({ code: "custom", path: ["segmentation", axis], message: `"${ref}" is neither "score" nor a component key` });
      }
      if (s.labels.length !== s.valueCuts.length + 1)
        ctx.addIssue({
          code: "custom",
          path: ["segmentation", "labels"],
          message: `needs ${s.valueCuts.length + 1} rows (one more than valueCuts)`,
        });
      s.labels.forEach((row, i) => {
        if (row.length !== s.potentialCuts.length + 1)
          ctx.addIssue({
            code: "custom",
            path: ["segmentation", "labels", i],
            message: `needs ${s.potentialCuts.length + 1} labels (one more than potentialCuts)`,
          });
      });
    }
    m.flags.forEach((f, i) => {
      if (f.when.measure !== "score" && !keys.includes(f.when.measure))
        ctx.addIssue({
          code: "custom",
          path: ["flags", i, "when", "measure"],
          message: `"${f.when.measure}" is neither "score" nor a component key`,
        });
    });
  });

/** Why a source cannot feed a model of the subject (and where in the source), or null. */
function sourceProblem(subject: ScoringSubject, s: z.infer<typeof source>): { path: string[]; message: string } | null {
  const fields = ATTRIBUTES_OF_SUBJECT[subject];
  if (s.kind === "attribute" && !fields.includes(s.field))
    return { path: ["field"], message: `"${s.field}" is not an attribute of ${subject} subjects; one of ${fields.join(", ")}` };
  if (s.kind === "survey" && !(SURVEY_SUBJECTS as readonly string[]).includes(subject))
    return { path: ["kind"], message: `surveys are about ${SURVEY_SUBJECTS.join(" and ")} subjects, not ${subject}` };
  if (s.kind === "influence" && subject === "HCP" && s.aggregate)
    return { path: ["aggregate"], message: "an HCP's influence is its own: aggregate is for ACCOUNT and ORGANIZATION models" };
  if (s.kind === "influence" && subject !== "HCP" && !s.aggregate)
    return {
      path: ["aggregate"],
      message: `${subject} models combine the influence of their HCPs: aggregate must be ${INFLUENCE_AGGREGATES.join(", ")}`,
    };
  return null;
}

export type ScoringModel = z.infer<typeof scoringModelSchema>;
export type ScoringComponent = ScoringModel["components"][number];
