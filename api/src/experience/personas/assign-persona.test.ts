import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATTRIBUTE_SPECS } from "./attributes.ts";
import { assignPersona } from "./assign-persona.ts";
import type { Profile, ProfileValue } from "./profile.ts";
import { type PersonaCondition, type PersonaRuleSet, personaRuleSetSchema } from "./rule-set.ts";

const survey = (value: ProfileValue["value"]): ProfileValue => ({ value, source: "SURVEY", detail: "persona-profile v1 answer" });

const RULES: PersonaRuleSet = personaRuleSetSchema.parse({
  key: "core",
  name: "Core personas",
  personas: [
    {
      key: "scientist",
      name: "Hospital scientist",
      when: {
        all: [
          { attribute: "practice_setting", op: "eq", value: "HOSPITAL" },
          { attribute: "preferred_content", op: "in", value: ["SCIENTIFIC", "INNOVATION"] },
        ],
      },
    },
    { key: "fan", name: "Fan", when: { all: [{ attribute: "company_view", op: "gte", value: 4 }] } },
    { key: "cme", name: "CME seeker", when: { all: [{ attribute: "expectations", op: "eq", value: "CME_SUPPORT" }] } },
  ],
  default: "fan",
});

describe("assignPersona", () => {
  it("the first persona whose conditions all hold wins, with each condition's value and source", () => {
    const profile: Profile = {
      practice_setting: { value: "HOSPITAL", source: "FALLBACK", detail: "main account A is a HOSPITAL" },
      preferred_content: survey("SCIENTIFIC"),
      company_view: survey(5),
    };
    const a = assignPersona(profile, RULES);
    expect(a.persona).toBe("scientist");
    expect(a.default).toBe(false);
    expect(a.conditions).toEqual([
      {
        attribute: "practice_setting",
        op: "eq",
        value: "HOSPITAL",
        actual: "HOSPITAL",
        source: "FALLBACK",
        detail: "main account A is a HOSPITAL",
      },
      {
        attribute: "preferred_content",
        op: "in",
        value: ["SCIENTIFIC", "INNOVATION"],
        actual: "SCIENTIFIC",
        source: "SURVEY",
        detail: "persona-profile v1 answer",
      },
    ]);
    expect(a.profile.map((u) => [u.attribute, u.value, u.source])).toEqual([
      ["practice_setting", "HOSPITAL", "FALLBACK"],
      ["preferred_content", "SCIENTIFIC", "SURVEY"],
      ["company_view", 5, "SURVEY"],
      ["expectations", null, null],
    ]);
  });

  it("a later persona matches when an earlier one fails; multiple choices match on any chosen option", () => {
    expect(assignPersona({ practice_setting: survey("PRIVATE_PRACTICE"), company_view: survey(4) }, RULES).persona).toBe("fan");
    expect(assignPersona({ company_view: survey(3), expectations: survey(["RELIABILITY", "CME_SUPPORT"]) }, RULES).persona).toBe("cme");
  });

  it("missing attributes never match: an empty profile gets the default, without conditions", () => {
    const a = assignPersona({ preferred_content: survey("SCIENTIFIC") }, RULES);
    expect(a).toMatchObject({ persona: "fan", default: true, conditions: [] });
    expect(a.profile.find((u) => u.attribute === "practice_setting")).toEqual({
      attribute: "practice_setting",
      value: null,
      source: null,
      detail: null,
    });
    expect(assignPersona({}, RULES).persona).toBe("fan");
  });

  it("gte and lte include their bound; HCP fields take part like answers", () => {
    const rules = personaRuleSetSchema.parse({
      key: "edges",
      name: "Edges",
      personas: [
        {
          key: "critic",
          name: "Critic",
          when: {
            all: [
              { attribute: "competitor_view", op: "lte", value: 2 },
              { attribute: "specialty", op: "eq", value: "Cardiology" },
            ],
          },
        },
      ],
      default: "critic",
    });
    const hcp = { value: "Cardiology", source: "HCP", detail: "HCP specialty" } as const;
    expect(assignPersona({ competitor_view: survey(2), specialty: hcp }, rules).default).toBe(false);
    expect(assignPersona({ competitor_view: survey(3), specialty: hcp }, rules).default).toBe(true);
  });
});

