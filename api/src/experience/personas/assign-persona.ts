/**
 * Which persona a profile gets under a rule set, and why: the first persona all of whose
 * conditions hold, else the rule set's default. A condition on a missing attribute never holds.
 */
import type { AnswerValue } from "../../field/surveys/answer-sheet.ts";
import type { Profile, ProfileSource, ProfileValue } from "./profile.ts";
import type { PersonaCondition, PersonaRuleSet } from "./rule-set.ts";

export interface MatchedCondition extends PersonaCondition {
  /** The profile value the condition held for, and where it came from. */
  actual: AnswerValue;
  source: ProfileSource;
  detail: string;
}

export interface UsedValue {
  attribute: string;
  /** Null when the profile has no value for the attribute. */
  value: AnswerValue | null;
  source: ProfileSource | null;
  detail: string | null;
}

export interface PersonaAssignment {
  persona: string;
  /** True when no persona matched and the rule set's default was given. */
  default: boolean;
  /** The conditions of the persona given (all held); empty for the default. */
  conditions: MatchedCondition[];
  /** Every attribute the rule set reads, in the order of first use, with the profile's value. */
  profile: UsedValue[];
}

export function holds(c: PersonaCondition, v: ProfileValue | undefined): boolean {
  if (v === undefined) return false;
  const wanted = Array.isArray(c.value) ? c.value : [c.value];
  const actual = v.value;
  if (Array.isArray(actual)) return (c.op === "eq" || c.op === "in") && actual.some((x) => wanted.includes(x));
  switch (c.op) {
    case "eq":
    case "in":
      return wanted.includes(actual);
    case "gte":
      return typeof actual === "number" && typeof c.value === "number" && actual >= c.value;
    case "lte":
      return typeof actual === "number" && typeof c.value === "number" && actual <= c.value;
  }
}

export function assignPersona(profile: Profile, ruleSet: PersonaRuleSet): PersonaAssignment {
  const attributes = [...new Set(ruleSet.personas.flatMap((p) => p.when.all.map((c) => c.attribute)))];
  const used = attributes.map((attribute): UsedValue => {
    const v = profile[attribute];
    return { attribute, value: v?.value ?? null, source: v?.source ?? null, detail: v?.detail ?? null };
  });
  const winner = ruleSet.personas.find((p) => p.when.all.every((c) => holds(c, profile[c.attribute])));
  if (!winner) return { persona: ruleSet.default, default: true, conditions: [], profile: used };
  return {
    persona: winner.key,
    default: false,
    conditions: winner.when.all.map((c) => {
      const v = profile[c.attribute]!;
      return { ...c, actual: v.value, source: v.source, detail: v.detail };
    }),
    profile: used,
  };
}
