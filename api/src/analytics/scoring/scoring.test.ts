import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoringModelSchema, type ScoringModel } from "./model.ts";
import { scoreAll } from "./score.ts";
import { simulate } from "./simulate.ts";
import { transformColumn } from "./transforms.ts";

const model = (over: Partial<ScoringModel> = {}): ScoringModel =>
  scoringModelSchema.parse({
    name: "core",
    components: [
      {
        key: "trx",
        label: "TRx volume",
        source: { kind: "rollup", metric: "TRX", period: "2026-Q3" },
        transform: { kind: "percentile" },
        weight: 0.5,
      },
      {
        key: "influence",
        label: "Influence",
        source: { kind: "influence", measure: "influencePercentile" },
        transform: { kind: "minmax" },
        weight: 0.3,
      },
      {
        key: "specialty",
        label: "Specialty fit",
        source: { kind: "attribute", field: "specialty" },
        transform: {
          kind: "bucket",
          buckets: [
            { equals: "Cardiology", value: 1 },
            { equals: "Oncology", value: 0.5 },
          ],
        },
        weight: 0.2,
      },
    ],
    segmentation: {
      kind: "thresholds",
      thresholds: [
        { minScore: 70, label: "A" },
        { minScore: 40, label: "B" },
        { minScore: 0, label: "C" },
      ],
    },
    flags: [{ flag: "KOL", when: { measure: "influence", op: ">=", value: 95 } }],
    ...over,
  });

describe("scoring model validation", () => {
  it("reports problems with their field paths", () => {
    const bad = scoringModelSchema.safeParse({
      name: "Core model",
      components: [
        { key: "a", label: "A", source: { kind: "rollup", metric: "TRX", period: "Q3" }, transform: { kind: "percentile" }, weight: 0.7 },
        {
          key: "a",
          label: "A2",
          source: { kind: "influence", measure: "fame" },
          transform: { kind: "bucket", buckets: [{ value: 1 }] },
          weight: 0.2,
        },
      ],
      segmentation: { kind: "matrix", value: "score", potential: "nope", valueCuts: [50], potentialCuts: [50], labels: [["A", "B"]] },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["name", "components.0.source.period", "components.1.source.measure", "components.1.transform.buckets.0"]),
    );
    const refined = scoringModelSchema.safeParse({
      ...model(),
      components: [...model().components.slice(0, 2), { ...model().components[0]!, key: "trx" }],
    });
    expect(refined.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["components.2.key", 'duplicate component key "trx"'],
        ["components", "weights must sum to 1, not 1.3"],
      ]),
    );
  });
});