describe("rule set definitions", () => {
  it("name the field path of each problem", () => {
    const bad = personaRuleSetSchema.safeParse({
      key: "bad",
      name: "Bad",
      personas: [
        { key: "a", name: "A", when: { all: [{ attribute: "practice_setting", op: "eq", value: "CASTLE" }] } },
        { key: "b", name: "B", when: { all: [{ attribute: "preferred_channel", op: "gte", value: 3 }] } },
        {
          key: "c",
          name: "C",
          when: {
            all: [
              { attribute: "mood", op: "eq", value: "x" },
              { attribute: "company_view", op: "in", value: [2, 9] },
            ],
          },
        },
        { key: "a", name: "A again", when: { all: [{ attribute: "specialty", op: "eq", value: ["x"] }] } },
      ],
      default: "z",
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual([
      "personas.0.when.all.0.value",
      "personas.1.when.all.0.op",
      "personas.2.when.all.0.attribute",
      "personas.2.when.all.1.value.1",
      "personas.3.key",
      "personas.3.when.all.0.value",
      "default",
    ]);
  });
});

/** Survey attributes and specialty, with a value generator each (lat and lon are left to the examples above). */
const ATTRIBUTES = [...ATTRIBUTE_SPECS].filter(([, s]) => s.kind !== "number" || s.max <= 10);
const SPECIALTIES = ["Cardiology", "Oncology", "Neurology"];
const scalarOf = (attribute: string): fc.Arbitrary<string | number> => {
  const spec = ATTRIBUTE_SPECS.get(attribute)!;
  if (spec.kind === "choice") return fc.constantFrom(...spec.options);
  if (spec.kind === "number") return fc.integer({ min: spec.min, max: spec.max });
  return fc.constantFrom(...SPECIALTIES);
};

const profileArb: fc.Arbitrary<Profile> = fc
  .tuple(
    ...ATTRIBUTES.map(([attribute, spec]) =>
      fc.option<ProfileValue["value"]>(
        spec.kind === "choice" && spec.multiple ? fc.uniqueArray(fc.constantFrom(...spec.options), { minLength: 1 }) : scalarOf(attribute),
        { nil: undefined },
      ),
    ),
  )
  .map((values) =>
    Object.fromEntries(
      values.flatMap((v, i) =>
        v === undefined ? [] : [[ATTRIBUTES[i]![0], { value: v, source: "SURVEY", detail: "answer" } as ProfileValue]],
      ),
    ),
  );

const conditionArb: fc.Arbitrary<PersonaCondition> = fc.constantFrom(...ATTRIBUTES.map(([a]) => a)).chain((attribute) => {
  const numeric = ATTRIBUTE_SPECS.get(attribute)!.kind === "number";
  return fc.oneof(
    scalarOf(attribute).map((value) => ({ attribute, op: "eq" as const, value })),
    fc.uniqueArray(scalarOf(attribute), { minLength: 1, maxLength: 3 }).map((value) => ({ attribute, op: "in" as const, value })),
    ...(numeric
      ? [fc.constantFrom("gte" as const, "lte" as const).chain((op) => scalarOf(attribute).map((value) => ({ attribute, op, value })))]
      : []),
  );
});

const ruleSetArb: fc.Arbitrary<PersonaRuleSet> = fc
  .array(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .chain((whens) =>
    fc.nat({ max: whens.length - 1 }).map((d) =>
      personaRuleSetSchema.parse({
        key: "random",
        name: "Random",
        personas: whens.map((all, i) => ({ key: `p${i}`, name: `P${i}`, when: { all } })),
        default: `p${d}`,
      }),
    ),
  );

/** Brute force: every condition of every persona evaluated as "is some value the HCP has in the condition's set of accepted values". */
function reference(profile: Profile, rs: PersonaRuleSet): string {
  const accepted = (c: PersonaCondition, x: string | number) =>
    c.op === "eq"
      ? x === c.value
      : c.op === "in"
        ? (c.value as (string | number)[]).some((w) => w === x)
        : typeof x === "number" && (c.op === "gte" ? !(x < (c.value as number)) : !(x > (c.value as number)));
  const matching = rs.personas.map(
    (p) =>
      p.when.all.filter((c) => {
        const v = profile[c.attribute];
        if (!v) return false;
        const values = Array.isArray(v.value) ? v.value : [v.value];
        return values.some((x) => accepted(c, x) && (!Array.isArray(v.value) || c.op === "eq" || c.op === "in"));
      }).length === p.when.all.length,
  );
  const first = matching.indexOf(true);
  return first === -1 ? rs.default : rs.personas[first]!.key;
}

describe("assignPersona (property)", () => {
  it("agrees with the brute-force reference, and its explanation holds the winner's conditions with the profile's values", () => {
    fc.assert(
      fc.property(profileArb, ruleSetArb, (profile, rs) => {
        const a = assignPersona(profile, rs);
        expect(a.persona).toBe(reference(profile, rs));
        const winner = rs.personas.find((p) => p.key === a.persona)!;
        if (a.default) expect(a.conditions).toEqual([]);
        else
          expect(a.conditions.map(({ actual, source, detail, ...c }) => [c, actual])).toEqual(
            winner.when.all.map((c) => [c, profile[c.attribute]!.value]),
          );
        for (const u of a.profile) expect(u.value).toEqual(profile[u.attribute]?.value ?? null);
      }),
      { numRuns: 500 },
    );
  });
});
