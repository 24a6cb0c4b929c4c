import { describe, expect, it } from "vitest";
import { beforeAll } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { createCycle, createPlan } from "../fixtures/field-plan.ts";
import { FIELD_REPORT, importActivities } from "./reporting-support.ts";

/**
 * Hand-computed KPIs on the two-territory graph: rep1 covers T1 (HCP1a, HCP1b, ACC1), rep2 covers T2
 * (HCP2); one 90-day cycle 2027-Q1 with approved plans for both territories.
 */
const f = useTwoTerritoryApi("reporting");
const Q1 = { from: "2027-01-01", to: "2027-04-01" };

beforeAll(async () => {
  const { driver, g } = f;
  const p = g.prefix;
  // Every fixture's territories are in region 'R'; this file's get a region of their own.
  await driver.executeQuery("MATCH (t:Territory) WHERE t.id IN [$t1, $t2] SET t.region = $p + 'R'", { t1: g.ids.t1, t2: g.ids.t2, p });
  await createCycle(driver, { id: `${p}2027-Q1`, startDate: "2027-01-01", endDate: "2027-03-31" });
  await createPlan(driver, {
    cycleId: `${p}2027-Q1`,
    territoryId: g.ids.t1,
    status: "APPROVED",
    targets: [
      { subjectId: g.ids.hcp1a, subjectKind: "HCP", segment: "A", plannedCalls: 3 },
      { subjectId: g.ids.hcp1b, subjectKind: "HCP", segment: "B", plannedCalls: 2 },
      { subjectId: g.ids.acc1, subjectKind: "ACCOUNT", segment: "A", plannedCalls: 1 },
      { subjectId: g.ids.hcp2, subjectKind: "HCP", segment: "A", plannedCalls: 5, active: false },
    ],
  });
  await createPlan(driver, {
    cycleId: `${p}2027-Q1`,
    territoryId: g.ids.t2,
    status: "APPROVED",
    targets: [{ subjectId: g.ids.hcp2, subjectKind: "HCP", segment: "B", plannedCalls: 2 }],
  });
  const r1 = g.users.rep1;
  const summary = await importActivities(driver, g.users.steward, p, [
    {
      rep: r1,
      key: "hand-a1xx",
      channel: "VISIT",
      hcp: g.ids.hcp1a,
      startedAt: "2027-01-04T10:00:00Z",
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: "2027-01-04T12:00:00Z",
    },
    {
      rep: r1,
      key: "hand-a2xx",
      channel: "VISIT",
      hcp: g.ids.hcp1a,
      startedAt: "2027-01-05T10:00:00Z",
      outcome: "COMPLETED",
      messages: "M",
      createdAt: "2027-01-08T10:00:00Z",
    },
    {
      rep: r1,
      key: "hand-a3xx",
      channel: "PHONE",
      hcp: g.ids.hcp1a,
      startedAt: "2027-01-06T10:00:00Z",
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: "2027-01-06T10:30:00Z",
    },
    {
      rep: r1,
      key: "hand-a4xx",
      channel: "VISIT",
      hcp: g.ids.hcp1a,
      startedAt: "2027-02-01T10:00:00-05:00",
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: "2027-02-02T10:00:00Z",
    },
    {
      rep: r1,
      key: "hand-a5xx",
      channel: "VISIT",
      hcp: g.ids.hcp1b,
      startedAt: "2027-01-04T15:00:00Z",
      outcome: "NOT_MET",
      createdAt: "2027-01-04T16:00:00Z",
    },
    {
      rep: r1,
      key: "hand-a6xx",
      channel: "EMAIL",
      account: g.ids.acc1,
      startedAt: "2027-03-15T09:00:00Z",
      minutes: 0,
      outcome: "COMPLETED",
      activations: "OPENED@2027-03-15T10:00:00Z",
      createdAt: "2027-03-15T09:00:00Z",
    },
    {
      rep: g.users.rep2,
      key: "hand-b1xx",
      channel: "VISIT",
      hcp: g.ids.hcp2,
      startedAt: "2027-01-04T10:00:00Z",
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: "2027-01-04T10:00:00Z",
    },
  ]);
  expect(summary).toMatchObject({ status: "SUCCEEDED", created: 7 });
});

