import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { activateCredentialModel } from "../fixtures/credential-scoring-model.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Call plans on the two-territory graph: T1 holds HCP1a (MD), HCP1b (DO) and ACC1, covered by rep1
 * alone; T2 holds HCP2 (NP) and ACC2, covered by rep2; the manager manages both. The scoring model
 * gives MD 100 (segment A), DO 50 (B), NP 20 (C), whatever else the database holds.
 */
const f = useTwoTerritoryApi("callplans");

const PLAN = `id status version capacity plannedCalls targetCount droppedCount reps territoryName
  frequencies { segment callsPerCycle } dropped { subjectId callsWanted reason }
  targets(includeInactive: true) { subjectId subjectKind name segment plannedCalls callsMade lastCallAt origin active }
  pendingChanges { id op subjectId plannedCalls status reason requestedBy }`;
const GENERATE = `mutation($c: ID!, $m: String!, $t: [ID!], $f: [SegmentFrequencyInput!]!, $cpd: Int) {
  generateCallPlans(cycleId: $c, model: $m, territoryIds: $t, frequencies: $f, callsPerDay: $cpd) { plans targets plannedCalls dropped skippedApproved } }`;
const ONE = `query($id: ID!) { callPlan(id: $id) { ${PLAN} } }`;
const LIST = `query($c: ID!) { callPlans(cycleId: $c) { id territoryId } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveCallPlan(id: $id, expectedVersion: $v, comment: "looks right") { status version reviewedBy } }`;
const CHANGE = `mutation($id: ID!, $v: Int!, $c: [TargetChangeInput!]!, $r: String!) {
  changeTargets(planId: $id, expectedVersion: $v, changes: $c, reason: $r) { ${PLAN} } }`;
const DECIDE = `mutation($id: ID!, $ok: Boolean!) { decideTargetChange(id: $id, approve: $ok, comment: "fine") { ${PLAN} } }`;

const FREQUENCIES = [
  { segment: "A", callsPerCycle: 60 },
  { segment: "B", callsPerCycle: 10 },
  { segment: "C", callsPerCycle: 2 },
];

let cycle: string;
let model: string;
const planId = (t: string) => `${cycle}|${t}`;

beforeAll(async () => {
  cycle = `${f.g.prefix}2027-Q1`;
  model = await activateCredentialModel(f.api, f.g.users.analyst, f.g.prefix);
  const saveCycle = await f.api.as(
    f.g.users.manager,
    `mutation($id: ID!) { saveCycle(id: $id, name: "Q1 2027", startDate: "2027-01-01", endDate: "2027-03-31") { workingDays } }`,
    { id: cycle },
  );
  expect(saveCycle.data?.saveCycle.workingDays).toBe(64);
});

