import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("trailscope");

const TRAIL = `query($id: ID!) { auditTrail(entityId: $id) { action fromId toId actor changeId } }`;

describe("audit trail scope", () => {
  it("regression: a REP's trail of a visible account leaves out events of edges from another territory's HCP", async () => {
    // HCP2 (territory 2) had an edge to ACC1 (territory 1); a steward edits it.
    const applied = await f.api.as(
      f.g.users.steward,
      `mutation($ops: String!) { applyChange(operations: $ops, reason: "data fix") { op } }`,
      {
        ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h2-old`, expectedVersion: 3, confidence: 0.5 }]),
      },
    );
    expect(applied.errors).toBeUndefined();

    const kam = await f.api.as(f.g.users.kam, TRAIL, { id: f.g.ids.acc1 });
    expect(kam.data!.auditTrail.map((e: { fromId: string }) => e.fromId)).toContain(f.g.ids.hcp2);

    const rep = await f.api.as(f.g.users.rep1, TRAIL, { id: f.g.ids.acc1 });
    expect(rep.errors).toBeUndefined();
    expect(JSON.stringify(rep.data)).not.toContain(f.g.ids.hcp2);
  });
});
