import { beforeAll, describe, expect, it } from "vitest";
import { materializeRollups } from "../../src/analytics/rollup-store/materialize.ts";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Own TRX of a period only this file uses: HCP1a 100, HCP1b 50, HCP2 80, ACC2 10 -> ACC1 125, ACC2 115, ORG 240. */
const f = useTwoTerritoryApi("preview");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q4`;

beforeAll(async () => {
  await addTrxValues(f.driver, f.g, period, { HCP1a: 100, HCP1b: 50, HCP2: 80, ACC2: 10 });
  await materializeRollups(f.driver, { metric: "TRX", period });
});

const stored = async () => {
  const { records } = await f.driver.executeQuery(
    "MATCH (v:RollupValue {period: $period}) WHERE v.entityId STARTS WITH $p RETURN v.entityId AS id, v.value AS value",
    { period, p: f.g.prefix },
  );
  return Object.fromEntries(records.map((r) => [r.get("id"), r.get("value")])) as Record<string, number>;
};

describe("impact preview, confirmation and audit trail", () => {
  it("a pending request's preview equals the roll-up difference observed after approval", async () => {
    const ops = JSON.stringify([
      { op: "REASSIGN", edgeId: `${f.g.prefix}E-h2-a2`, expectedVersion: 1, newParentId: f.g.ids.acc1, validFrom: "2026-01-01" },
    ]);
    // HCP2's rep may not move it into an account of another territory; a KAM may propose it.
    const rep = await f.api.as(f.g.users.rep2, `mutation($ops: String!) { proposeChange(operations: $ops, reason: "moved") { id } }`, {
      ops,
    });
    expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const proposed = await f.api.as(f.g.users.kam, `mutation($ops: String!) { proposeChange(operations: $ops, reason: "moved") { id } }`, {
      ops,
    });
    const id = proposed.data!.proposeChange.id;
    const before = await stored();
    const q = await f.api.as(
      f.g.users.steward,
      `{ changeRequests(status: PENDING) { id preview { rollups { entityId metric period before after delta } territories { territoryId period delta } } } }`,
    );
    const preview = q.data!.changeRequests.find((c: any) => c.id === id).preview;
    const mine = preview.rollups.filter((r: any) => r.period === period);
    expect(Object.fromEntries(mine.map((r: any) => [r.entityId, r.delta]))).toEqual({ [f.g.ids.acc1]: 80, [f.g.ids.acc2]: -80 });
    expect(preview.territories.filter((t: any) => t.period === period)).toEqual(
      expect.arrayContaining([
        { territoryId: f.g.ids.t1, period, delta: 80 },
        { territoryId: f.g.ids.t2, period, delta: -80 },
      ]),
    );
    expect(await stored()).toEqual(before); // the preview wrote nothing

    expect(
      (await f.api.as(f.g.users.steward, `mutation($id: ID!) { approveChange(id: $id) { status } }`, { id })).data!.approveChange.status,
    ).toBe("APPROVED");
    const after = await stored();
    for (const r of mine) expect(after[r.entityId]! - before[r.entityId]!).toBe(r.delta);
    expect(after[f.g.ids.org]).toBe(before[f.g.ids.org]);
  });

  it("a rep confirms an affiliation of their territory in one call; not outside it", async () => {
    const ok = await f.api.as(
      f.g.users.rep1,
      `mutation { confirmAffiliation(edgeId: "${f.g.prefix}E-h1b-a1", expectedVersion: 1) { op state } }`,
    );
    expect(ok.errors).toBeUndefined();
    expect(JSON.parse(ok.data!.confirmAffiliation.state)).toMatchObject({ confidence: 0.95, confirmedBy: f.g.users.rep1, version: 2 });
    const outside = await f.api.as(
      f.g.users.rep1,
      `mutation { confirmAffiliation(edgeId: "${f.g.prefix}E-h2-old", expectedVersion: 3) { op } }`,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("an entity's audit trail lists the changes of its edges, newest first; REPs see only their territories'", async () => {
    const trail = await f.api.as(
      f.g.users.kam,
      `query($id: ID!) { auditTrail(entityId: $id) { action subject actor origin fromId toId } }`,
      { id: f.g.ids.hcp1b },
    );
    expect(trail.data!.auditTrail[0]).toMatchObject({
      action: "CONFIRM",
      subject: "AFFILIATION",
      actor: f.g.users.rep1,
      origin: "CHANGE",
      fromId: f.g.ids.hcp1b,
      toId: f.g.ids.acc1,
    });
    const hidden = await f.api.as(f.g.users.rep1, `query($id: ID!) { auditTrail(entityId: $id) { action } }`, { id: f.g.ids.hcp2 });
    expect(hidden.data!.auditTrail).toEqual([]);
  });

  it("review summary: pending by kind, level, territory and age; decision times and rates", async () => {
    const p = await f.api.as(f.g.users.rep1, `mutation($ops: String!) { proposeChange(operations: $ops, reason: "weight") { id } }`, {
      ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, confidence: 0.6 }]),
    });
    expect(p.errors).toBeUndefined();
    const q = `{ reviewSummary { pending pendingByKind { key count } pendingByLevel { key count } pendingByTerritory { key count } pendingByAge { key count }
      medianHoursToDecision ratesByKind { key decided approvalRate rejectionRate } } }`;
    const s = (await f.api.as(f.g.users.manager, q)).data!.reviewSummary;
    expect(s.pending).toBeGreaterThanOrEqual(1);
    expect(s.pendingByLevel).toEqual(expect.arrayContaining([expect.objectContaining({ key: "HCP" })]));
    expect(s.pendingByTerritory).toEqual(expect.arrayContaining([expect.objectContaining({ key: f.g.ids.t1 })]));
    expect(s.pendingByAge).toEqual(expect.arrayContaining([expect.objectContaining({ key: "<1d" })]));
    expect(s.medianHoursToDecision).not.toBeNull();
    const reassign = s.ratesByKind.find((r: any) => r.key === "REASSIGN");
    expect(reassign.approvalRate + reassign.rejectionRate).toBeCloseTo(1, 9);
    expect((await f.api.as(f.g.users.rep1, q)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("review rules: moving a large share of an organization's roll-up needs an ADMIN; comments; a steward edits before deciding", async () => {
    await f.driver.executeQuery("CREATE (:Organization {id: $id, name: 'Other System', kind: 'IDN'})", { id: `${f.g.prefix}ORG2` });
    const ops = JSON.stringify([
      { op: "REASSIGN", edgeId: `${f.g.prefix}E-a2-org`, expectedVersion: 1, newParentId: `${f.g.prefix}ORG2`, validFrom: "2026-01-01" },
    ]);
    const p = await f.api.as(f.g.users.kam, `mutation($ops: String!) { proposeChange(operations: $ops, reason: "acquired") { id } }`, {
      ops,
    });
    const id = p.data!.proposeChange.id;
    const q = `query { changeRequests(kind: "REASSIGN") { id requiresAdmin escalation comments { by text } operations status } }`;
    const cr = (await f.api.as(f.g.users.steward, q)).data!.changeRequests.find((c: any) => c.id === id);
    expect(cr.requiresAdmin).toBe(true);
    expect(cr.escalation[0]).toMatch(new RegExp(`^moves \\d+% of ${f.g.ids.org}'s TRX ${period} roll-up`));

    expect(
      (await f.api.as(f.g.users.steward, `mutation($id: ID!) { approveChange(id: $id) { status } }`, { id })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    await f.api.as(f.g.users.steward, `mutation($id: ID!) { commentOnChange(id: $id, text: "needs the admin") { id } }`, { id });
    const edited = JSON.stringify([
      { op: "REASSIGN", edgeId: `${f.g.prefix}E-a2-org`, expectedVersion: 1, newParentId: `${f.g.prefix}ORG2`, validFrom: "2026-02-01" },
    ]);
    const e = await f.api.as(
      f.g.users.steward,
      `mutation($id: ID!, $ops: String!) { editChange(id: $id, operations: $ops) { status operations comments { by text } } }`,
      { id, ops: edited },
    );
    expect(e.data!.editChange).toMatchObject({ status: "PENDING", comments: [{ by: f.g.users.steward, text: "needs the admin" }] });
    expect(JSON.parse(e.data!.editChange.operations)[0].validFrom).toBe("2026-02-01");
    expect(
      (await f.api.as(f.g.users.admin, `mutation($id: ID!) { approveChange(id: $id) { status } }`, { id })).data!.approveChange.status,
    ).toBe("APPROVED");
  });

  it("a proposal that only confirms affiliations is approved automatically", async () => {
    const { records } = await f.driver.executeQuery("MATCH ()-[e:AFFILIATED_WITH {id: $id}]->() RETURN e.version AS v", {
      id: `${f.g.prefix}E-h1a-a1`,
    });
    const ops = JSON.stringify([
      { op: "CONFIRM_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: records[0]!.get("v").toNumber() },
    ]);
    const p = await f.api.as(
      f.g.users.rep1,
      `mutation($ops: String!) { proposeChange(operations: $ops, reason: "seen her there today") { status } }`,
      { ops },
    );
    expect(p.data!.proposeChange.status).toBe("APPROVED");
  });
});
