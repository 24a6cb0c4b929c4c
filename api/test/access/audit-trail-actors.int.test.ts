import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * A REP sees no user but themselves (docs/ACCESS-CONTROL.md), yet the audit trail of an entity of
 * their territory carries the `actor` of every event: here the steward who edited ACC1's edge to
 * the organization.
 */
const f = useTwoTerritoryApi("trailactors");

describe("the audit trail a REP reads", () => {
  it("names no other user", async () => {
    const ops = [{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-a1-org`, expectedVersion: 1, confidence: 0.5 }];
    const applied = await f.api.as(
      f.g.users.steward,
      `mutation($ops: String!) { applyChange(operations: $ops, reason: "data fix") { op } }`,
      {
        ops: JSON.stringify(ops),
      },
    );
    expect(applied.errors).toBeUndefined();

    const trail = await f.api.as(f.g.users.rep1, `query($id: ID!) { auditTrail(entityId: $id) { subjectId actor } }`, { id: f.g.ids.acc1 });
    expect(trail.data!.auditTrail.map((e: { subjectId: string }) => e.subjectId)).toContain(`${f.g.prefix}E-a1-org`);
    expect(JSON.stringify(trail)).not.toContain(f.g.users.steward);
  });
});

describe("the states a REP reads in the audit trail", () => {
  it("regression: name no other user, e.g. the steward who confirmed an affiliation", async () => {
    const { records } = await f.driver.executeQuery("MATCH ()-[e:AFFILIATED_WITH {id: $id}]->() RETURN e.version AS v", {
      id: `${f.g.prefix}E-h1a-a1`,
    });
    const ops = [{ op: "CONFIRM_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: Number(records[0]!.get("v")) }];
    const applied = await f.api.as(
      f.g.users.steward,
      `mutation($ops: String!) { applyChange(operations: $ops, reason: "checked") { op } }`,
      {
        ops: JSON.stringify(ops),
      },
    );
    expect(applied.errors).toBeUndefined();

    const kam = await f.api.as(f.g.users.kam, `query($id: ID!) { auditTrail(entityId: $id) { after } }`, { id: f.g.ids.hcp1a });
    expect(JSON.stringify(kam.data)).toContain(f.g.users.steward);
    const rep = await f.api.as(f.g.users.rep1, `query($id: ID!) { auditTrail(entityId: $id) { before after } }`, { id: f.g.ids.hcp1a });
    expect(rep.data!.auditTrail.length).toBeGreaterThan(0);
    expect(JSON.stringify(rep)).not.toContain(f.g.users.steward);
  });
});
