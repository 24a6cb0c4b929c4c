/**
 * A persona rule set is versioned data validated with zod: personas in order, each with the
 * conditions (all must hold) under which an HCP gets it, and the default persona of HCPs no
 * persona matches. Conditions compare one attribute (attributes.ts) with a value of its domain.
 */
import { z } from "zod";
import { modelKey } from "../../analytics/scoring/model.ts";
import { ATTRIBUTE_SPECS, type AttributeSpec } from "./attributes.ts";

export const CONDITION_OPS = ["eq", "in", "gte", "lte"] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

const scalar = z.union([z.string().min(1).max(200), z.number().finite()]);

const condition = z
  .object({
    attribute: z.string().min(1).max(40),
    op: z.enum(CONDITION_OPS),
    /** One value for eq, gte and lte; a list for in. */
    value: z.union([scalar, z.array(scalar).min(1).max(50)]),
  })
  .strict();

const persona = z
  .object({
    key: modelKey,
    name: z.string().trim().min(1).max(100),
    description: z.string().max(1000).default(""),
    when: z.object({ all: z.array(condition).min(1).max(20) }).strict(),
  })
  .strict();

export const personaRuleSetSchema = z
  .object({
    key: modelKey,
    name: z.string().trim().min(1).max(200),
    personas: z.array(persona).min(1).max(50),
    default: modelKey,
  })
  .strict()
  .superRefine((rs, ctx) => {
    const keys = rs.personas.map((p) => p.key);
    rs.personas.forEach((p, i) => {
      if (keys.indexOf(p.key) !== i)
        ctx.addIssue({ code: "custom", path: ["personas", i, "key"], message: `duplicate persona key "${p.key}"` });
      p.when.all.forEach((c, k) => {
        const problem = conditionProblem(c);
        if (problem) ctx.addIssue({ code: "custom", path: ["personas", i, "when", "all", k, ...problem.path], message: problem.message });
      });
    });
    if (!keys.includes(rs.default))
      ctx.addIssue({ code: "custom", path: ["default"], message: `"${rs.default}" is not a persona key; one of ${keys.join(", ")}` });
  });

export type PersonaRuleSet = z.infer<typeof personaRuleSetSchema>;
export type PersonaCondition = z.infer<typeof condition>;

type Problem = { path: (string | number)[]; message: string } | null;

/** Why a condition can never be evaluated as written (unknown attribute, wrong op or value), and where, or null. */
function conditionProblem(c: PersonaCondition): Problem {
  const spec = ATTRIBUTE_SPECS.get(c.attribute);
  if (!spec)
    return { path: ["attribute"], message: `unknown attribute "${c.attribute}"; one of ${[...ATTRIBUTE_SPECS.keys()].join(", ")}` };
  if (c.op === "in") {
    if (!Array.isArray(c.value)) return { path: ["value"], message: "in compares with a list of values" };
    for (const [k, v] of c.value.entries()) {
      const problem = valueProblem(spec, c.attribute, v);
      if (problem) return { path: ["value", k], message: problem };
    }
    return null;
  }
  if (Array.isArray(c.value)) return { path: ["value"], message: `${c.op} compares with one value; use in for a list` };
  if ((c.op === "gte" || c.op === "lte") && spec.kind !== "number")
    return { path: ["op"], message: `${c.op} compares numbers; ${c.attribute} is not a number (use eq or in)` };
  const problem = valueProblem(spec, c.attribute, c.value);
  return problem ? { path: ["value"], message: problem } : null;
}

function valueProblem(spec: AttributeSpec, attribute: string, v: string | number): string | null {
  switch (spec.kind) {
    case "choice":
      return typeof v === "string" && spec.options.includes(v) ? null : `not an option of ${attribute}; one of ${spec.options.join(", ")}`;
    case "number":
      return typeof v === "number" && v >= spec.min && v <= spec.max ? null : `${attribute} is a number from ${spec.min} to ${spec.max}`;
    case "text":
      return typeof v === "string" ? null : `${attribute} is text`;
  }
}
