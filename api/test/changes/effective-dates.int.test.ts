import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** The fixture's edges are in effect from 2020-01-01. */
const f = useTwoTerritoryApi("dates");

const APPLY = `mutation($ops: String!) { applyChange(operations: $ops, reason: "dates") { op } }`;
const edge = async (id: string) => {
  const { records } = await f.driver.executeQuery(
    "MATCH ()-[e:AFFILIATED_WITH {id: $id}]->() RETURN toString(e.validTo) AS validTo, e.version AS version",
    { id },
  );
  return { validTo: records[0]!.get("validTo") as string | null, version: Number(records[0]!.get("version")) };
};

describe("effective dates on the change path", () => {
  it("regression: ending an affiliation before it began is an integrity violation; nothing is written", async () => {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([{ op: "END_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, validTo: "2019-06-30" }]),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("INTEGRITY_VIOLATION");
    expect(res.errors?.[0]?.message).toMatch(/valid_to: is before valid_from \(2020-01-01\)/);
    expect(await edge(`${f.g.prefix}E-h1a-a1`)).toEqual({ validTo: null, version: 1 });
  });

  it("regression: a reassignment dated before the edge began is refused instead of ending it before its start", async () => {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([
        { op: "REASSIGN", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, newParentId: f.g.ids.acc2, validFrom: "2019-01-01" },
      ]),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("INTEGRITY_VIOLATION");
    expect(await edge(`${f.g.prefix}E-h1a-a1`)).toEqual({ validTo: null, version: 1 });
  });

  it("ending an affiliation on or after its start is accepted", async () => {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([{ op: "END_AFFILIATION", edgeId: `${f.g.prefix}E-h1b-a2`, expectedVersion: 1, validTo: "2020-01-01" }]),
    });
    expect(res.errors).toBeUndefined();
    expect(await edge(`${f.g.prefix}E-h1b-a2`)).toEqual({ validTo: "2020-01-01", version: 2 });
  });
});
