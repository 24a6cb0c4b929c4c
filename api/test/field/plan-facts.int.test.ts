import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { createCycle, createPlan } from "../fixtures/field-plan.ts";
import { FIELD_REPORT, importActivities } from "./reporting-support.ts";

/**
 * Plan facts (api/src/field/reporting/plan-facts.ts) follow every change that moves a plan's target
 * KPIs: a call recorded with a target, a target change, and a change of the reps covering the
 * territory. T1 (rep1) has an approved plan for a 90-day cycle: HCP1a (A, 3 calls), HCP1b (B, 2).
 */
const f = useTwoTerritoryApi("planfacts");
const Q1 = { from: "2027-01-01", to: "2027-04-01" };
let planId: string;

const CHANGE = `mutation($id: ID!, $v: Int!, $c: [TargetChangeInput!]!) {
  changeTargets(planId: $id, expectedVersion: $v, changes: $c, reason: "a new key account") { version targetCount } }`;

const targetKpis = async (vars: Record<string, unknown>) => {
  const r = await f.api.as(f.g.users.manager, FIELD_REPORT, { scope: "TERRITORY", id: f.g.ids.t1, ...vars });
  expect(r.errors).toBeUndefined();
  const k = r.data!.fieldReport.kpis;
  return { targets: k.targets, seen: k.targetsSeen, calls: k.callsOnTargets, expected: Math.round(k.expectedCalls * 1000) / 1000 };
};

const fact = async () =>
  (
    await f.driver.executeQuery("MATCH (pf:PlanFact {id: $id})-[:OF_PLAN]->(:CallPlan) RETURN pf.stale AS stale", { id: planId })
  ).records.map((r) => r.get("stale"));

beforeAll(async () => {
  const p = f.g.prefix;
  await createCycle(f.driver, { id: `${p}2027-Q1`, startDate: "2027-01-01", endDate: "2027-03-31" });
  await createPlan(f.driver, {
    cycleId: `${p}2027-Q1`,
    territoryId: f.g.ids.t1,
    status: "APPROVED",
    targets: [
      { subjectId: f.g.ids.hcp1a, subjectKind: "HCP", segment: "A", plannedCalls: 3 },
      { subjectId: f.g.ids.hcp1b, subjectKind: "HCP", segment: "B", plannedCalls: 2 },
    ],
  });
  planId = `${p}2027-Q1|${f.g.ids.t1}`;
  // The fixture writes plans without a capacity; the manager's change below must fit one.
  await f.driver.executeQuery("MATCH (p:CallPlan {id: $id}) SET p.capacity = 100", { id: planId });
});

describe("plan facts", () => {
  it("are built by the first report, then read as they are", async () => {
    expect(await fact()).toEqual([]);
    expect(await targetKpis(Q1)).toEqual({ targets: 2, seen: 0, calls: 0, expected: 5 });
    expect(await fact()).toEqual([false]);
    expect(await targetKpis(Q1)).toEqual({ targets: 2, seen: 0, calls: 0, expected: 5 });
  });

  it("a call recorded with a target marks the fact stale; the next report counts it, for the whole cycle and for a part", async () => {
    const summary = await importActivities(f.driver, f.g.users.steward, f.g.prefix, [
      {
        rep: f.g.users.rep1,
        key: "planfact-call-1",
        channel: "VISIT",
        hcp: f.g.ids.hcp1b,
        startedAt: "2027-01-04T10:00:00Z",
        outcome: "COMPLETED",
        products: "P",
        messages: "M",
      },
    ]);
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 1 });
    expect(await fact()).toEqual([true]);
    expect(await targetKpis(Q1)).toEqual({ targets: 2, seen: 1, calls: 1, expected: 5 });
    expect(await targetKpis({ from: "2027-01-01", to: "2027-01-10" })).toEqual({ targets: 2, seen: 1, calls: 1, expected: 0.5 });
    expect(await targetKpis({ from: "2027-01-05", to: "2027-02-01" })).toEqual({ targets: 2, seen: 0, calls: 0, expected: 1.5 });
  });

  it("a target change moves the plan's version, and the report follows it", async () => {
    const version = Number(
      (await f.driver.executeQuery("MATCH (p:CallPlan {id: $id}) RETURN p.version AS v", { id: planId })).records[0]!.get("v"),
    );
    const changed = await f.api.as(f.g.users.manager, CHANGE, {
      id: planId,
      v: version,
      c: [{ op: "ADD", subjectId: f.g.ids.acc1, plannedCalls: 4 }],
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeTargets).toMatchObject({ targetCount: 3 });
    expect(await targetKpis(Q1)).toEqual({ targets: 3, seen: 1, calls: 1, expected: 9 });
  });

  it("calls count only while their rep covers the territory", async () => {
    // What the users import does when rep1 leaves the territory.
    await f.driver.executeQuery("MATCH (:User {id: $rep})-[c:COVERS]->(:Territory {id: $t}) DELETE c", {
      rep: f.g.users.rep1,
      t: f.g.ids.t1,
    });
    expect(await targetKpis(Q1)).toEqual({ targets: 3, seen: 0, calls: 0, expected: 9 });
  });
});
