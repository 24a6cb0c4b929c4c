import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * A REP's roll-ups count only what they may see: the own values of their territories' HCPs and
 * accounts. The fixture: HCP1a (territory 1) and HCP2 (territory 2) have TRX 100 each, both rolling
 * up to the organization; the organization gets an own value of its own here.
 */
const f = useTwoTerritoryApi("rollupscope");

const ORG_ROLLUP = `query($id: ID!, $asOf: Date) { organizations(where: { id: { eq: $id } }) { rollup(metric: TRX, period: "2026-Q3", asOf: $asOf) } }`;
const HIERARCHY = `query($id: ID!) { hierarchy(id: $id, depthUp: 0, depthDown: 1, metric: TRX, period: "2026-Q3") { nodes { id rollup } edges { source target flow } } }`;

beforeAll(async () => {
  await f.driver.executeQuery(
    "MATCH (o:Organization {id: $id}) CREATE (o)-[:HAS_METRIC]->(:MetricValue {id: $id + '|TRX|2026-Q3', entityId: $id, metric: 'TRX', period: '2026-Q3', value: 7.0})",
    { id: f.g.ids.org },
  );
});

describe("roll-ups a REP reads", () => {
  it("regression: an organization's roll-up for a REP leaves out other territories and the organization's own value, at any date", async () => {
    const rollup = async (user: string, asOf: string | null) =>
      (await f.api.as(user, ORG_ROLLUP, { id: f.g.ids.org, asOf })).data!.organizations[0].rollup as number;

    expect(await rollup(f.g.users.kam, null)).toBe(207);
    expect(await rollup(f.g.users.rep1, null)).toBe(100);
    // Before any edge was in effect, the roll-up is the organization's own value, which REPs may not see.
    expect(await rollup(f.g.users.kam, "2000-01-01")).toBe(7);
    expect(await rollup(f.g.users.rep1, "2000-01-01")).toBe(0);
  });

  it("the hierarchy view shows a REP roll-ups and flows of their territories only", async () => {
    const view = async (user: string) => (await f.api.as(user, HIERARCHY, { id: f.g.ids.org })).data!.hierarchy;
    const kam = await view(f.g.users.kam);
    const rep = await view(f.g.users.rep1);
    const rollupOf = (v: { nodes: { id: string; rollup: number }[] }, id: string) => v.nodes.find((n) => n.id === id)?.rollup;
    expect(rollupOf(kam, f.g.ids.org)).toBe(207);
    expect(rollupOf(rep, f.g.ids.org)).toBe(100);
    expect(rollupOf(rep, f.g.ids.acc1)).toBe(100);
    expect(rep.nodes.map((n: { id: string }) => n.id)).not.toContain(f.g.ids.acc2);
  });
});