const report = async (user: string, vars: Record<string, unknown>) => {
  const r = await f.api.as(user, FIELD_REPORT, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.fieldReport;
};

describe("field report, hand-computed", () => {
  it("a territory over its whole cycle: a target with more calls than planned counts its plan only", async () => {
    const r = await report(f.g.users.manager, { scope: "TERRITORY", id: f.g.ids.t1, ...Q1 });
    expect(r.kpis).toEqual({
      activities: 6,
      calls: 5,
      activeDays: 5,
      daysInField: 3,
      callsPerDay: 1,
      targets: 3,
      targetsSeen: 2,
      reach: 2 / 3,
      expectedCalls: 6,
      callsOnTargets: 5,
      frequencyAttainment: 4 / 6,
      coverage: 2 / 3,
      reportedWithin24h: 5 / 6,
      missingRequiredFields: 1 / 4,
    });
    expect(
      r.bySegment.map((s: any) => [s.segment, s.kpis.targets, s.kpis.expectedCalls, s.kpis.callsOnTargets, s.kpis.activities]),
    ).toEqual([
      ["A", 2, 4, 5, 0],
      ["B", 1, 2, 0, 0],
    ]);
    expect(r.byRep.map((x: any) => [x.repId, x.kpis.calls, x.lateReports, x.kpis.targets])).toEqual([[f.g.users.rep1, 5, 1, 3]]);
    expect(r.byWeek).toHaveLength(14);
    expect(r.byWeek[0]).toMatchObject({ weekStart: "2026-12-28", kpis: { activities: 0, targets: 3 } });
    const week1 = r.byWeek[1].kpis;
    expect(week1).toMatchObject({ activities: 4, calls: 3, activeDays: 3, targets: 3, targetsSeen: 1, callsOnTargets: 3 });
    expect(week1.expectedCalls).toBeCloseTo((6 * 7) / 90);
    expect(week1.frequencyAttainment).toBeCloseTo((3 * 7) / 90 / ((6 * 7) / 90));
  });

  it("a region counts each rep's activities with the region's subjects once", async () => {
    const r = await report(f.g.users.manager, { scope: "REGION", id: `${f.g.prefix}R`, ...Q1 });
    expect(r.kpis).toMatchObject({
      activities: 7,
      calls: 6,
      activeDays: 6,
      targets: 4,
      targetsSeen: 3,
      expectedCalls: 8,
      callsOnTargets: 6,
    });
    expect(r.kpis.frequencyAttainment).toBeCloseTo(5 / 8);
    expect(r.kpis.coverage).toBeCloseTo(2 / 4);
  });

  it("a part of the cycle expects its share of the planned calls; an empty period has no figures", async () => {
    const part = await report(f.g.users.analyst, { scope: "TERRITORY", id: f.g.ids.t1, from: "2027-01-01", to: "2027-01-10" });
    expect(part.kpis.expectedCalls).toBeCloseTo(0.6);
    expect(part.kpis).toMatchObject({ calls: 3, callsOnTargets: 3, targetsSeen: 1, coverage: 1 / 3 });
    expect(part.kpis.frequencyAttainment).toBeCloseTo(0.5);
    const empty = await report(f.g.users.analyst, { scope: "TERRITORY", id: f.g.ids.t1, from: "2026-01-01", to: "2026-02-01" });
    expect(empty.kpis).toEqual({
      activities: 0,
      calls: 0,
      activeDays: 0,
      daysInField: 0,
      callsPerDay: null,
      targets: 0,
      targetsSeen: 0,
      reach: null,
      expectedCalls: 0,
      callsOnTargets: 0,
      frequencyAttainment: null,
      coverage: null,
      reportedWithin24h: null,
      missingRequiredFields: null,
    });
  });

  it("a rep's scope: all their activities, the targets of the territories they cover", async () => {
    const r = await report(f.g.users.rep1, { scope: "REP", ...Q1 });
    expect(r).toMatchObject({ scope: "REP", id: f.g.users.rep1 });
    expect(r.kpis).toMatchObject({ activities: 6, calls: 5, targets: 3, callsOnTargets: 5 });
  });
});
