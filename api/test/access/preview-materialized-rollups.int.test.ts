import { beforeAll, describe, expect, it } from "vitest";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * A change preview reads the materialized roll-ups, which count everything: rep1 previewing a
 * change to their own HCP's edge reads the organization's and network's roll-ups with HCP2's and
 * ACC2's values (territory 2) in them. Its before and after must be what the REP's own `rollup`
 * field says. (A pending request's `preview` is the same code.)
 */
const f = useTwoTerritoryApi("previewrollups");
const PERIOD = "2036-Q1";

beforeAll(async () => {
  await addTrxValues(f.driver, f.g, PERIOD, { HCP1a: 10, HCP2: 7007, ACC2: 5003 });
  const materialized = await f.api.as(f.g.users.admin, `mutation { materializeRollups(metric: TRX, period: "${PERIOD}") { nodes } }`);
  expect(materialized.errors).toBeUndefined();
});

describe("a REP's change preview", () => {
  it("shows the roll-ups the REP may read, not the materialized ones", async () => {
    const ops = [{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, weight: 0.5 }];
    const preview = await f.api.as(
      f.g.users.rep1,
      `query($ops: String!) { previewChange(operations: $ops) { rollups { entityId period before } } }`,
      { ops: JSON.stringify(ops) },
    );
    expect(preview.errors).toBeUndefined();
    const rows = preview.data!.previewChange.rollups.filter((r: { period: string }) => r.period === PERIOD);
    expect(rows.map((r: { entityId: string }) => r.entityId).sort()).toEqual([f.g.ids.acc1, f.g.ids.net, f.g.ids.org].sort());
    for (const row of rows) {
      const own = await f.api.as(
        f.g.users.rep1,
        `query($id: ID!) { organizations(where: { id: { eq: $id } }) { rollup(metric: TRX, period: "${PERIOD}") } networks(where: { id: { eq: $id } }) { rollup(metric: TRX, period: "${PERIOD}") } accounts(where: { id: { eq: $id } }) { rollup(metric: TRX, period: "${PERIOD}") } }`,
        { id: row.entityId },
      );
      const { organizations, networks, accounts } = own.data!;
      expect(row.before, row.entityId).toBe([...organizations, ...networks, ...accounts][0].rollup);
    }
  });
});
