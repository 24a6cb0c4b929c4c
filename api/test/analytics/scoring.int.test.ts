import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Scoring on the two-territory graph. The model's specialty component matches only this
 * fixture's unique specialty, so exactly its three HCPs reach segment A, whatever other HCPs the
 * shared test database holds.
 */
const f = useTwoTerritoryApi("scoring");
const name = `m${Math.random().toString(36).slice(2, 10)}`;

const definition = (aMin: number, fit = f.g.specialty) => ({
  name,
  description: "fixture specialty first",
  components: [
    {
      key: "fit",
      label: "Specialty fit",
      source: { kind: "attribute", field: "specialty" },
      transform: { kind: "bucket", buckets: [{ equals: fit, value: 1 }] },
      weight: 0.6,
    },
    {
      key: "trx",
      label: "TRx 2026-Q3",
      source: { kind: "rollup", metric: "TRX", period: "2026-Q3" },
      transform: { kind: "percentile" },
      weight: 0.3,
    },
    { key: "reach", label: "Reach", source: { kind: "influence", measure: "reach" }, transform: { kind: "minmax" }, weight: 0.1 },
  ],
  segmentation: {
    kind: "thresholds",
    thresholds: [
      { minScore: aMin, label: "A" },
      { minScore: 0, label: "C" },
    ],
  },
  flags: [{ flag: "FIT", when: { measure: "score", op: ">=", value: 60 } }],
});

const SAVE = `mutation($d: String!) { saveScoringModel(definition: $d) { name version status } }`;
const SIMULATE = `query($n: String!, $v: Int!) { simulateScoringModel(name: $n, version: $v) { activeVersion hcps changed draftCounts { segment hcps } activeCounts { segment hcps } migration { from to hcps } } }`;
const ACTIVATE = `mutation($n: String!, $v: Int!) { activateScoringModel(name: $n, version: $v) { hcps counts { segment hcps } } }`;
const SCORES = `query($id: ID!) { hcps(where: { id: { eq: $id } }) { scores { model version score segment flags explanation { key contribution missing value } } } }`;

describe("scoring models", () => {
  it("validates definitions with field paths; only ANALYST and ADMIN write", async () => {
    const bad = await f.api.as(f.g.users.analyst, SAVE, {
      d: JSON.stringify({ ...definition(50), components: [{ ...definition(50).components[0], weight: 2 }] }),
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["definition", "components", 0, "weight"] });
    const notJson = await f.api.as(f.g.users.analyst, SAVE, { d: "{" });
    expect(notJson.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const user of [f.g.users.rep1, f.g.users.kam, f.g.users.steward]) {
      expect((await f.api.as(user, SAVE, { d: JSON.stringify(definition(50)) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("simulates a draft, activation stores what the simulation counted, explanations sum to scores", async () => {
    const saved = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(definition(50)) });
    expect(saved.data!.saveScoringModel).toEqual({ name, version: 1, status: "DRAFT" });
    const sim = (await f.api.as(f.g.users.analyst, SIMULATE, { n: name, v: 1 })).data!.simulateScoringModel;
    expect(sim.activeVersion).toBeNull();
    const simulatedA = sim.draftCounts.find((c: any) => c.segment === "A").hcps;
    expect(simulatedA).toBe(3);
    expect(sim.migration.every((m: any) => m.from === "(none)")).toBe(true);

    const act = (await f.api.as(f.g.users.admin, ACTIVATE, { n: name, v: 1 })).data!.activateScoringModel;
    expect(act.counts.find((c: any) => c.segment === "A").hcps).toBe(simulatedA);
    const { records } = await f.driver.executeQuery("MATCH (s:Score {model: $name, segment: 'A'}) RETURN collect(s.subjectId) AS ids", {
      name,
    });
    expect((records[0]!.get("ids") as string[]).sort()).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b, f.g.ids.hcp2].sort());

    const scores = (await f.api.as(f.g.users.kam, SCORES, { id: f.g.ids.hcp1b })).data!.hcps[0].scores;
    const s = scores.find((x: any) => x.model === name);
    expect(s).toMatchObject({ version: 1, segment: "A", flags: ["FIT"] });
    expect(s.explanation.reduce((sum: number, e: any) => sum + e.contribution, 0)).toBe(s.score);
    // HCP1b has no TRX value: excluded from the percentile base, contributes 0.
    expect(s.explanation.find((e: any) => e.key === "trx")).toEqual({ key: "trx", contribution: 0, missing: true, value: null });
  });

  it("a new version is simulated against the active one; activated versions are immutable", async () => {
    const v2 = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(definition(50, "No Such Specialty")) });
    expect(v2.data!.saveScoringModel).toEqual({ name, version: 2, status: "DRAFT" });
    const sim = (await f.api.as(f.g.users.analyst, SIMULATE, { n: name, v: 2 })).data!.simulateScoringModel;
    expect(sim.activeVersion).toBe(1);
    // Without the specialty fit nobody reaches 50: the fixture's HCPs move A -> C.
    expect(sim.migration.find((m: any) => m.from === "A" && m.to === "C").hcps).toBe(3);
    await f.api.as(f.g.users.analyst, ACTIVATE, { n: name, v: 2 });
    const models = (await f.api.as(f.g.users.kam, `query($n: String) { scoringModels(name: $n) { version status } }`, { n: name })).data!
      .scoringModels;
    expect(models).toEqual([
      { version: 2, status: "ACTIVE" },
      { version: 1, status: "RETIRED" },
    ]);
    const again = await f.api.as(f.g.users.analyst, ACTIVATE, { n: name, v: 1 });
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await f.api.as(f.g.users.analyst, ACTIVATE, { n: name, v: 9 });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
