import { beforeAll, describe, expect, it } from "vitest";
import { materializeRollups } from "../../src/analytics/rollup-store/materialize.ts";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Own TRX of a period only this file uses: ACC2 carries 115 of the organization's 240, so moving it needs an ADMIN (default rule: 10%). */
const f = useTwoTerritoryApi("escalate");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q3`;

beforeAll(async () => {
  await addTrxValues(f.driver, f.g, period, { HCP1a: 100, HCP1b: 50, HCP2: 80, ACC2: 10 });
  await materializeRollups(f.driver, { metric: "TRX", period });
  await f.driver.executeQuery("CREATE (:Organization {id: $id, name: 'Other System', kind: 'IDN'})", { id: `${f.g.prefix}ORG2` });
});

const moveAccount2 = () =>
  JSON.stringify([
    { op: "REASSIGN", edgeId: `${f.g.prefix}E-a2-org`, expectedVersion: 1, newParentId: `${f.g.prefix}ORG2`, validFrom: "2026-01-01" },
  ]);

describe("review rules apply to every way a change is made", () => {
  it("regression: editing a request into one that needs an ADMIN escalates it", async () => {
    const p = await f.api.as(
      f.g.users.rep1,
      `mutation($ops: String!) { proposeChange(operations: $ops, reason: "confidence") { id requiresAdmin } }`,
      {
        ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, confidence: 0.6 }]),
      },
    );
    expect(p.data!.proposeChange.requiresAdmin).toBe(false);
    const id = p.data!.proposeChange.id;
    const edited = await f.api.as(
      f.g.users.steward,
      `mutation($id: ID!, $ops: String!) { editChange(id: $id, operations: $ops) { requiresAdmin escalation } }`,
      { id, ops: moveAccount2() },
    );
    expect(edited.data!.editChange.requiresAdmin).toBe(true);
    expect(edited.data!.editChange.escalation[0]).toMatch(/^moves \d+% of /);
    const approval = await f.api.as(f.g.users.steward, `mutation($id: ID!) { approveChange(id: $id) { status } }`, { id });
    expect(approval.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("regression: a steward's direct change that needs an ADMIN is refused; an ADMIN applies it", async () => {
    const APPLY = `mutation($ops: String!) { applyChange(operations: $ops, reason: "acquired") { op } }`;
    const steward = await f.api.as(f.g.users.steward, APPLY, { ops: moveAccount2() });
    expect(steward.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(steward.errors?.[0]?.message).toMatch(/needs an ADMIN: moves \d+% of /);
    const admin = await f.api.as(f.g.users.admin, APPLY, { ops: moveAccount2() });
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.applyChange[0].op).toBe("REASSIGN");
  });
});
