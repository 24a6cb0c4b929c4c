import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * The two-territory graph's influence: HCP1a -> HCP2 (0.9, KOL), HCP1a -> HCP1b (0.6), HCP2 -> HCP1b (0.3);
 * TRX 2026-Q3: HCP1a 100, HCP2 100. The recomputation covers every HCP in the database.
 */
const f = useTwoTerritoryApi("influence");

const RECOMPUTE = `mutation { recomputeInfluence(metric: TRX, period: "2026-Q3") { runId hcps edges iterations valueMetric valuePeriod } }`;
const RUNS = `{ influenceRuns(limit: 100) { id status phase current actor written hcps } }`;
const MEASURES = `query($ids: [ID!]!) { hcps(where: { id: { in: $ids } }) { id pagerank influencePercentile reach networkValue } }`;

describe("influence measures", () => {
  it("only ANALYST and ADMIN may recompute", async () => {
    for (const user of [f.g.users.rep1, f.g.users.kam, f.g.users.steward, f.g.users.manager]) {
      const res = await f.api.as(user, RECOMPUTE);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("stores PageRank, percentile within specialty, two-hop reach and network value on the HCPs", async () => {
    const res = await f.api.as(f.g.users.analyst, RECOMPUTE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recomputeInfluence).toMatchObject({ valueMetric: "TRX", valuePeriod: "2026-Q3" });
    expect(res.data!.recomputeInfluence.hcps).toBeGreaterThanOrEqual(3);

    const ids = [f.g.ids.hcp1a, f.g.ids.hcp1b, f.g.ids.hcp2];
    const read = await f.api.as(f.g.users.kam, MEASURES, { ids });
    const by = Object.fromEntries(read.data!.hcps.map((h: any) => [h.id, h]));
    const [a, b, c] = [by[f.g.ids.hcp1a], by[f.g.ids.hcp1b], by[f.g.ids.hcp2]];
    // HCP1a influences both others: rank flows to it; HCP1b influences nobody.
    expect(a.pagerank).toBeGreaterThan(c.pagerank);
    expect(c.pagerank).toBeGreaterThan(b.pagerank);
    // The three share a specialty no other test uses: percentiles 100, 66.7, 33.3.
    expect([a.influencePercentile, c.influencePercentile, b.influencePercentile].map((p: number) => Math.round(p * 10) / 10)).toEqual([
      100, 66.7, 33.3,
    ]);
    expect([a.reach, c.reach, b.reach]).toEqual([2, 1, 0]);
    // HCP1a: 0.9 x HCP2's 100 + 0.6 x HCP1b's (none); HCP2: 0.3 x HCP1b's (none).
    expect([a.networkValue, c.networkValue, b.networkValue]).toEqual([90, 0, 0]);
  });

  it("records every run; HCPs show the last complete one", async () => {
    const first = (await f.api.as(f.g.users.analyst, RECOMPUTE)).data!.recomputeInfluence;
    const second = (await f.api.as(f.g.users.admin, RECOMPUTE)).data!.recomputeInfluence;
    const runs = (await f.api.as(f.g.users.analyst, RUNS)).data!.influenceRuns as any[];
    const [a, b] = [runs.find((r) => r.id === first.runId), runs.find((r) => r.id === second.runId)];
    expect(a).toMatchObject({ status: "SUCCEEDED", phase: "DONE", current: false, actor: f.g.users.analyst, written: first.hcps });
    expect(b).toMatchObject({ status: "SUCCEEDED", phase: "DONE", current: true, actor: f.g.users.admin, written: second.hcps });
    expect((await f.api.as(f.g.users.kam, RUNS)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