describe("subjects", () => {
  const issue = (definition: unknown) => {
    const r = scoringModelSchema.safeParse(definition);
    return r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  const single = (subject: string | undefined, source: unknown) => ({
    name: "subject",
    ...(subject ? { subject } : {}),
    components: [{ key: "c", label: "C", source, transform: { kind: "minmax" }, weight: 1 }],
    segmentation: { kind: "deciles" },
  });

  it("defaults to HCP, so definitions saved before subjects existed keep their meaning", () => {
    expect(model().subject).toBe("HCP");
    expect(issue(single(undefined, { kind: "attribute", field: "specialty" }))).toBeNull();
  });

  it("reads each subject's own attributes only, naming the field and the allowed ones", () => {
    expect(issue(single("ACCOUNT", { kind: "attribute", field: "kind" }))).toBeNull();
    expect(issue(single("ORGANIZATION", { kind: "attribute", field: "state" }))).toBeNull();
    expect(issue(single("ACCOUNT", { kind: "attribute", field: "specialty" }))).toEqual([
      ["components.0.source.field", '"specialty" is not an attribute of ACCOUNT subjects; one of kind, city, state, zip, lat, lon'],
    ]);
    expect(issue(single(undefined, { kind: "attribute", field: "kind" }))?.[0]?.[0]).toBe("components.0.source.field");
    expect(issue(single("ORGANIZATION", { kind: "attribute", field: "lat" }))?.[0]?.[1]).toMatch(/one of kind, state$/);
  });

  it("surveys are about HCPs and accounts; an account's or organization's influence needs an aggregate, an HCP's has none", () => {
    expect(issue(single("ACCOUNT", { kind: "survey", question: "profile.beds" }))).toBeNull();
    expect(issue(single("ORGANIZATION", { kind: "survey", question: "profile.beds" }))).toEqual([
      ["components.0.source.kind", "surveys are about HCP and ACCOUNT subjects, not ORGANIZATION"],
    ]);
    expect(issue(single("ORGANIZATION", { kind: "influence", measure: "reach", aggregate: "mean" }))).toBeNull();
    expect(issue(single("ACCOUNT", { kind: "influence", measure: "reach" }))).toEqual([
      ["components.0.source.aggregate", "ACCOUNT models combine the influence of their HCPs: aggregate must be sum, max, mean"],
    ]);
    expect(issue(single("HCP", { kind: "influence", measure: "reach", aggregate: "max" }))?.[0]?.[0]).toBe("components.0.source.aggregate");
    expect(issue(single("ACCOUNT", { kind: "influence", measure: "reach", aggregate: "median" }))?.[0]?.[0]).toBe(
      "components.0.source.aggregate",
    );
    expect(issue(single("NETWORK", { kind: "attribute", field: "kind" }))?.[0]?.[0]).toBe("subject");
  });
});

describe("transforms", () => {
  it("percentile: share of present values at most this one, ties share the highest, missing excluded", () => {
    expect(transformColumn({ kind: "percentile" }, [10, null, 30, 20, 20])).toEqual([0.25, null, 1, 0.75, 0.75]);
  });
  it("min-max and z-score map onto 0..1; constant columns give 0.5", () => {
    expect(transformColumn({ kind: "minmax" }, [5, 15, null, 10])).toEqual([0, 1, null, 0.5]);
    expect(transformColumn({ kind: "minmax" }, [7, 7])).toEqual([0.5, 0.5]);
    const z = transformColumn({ kind: "zscore", clip: 2 }, [0, 10, 20, null]);
    expect(z[1]).toBe(0.5);
    expect(z[0]!).toBeCloseTo((2 - Math.sqrt(1.5)) / 4, 12);
    expect(transformColumn({ kind: "zscore", clip: 3 }, [4, 4])).toEqual([0.5, 0.5]);
  });
  it("bucket maps text by equality and numbers by upper bound; no match is missing", () => {
    expect(
      transformColumn(
        {
          kind: "bucket",
          buckets: [
            { upTo: 10, value: 0.2 },
            { upTo: 100, value: 0.9 },
          ],
        },
        [5, 50, 500, null],
      ),
    ).toEqual([0.2, 0.9, null, null]);
  });
});

describe("scores, segments and flags", () => {
  it("explains every score by component; missing data contributes 0 and is marked", () => {
    const [a, b] = scoreAll(model(), ["h1", "h2"], { trx: [100, null], influence: [99, 50], specialty: ["Cardiology", "Dermatology"] });
    expect(a!.explanation.map((e) => [e.key, e.value, e.contribution, e.missing])).toEqual([
      ["trx", 1, 50, false],
      ["influence", 1, 30, false],
      ["specialty", 1, 20, false],
    ]);
    expect(a).toMatchObject({ score: 100, segment: "A", flags: ["KOL"] });
    expect(b!.explanation.map((e) => [e.key, e.contribution, e.missing])).toEqual([
      ["trx", 0, true],
      ["influence", 0, false],
      ["specialty", 0, true],
    ]);
    expect(b).toMatchObject({ score: 0, segment: "C", flags: [] });
  });

  it("deciles split by score with ties broken by id", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `h${String(i).padStart(2, "0")}`);
    const scores = scoreAll(model({ segmentation: { kind: "deciles" } }), ids, {
      trx: ids.map((_, i) => i),
      influence: ids.map(() => 1),
      specialty: ids.map(() => "x"),
    });
    expect(scores.filter((s) => s.segment === "D1").map((s) => s.id)).toEqual(["h18", "h19"]);
    expect(scores.filter((s) => s.segment === "D10").map((s) => s.id)).toEqual(["h00", "h01"]);
  });

  it("a value x potential matrix maps cells to labels", () => {
    const m = model({
      segmentation: {
        kind: "matrix",
        value: "trx",
        potential: "influence",
        valueCuts: [60],
        potentialCuts: [50],
        labels: [
          ["D", "C"],
          ["B", "A"],
        ],
      },
    });
    const s = scoreAll(m, ["lo-lo", "hi-lo", "lo-hi", "hi-hi"], {
      trx: [1, 4, 2, 3],
      influence: [0, 10, 100, 100],
      specialty: [null, null, null, null],
    });
    expect(s.map((x) => x.segment)).toEqual(["D", "B", "C", "A"]);
  });

  const rows = fc.array(
    fc.record({
      trx: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
      inf: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      sp: fc.constantFrom("Cardiology", "Oncology", "Other", null),
    }),
    { minLength: 1, maxLength: 60 },
  );

  it("explanations sum exactly to scores; never NaN (property)", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const ids = data.map((_, i) => `h${i}`);
        for (const s of scoreAll(model(), ids, {
          trx: data.map((d) => d.trx),
          influence: data.map((d) => d.inf),
          specialty: data.map((d) => d.sp),
        })) {
          expect(s.explanation.reduce((sum, e) => sum + e.contribution, 0)).toBe(s.score);
          expect(Number.isFinite(s.score) && s.score >= 0 && s.score <= 100 + 1e-9).toBe(true);
        }
      }),
    );
  });

  it("is deterministic whatever the row order (property)", () => {
    fc.assert(
      fc.property(rows, fc.integer(), (data, seed) => {
        const ids = data.map((_, i) => `h${i}`);
        const cols = (order: number[]) => ({
          trx: order.map((i) => data[i]!.trx),
          influence: order.map((i) => data[i]!.inf),
          specialty: order.map((i) => data[i]!.sp),
        });
        const natural = data.map((_, i) => i);
        const shuffled = [...natural].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const m = model({ segmentation: { kind: "deciles" } });
        const first = new Map(
          scoreAll(
            m,
            natural.map((i) => ids[i]!),
            cols(natural),
          ).map((s) => [s.id, s]),
        );
        for (const s of scoreAll(
          m,
          shuffled.map((i) => ids[i]!),
          cols(shuffled),
        ))
          expect(s).toEqual(first.get(s.id));
      }),
    );
  });
});

describe("simulation", () => {
  it("migration matrix against the active segments; counts add up; an identical draft moves nobody", () => {
    const ids = ["h1", "h2", "h3", "h4"];
    const draft = scoreAll(model(), ids, {
      trx: [1, 2, 3, 4],
      influence: [0, 50, 90, 100],
      specialty: ["Cardiology", null, "Oncology", "Cardiology"],
    });
    const segments = { ids: draft.map((s) => s.id), segment: draft.map((s) => s.segment) };
    const sim = simulate(
      new Map([
        ["h1", "A"],
        ["h2", "B"],
        ["h3", "B"],
      ]),
      segments,
    );
    expect(sim.subjects).toBe(4);
    expect(sim.migration.reduce((s, c) => s + c.subjects, 0)).toBe(4);
    expect(sim.activeCounts).toEqual({ A: 1, B: 2, "(none)": 1 });
    const same = simulate(new Map(draft.map((s) => [s.id, s.segment])), segments);
    expect(same.changed).toBe(0);
    expect(same.migration.every((c) => c.from === c.to)).toBe(true);
  });
});