describe("call plans", () => {
  it("a manager generates drafts within capacity; the rule drops the lower-ranked targets that do not fit", async () => {
    const forbidden = await f.api.as(f.g.users.rep1, GENERATE, { c: cycle, m: model, t: [f.g.ids.t1], f: FREQUENCIES, cpd: 1 });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noModel = await f.api.as(f.g.users.manager, GENERATE, { c: cycle, m: "nosuchmodel", t: [f.g.ids.t1], f: FREQUENCIES });
    expect(noModel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["model"] });
    const twice = await f.api.as(f.g.users.manager, GENERATE, {
      c: cycle,
      m: model,
      f: [...FREQUENCIES, { segment: "A", callsPerCycle: 1 }],
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["frequencies", 3, "segment"] });

    const generated = await f.api.as(f.g.users.manager, GENERATE, {
      c: cycle,
      m: model,
      t: [f.g.ids.t1, f.g.ids.t2],
      f: FREQUENCIES,
      cpd: 1,
    });
    expect(generated.errors).toBeUndefined();
    // T1: capacity 64 x 1 = 64; HCP1a (A, 60) fits, HCP1b (B, 10) does not. T2: HCP2 (C, 2).
    expect(generated.data?.generateCallPlans).toEqual({ plans: 2, targets: 2, plannedCalls: 62, dropped: 1, skippedApproved: [] });

    const t1 = (await f.api.as(f.g.users.manager, ONE, { id: planId(f.g.ids.t1) })).data?.callPlan;
    expect(t1).toMatchObject({
      status: "DRAFT",
      version: 1,
      capacity: 64,
      plannedCalls: 60,
      targetCount: 1,
      droppedCount: 1,
      reps: [f.g.users.rep1],
      frequencies: FREQUENCIES,
    });
    expect(t1.targets).toEqual([
      expect.objectContaining({
        subjectId: f.g.ids.hcp1a,
        subjectKind: "HCP",
        segment: "A",
        plannedCalls: 60,
        callsMade: 0,
        origin: "GENERATED",
      }),
    ]);
    expect(t1.dropped).toEqual([
      { subjectId: f.g.ids.hcp1b, callsWanted: 10, reason: "over capacity: 60 of 64 calls planned for higher-ranked targets" },
    ]);
  });

  it("REPs read only their territories' plans; the manager approves at the version read, audited", async () => {
    const rep1 = await f.api.as(f.g.users.rep1, LIST, { c: cycle });
    expect(rep1.data?.callPlans).toEqual([{ id: planId(f.g.ids.t1), territoryId: f.g.ids.t1 }]);
    expect((await f.api.as(f.g.users.rep1, ONE, { id: planId(f.g.ids.t2) })).data?.callPlan).toBeNull();
    expect((await f.api.as(f.g.users.rep2, LIST, { c: cycle })).data?.callPlans).toEqual([
      { id: planId(f.g.ids.t2), territoryId: f.g.ids.t2 },
    ]);

    expect((await f.api.as(f.g.users.rep1, APPROVE, { id: planId(f.g.ids.t1), v: 1 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const stale = await f.api.as(f.g.users.manager, APPROVE, { id: planId(f.g.ids.t1), v: 0 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    const approved = await f.api.as(f.g.users.manager, APPROVE, { id: planId(f.g.ids.t1), v: 1 });
    expect(approved.data?.approveCallPlan).toEqual({ status: "APPROVED", version: 2, reviewedBy: f.g.users.manager });
    const again = await f.api.as(f.g.users.manager, APPROVE, { id: planId(f.g.ids.t1), v: 2 });
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const events = await f.driver.executeQuery(
      `MATCH (e:AuditEvent {subject: 'CALL_PLAN', subjectId: $id}) RETURN e.action AS action, e.actor AS actor, e.after AS after ORDER BY e.at`,
      { id: planId(f.g.ids.t1) },
    );
    expect(events.records.map((r) => [r.get("action"), r.get("actor"), JSON.parse(r.get("after")).status])).toEqual([
      ["CREATE", f.g.users.manager, "DRAFT"],
      ["UPDATE", f.g.users.manager, "APPROVED"],
    ]);

    const regenerated = await f.api.as(f.g.users.manager, GENERATE, { c: cycle, m: model, t: [f.g.ids.t1], f: FREQUENCIES, cpd: 1 });
    expect(regenerated.data?.generateCallPlans).toMatchObject({ plans: 0, skippedApproved: [f.g.ids.t1] });
  });

  it("a rep's change waits for the manager, is checked against territory and capacity, and is audited with its reason", async () => {
    const id = planId(f.g.ids.t1);
    const outside = await f.api.as(f.g.users.rep1, CHANGE, {
      id,
      v: 2,
      c: [{ op: "ADD", subjectId: f.g.ids.hcp2, plannedCalls: 1 }],
      r: "met at a congress",
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["changes", 0, "subjectId"] });
    const overCapacity = await f.api.as(f.g.users.rep1, CHANGE, {
      id,
      v: 2,
      c: [{ op: "ADD", subjectId: f.g.ids.hcp1b, plannedCalls: 10 }],
      r: "new department head",
    });
    expect(overCapacity.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["changes"] });
    expect(overCapacity.errors?.[0]?.message).toMatch(/70 calls, over its capacity of 64/);

    const proposed = await f.api.as(f.g.users.rep1, CHANGE, {
      id,
      v: 2,
      c: [
        { op: "SET_CALLS", subjectId: f.g.ids.hcp1a, plannedCalls: 50 },
        { op: "ADD", subjectId: f.g.ids.hcp1b, plannedCalls: 10 },
      ],
      r: "new department head",
    });
    expect(proposed.errors).toBeUndefined();
    const plan = proposed.data?.changeTargets;
    expect(plan).toMatchObject({ version: 2, plannedCalls: 60 });
    expect(plan.pendingChanges.map((c: { op: string; status: string }) => [c.op, c.status])).toEqual([
      ["SET_CALLS", "PENDING"],
      ["ADD", "PENDING"],
    ]);
    const setCalls = plan.pendingChanges.find((c: { op: string }) => c.op === "SET_CALLS").id;
    const add = plan.pendingChanges.find((c: { op: string }) => c.op === "ADD").id;

    // Applying the ADD first would exceed the capacity (60 + 10): refused, nothing written.
    const early = await f.api.as(f.g.users.manager, DECIDE, { id: add, ok: true });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["id"] });
    expect((await f.api.as(f.g.users.rep1, DECIDE, { id: setCalls, ok: true })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const first = await f.api.as(f.g.users.manager, DECIDE, { id: setCalls, ok: true });
    expect(first.data?.decideTargetChange).toMatchObject({ version: 3, plannedCalls: 50 });
    const second = await f.api.as(f.g.users.manager, DECIDE, { id: add, ok: true });
    expect(second.data?.decideTargetChange).toMatchObject({ version: 4, plannedCalls: 60, targetCount: 2, pendingChanges: [] });
    expect(second.data?.decideTargetChange.targets).toContainEqual(
      expect.objectContaining({ subjectId: f.g.ids.hcp1b, plannedCalls: 10, origin: "ADDED", active: true, segment: "B" }),
    );

    const audit = await f.driver.executeQuery(
      `MATCH (e:AuditEvent {subject: 'TARGET', fromId: $id}) RETURN e.action AS action, e.actor AS actor, e.reason AS reason, e.changeId AS changeId ORDER BY e.at`,
      { id },
    );
    expect(audit.records.map((r) => r.get("action"))).toEqual(["UPDATE", "CREATE"]);
    expect(audit.records[0]!.get("actor")).toBe(f.g.users.manager);
    expect(audit.records[0]!.get("reason")).toBe(`new department head (proposed by ${f.g.users.rep1}; fine)`);
    expect(audit.records[0]!.get("changeId")).toBe(setCalls);
  });

  it("a manager's change applies at once; a removed target stays as history; calls made count completed activities in the cycle", async () => {
    const id = planId(f.g.ids.t1);
    const stale = await f.api.as(f.g.users.manager, CHANGE, { id, v: 3, c: [{ op: "REMOVE", subjectId: f.g.ids.hcp1b }], r: "moved away" });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const removed = await f.api.as(f.g.users.manager, CHANGE, {
      id,
      v: 4,
      c: [{ op: "REMOVE", subjectId: f.g.ids.hcp1b }],
      r: "moved away",
    });
    expect(removed.data?.changeTargets).toMatchObject({ version: 5, targetCount: 1, plannedCalls: 50 });
    expect(removed.data?.changeTargets.targets).toContainEqual(expect.objectContaining({ subjectId: f.g.ids.hcp1b, active: false }));

    const record = `mutation($k: String!, $a: ActivityInput!) { recordActivity(idempotencyKey: $k, activity: $a) { created } }`;
    const visit = (startedAt: string, outcome = "COMPLETED") => ({
      channel: "VISIT",
      hcpId: f.g.ids.hcp1a,
      startedAt,
      durationMinutes: 20,
      outcome,
    });
    for (const a of [
      visit("2027-01-12T09:00:00Z"),
      visit("2027-02-02T09:00:00Z"),
      visit("2027-02-03T09:00:00Z", "NOT_MET"),
      visit("2027-04-01T09:00:00Z"),
    ]) {
      expect((await f.api.as(f.g.users.rep1, record, { k: randomUUID(), a })).errors).toBeUndefined();
    }
    const targets = await f.api.as(
      f.g.users.rep1,
      `query($id: ID!) { callPlan(id: $id) { all: targets { subjectId callsMade lastCallAt } notSeen: targets(notSeen: true) { subjectId } } }`,
      {
        id,
      },
    );
    expect(targets.data?.callPlan.all).toEqual([{ subjectId: f.g.ids.hcp1a, callsMade: 2, lastCallAt: "2027-02-02T09:00:00Z" }]);
    expect(targets.data?.callPlan.notSeen).toEqual([]);
  });

  it("accounts are targets too, from an account scoring model beside the HCP model", async () => {
    const accountModel = `a${model.slice(1)}`;
    const definition = {
      name: accountModel,
      subject: "ACCOUNT",
      components: [
        {
          key: "kind",
          label: "Kind",
          source: { kind: "attribute", field: "kind" },
          transform: { kind: "bucket", buckets: [{ equals: "CLINIC", value: 0.9 }] },
          weight: 1,
        },
      ],
      segmentation: { kind: "thresholds", thresholds: [{ minScore: 80, label: "A" }] },
    };
    await f.api.as(f.g.users.analyst, `mutation($d: String!) { saveScoringModel(definition: $d) { version } }`, {
      d: JSON.stringify(definition),
    });
    await f.api.as(f.g.users.analyst, `mutation($n: String!) { activateScoringModel(name: $n, version: 1) { subjects } }`, {
      n: accountModel,
    });
    const asHcpModel = await f.api.as(
      f.g.users.manager,
      `mutation($c: ID!, $m: String!, $a: String, $t: [ID!], $f: [SegmentFrequencyInput!]!) {
      generateCallPlans(cycleId: $c, model: $m, accountModel: $a, territoryIds: $t, frequencies: $f) { targets } }`,
      { c: cycle, m: model, a: model, t: [f.g.ids.t2], f: FREQUENCIES },
    );
    expect(asHcpModel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["accountModel"] });

    const generated = await f.api.as(
      f.g.users.manager,
      `mutation($c: ID!, $m: String!, $a: String, $t: [ID!], $f: [SegmentFrequencyInput!]!) {
      generateCallPlans(cycleId: $c, model: $m, accountModel: $a, territoryIds: $t, frequencies: $f) { plans targets plannedCalls } }`,
      {
        c: cycle,
        m: model,
        a: accountModel,
        t: [f.g.ids.t2],
        f: FREQUENCIES,
      },
    );
    expect(generated.data?.generateCallPlans).toEqual({ plans: 1, targets: 2, plannedCalls: 62 });
    const plan = (await f.api.as(f.g.users.rep2, ONE, { id: planId(f.g.ids.t2) })).data?.callPlan;
    expect(plan).toMatchObject({ status: "DRAFT", version: 2 });
    expect(
      plan.targets.map((t: { subjectId: string; subjectKind: string; segment: string }) => [t.subjectId, t.subjectKind, t.segment]),
    ).toEqual([
      [f.g.ids.acc2, "ACCOUNT", "A"],
      [f.g.ids.hcp2, "HCP", "C"],
    ]);
  });
});
