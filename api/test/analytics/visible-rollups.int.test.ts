import { describe, expect, it } from "vitest";
import { ROLLUPS_AS_OF, VISIBLE_ROLLUPS_AS_OF } from "../../src/analytics/rollup-store/queries.ts";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * A REP's roll-ups are computed from their territories' own values upwards (VISIBLE_ROLLUPS_AS_OF,
 * fast) rather than down every path below each entity (ROLLUPS_AS_OF with the restriction): both
 * must give the same sums for every entity, territory set and date.
 */
const f = useTwoTerritoryApi("visiblerollups");

describe("REP roll-ups from their own values upwards", () => {
  it("equal the walk down every path, for every entity, both territories, both together and none, today and in the past", async () => {
    await addTrxValues(f.driver, f.g, "2031-Q1", { HCP1a: 10, HCP1b: 20, HCP2: 40, ACC1: 3, ACC2: 5 });
    const ids = Object.values(f.g.ids);
    const territories = [[`${f.g.prefix}T1`], [`${f.g.prefix}T2`], [`${f.g.prefix}T1`, `${f.g.prefix}T2`], []];
    for (const ts of territories) {
      for (const asOf of ["2026-12-02", "2015-06-30", "2000-01-01"]) {
        const params = { ids, metric: "TRX", period: "2031-Q1", asOf, restricted: true, territories: ts };
        const read = async (q: string) =>
          new Map((await f.driver.executeQuery(q, params)).records.map((r) => [r.get("id") as string, Number(r.get("rollup"))]));
        const down = await read(ROLLUPS_AS_OF);
        const up = await read(VISIBLE_ROLLUPS_AS_OF);
        expect(up.size).toBe(down.size);
        for (const [id, v] of down) expect(up.get(id), `${id} for ${ts.join("+") || "no territory"} on ${asOf}`).toBeCloseTo(v, 9);
      }
    }
    // Not trivially zero: the organization sees territory 1's values for a REP of territory 1.
    const org = await f.driver.executeQuery(VISIBLE_ROLLUPS_AS_OF, {
      ids: [f.g.ids.org],
      metric: "TRX",
      period: "2031-Q1",
      asOf: "2026-12-02",
      restricted: true,
      territories: [`${f.g.prefix}T1`],
    });
    expect(Number(org.records[0]!.get("rollup"))).toBeGreaterThan(0);
  });
});
