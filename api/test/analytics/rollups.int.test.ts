import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/ingest/run-import.ts";
import { driverRunner } from "../../src/db/cypher-runner.ts";
import { materializeRollups } from "../../src/analytics/rollup-store/materialize.ts";
import { refreshRollups } from "../../src/analytics/rollup-store/refresh.ts";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Roll-ups on the two-territory graph for a period no other test uses. Own TRX values:
 * HCP1a 100 (-> ACC1 1.0), HCP1b 50 (-> ACC1 0.5, ACC2 0.5), HCP2 80 (-> ACC2 1.0; ended 2010-2019 edge to ACC1), ACC2 10.
 * Expected today: ACC1 125, ACC2 115, ORG 240, NET 240.
 */
const f = useTwoTerritoryApi("rollup");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q${1 + Math.floor(Math.random() * 4)}`;
const mp = { metric: "TRX", period };

beforeAll(async () => {
  await addTrxValues(f.driver, f.g, period, { HCP1a: 100, HCP1b: 50, HCP2: 80, ACC2: 10 });
});

async function stored(): Promise<Record<string, number>> {
  const { records } = await f.driver.executeQuery(
    "MATCH (v:RollupValue {period: $period}) WHERE v.entityId STARTS WITH $p RETURN v.entityId AS id, v.value AS value",
    { period, p: f.g.prefix },
  );
  return Object.fromEntries(records.map((r) => [r.get("id"), r.get("value")]));
}

const ROLLUPS = `query($id: ID!, $period: String!, $asOf: Date) {
  organizations(where: { id: { eq: $id } }) { rollup(metric: TRX, period: $period, asOf: $asOf)
    accounts { id rollup(metric: TRX, period: $period, asOf: $asOf) } } }`;

describe("roll-ups through the hierarchy", () => {
  it("computed on demand before materialization, equal to the hand-computed values", async () => {
    const res = await f.api.as(f.g.users.kam, ROLLUPS, { id: f.g.ids.org, period });
    expect(res.errors).toBeUndefined();
    const org = res.data!.organizations[0];
    expect(org.rollup).toBe(240);
    expect(Object.fromEntries(org.accounts.map((a: any) => [a.id, a.rollup]))).toEqual({ [f.g.ids.acc1]: 125, [f.g.ids.acc2]: 115 });
  });

  it("materializes every level, with the conservation check and per-level unallocated value", async () => {
    const summary = await materializeRollups(f.driver, mp);
    expect(summary.conservation.ok).toBe(true);
    expect(summary.written).toBeGreaterThanOrEqual(4);
    expect(await stored()).toEqual({ [f.g.ids.acc1]: 125, [f.g.ids.acc2]: 115, [f.g.ids.org]: 240, [f.g.ids.net]: 240 });
    // Materializing again leaves them as they are (other test files may add entities meanwhile).
    await materializeRollups(f.driver, mp);
    expect(await stored()).toEqual({ [f.g.ids.acc1]: 125, [f.g.ids.acc2]: 115, [f.g.ids.org]: 240, [f.g.ids.net]: 240 });

    const gql = await f.api.as(
      f.g.users.analyst,
      `query($period: String!) { rollupSummary(metric: TRX, period: $period) { conservationOk totalOwn topTotal unallocated levels { level own unallocated } } }`,
      { period },
    );
    const s = gql.data!.rollupSummary;
    expect(s.conservationOk).toBe(true);
    expect(s.topTotal + s.unallocated).toBeCloseTo(s.totalOwn, 6);
  });

  it("as of a past date, over the edges valid then", async () => {
    // In 2015 only HCP2 -> ACC1 (2010-2019) existed; ACC1 was not yet under the organization.
    const res = await f.api.as(f.g.users.kam, ROLLUPS, { id: f.g.ids.org, period, asOf: "2015-06-01" });
    const org = res.data!.organizations[0];
    expect(org.rollup).toBe(0);
    expect(org.accounts.find((a: any) => a.id === f.g.ids.acc1).rollup).toBe(80);
  });

  it("hierarchy views carry roll-ups on nodes and flows on edges", async () => {
    const res = await f.api.as(
      f.g.users.kam,
      `query($id: ID!, $period: String!) { hierarchy(id: $id, metric: TRX, period: $period) { nodes { id rollup } edges { id flow } } }`,
      { id: f.g.ids.org, period },
    );
    const nodes = Object.fromEntries(res.data!.hierarchy.nodes.map((n: any) => [n.id, n.rollup]));
    const edges = Object.fromEntries(res.data!.hierarchy.edges.map((e: any) => [e.id.slice(f.g.prefix.length), e.flow]));
    expect(nodes[f.g.ids.org]).toBe(240);
    expect(nodes[f.g.ids.hcp1b]).toBe(50);
    expect(edges).toMatchObject({ "E-a1-org": 125, "E-a2-org": 115, "E-h1b-a1": 25, "E-h1b-a2": 25, "E-h2-a2": 80 });
  });

  it("refreshes incrementally after a reassignment, equal to a full recomputation", async () => {
    // HCP2 moves from ACC2 to ACC1.
    await f.driver.executeQuery(
      `MATCH (h:HCP {id: $p + 'HCP2'})-[old:AFFILIATED_WITH {id: $p + 'E-h2-a2'}]->(:Account)
       MATCH (a1:Account {id: $p + 'ACC1'})
       SET old.validTo = date() - duration('P1D')
       CREATE (h)-[:AFFILIATED_WITH {id: $p + 'E-h2-a1-new', weight: 1.0, primary: true, type: 'ATTENDING', validFrom: date(), version: 1}]->(a1)`,
      { p: f.g.prefix },
    );
    const refreshed = await refreshRollups(driverRunner(f.driver), [f.g.ids.acc1, f.g.ids.acc2]);
    expect(refreshed.recomputed).toBeGreaterThanOrEqual(4);
    const expected = { [f.g.ids.acc1]: 205, [f.g.ids.acc2]: 35, [f.g.ids.org]: 240, [f.g.ids.net]: 240 };
    expect(await stored()).toEqual(expected);
    await materializeRollups(f.driver, mp);
    expect(await stored()).toEqual(expected);
  });

  it("imports of metric values and affiliations refresh the materialized roll-ups", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rollup-import-"));
    const metrics = path.join(dir, "metrics.csv");
    writeFileSync(metrics, `entity_id,metric,period,value\n${f.g.ids.hcp1a},TRX,${period},160\n`);
    const s = await runImport(f.driver, {
      kind: "metrics",
      filePath: metrics,
      fileName: `${f.g.prefix}metrics.csv`,
      mode: "all-or-nothing",
      actor: f.g.users.steward,
    });
    expect(s).toMatchObject({ status: "SUCCEEDED", updated: 1 });
    // ACC1 gains 60 (HCP1a's full weight), and so do the organization and the network.
    expect(await stored()).toEqual({ [f.g.ids.acc1]: 265, [f.g.ids.acc2]: 35, [f.g.ids.org]: 300, [f.g.ids.net]: 300 });
  });

  it("roll-up tables for analysts, sorted and paged; not for REPs", async () => {
    const q = `query($period: String!, $asOf: Date) { rollupTable(level: ACCOUNT, metric: TRX, period: $period, asOf: $asOf, limit: 2) { total rows { id own rollup } } }`;
    const current = await f.api.as(f.g.users.analyst, q, { period });
    expect(current.data!.rollupTable.rows).toEqual([
      { id: f.g.ids.acc1, own: 0, rollup: 265 },
      { id: f.g.ids.acc2, own: 10, rollup: 35 },
    ]);
    const past = await f.api.as(f.g.users.analyst, q, { period, asOf: "2015-06-01" });
    expect(past.data!.rollupTable.rows[0]).toEqual({ id: f.g.ids.acc1, own: 0, rollup: 80 });
    const rep = await f.api.as(f.g.users.rep1, q, { period });
    expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await f.api.as(f.g.users.analyst, `{ rollupTable(level: ACCOUNT, metric: TRX, period: "Q3", limit: 0) { total } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
