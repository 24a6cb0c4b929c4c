import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCycle, createPlan } from "../fixtures/field-plan.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { FIELD_REPORT } from "./reporting-support.ts";

/** The facts follow recordActivity and editActivity in their transaction: a retry adds nothing, an edit moves the counts. */
const f = useTwoTerritoryApi("reportfacts");
const Q1 = { from: "2027-01-01", to: "2027-04-01" };
const RECORD = `mutation($k: String!, $a: ActivityInput!) { recordActivity(idempotencyKey: $k, activity: $a) { created activity { id version } } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $a: ActivityInput!) { editActivity(id: $id, expectedVersion: $v, activity: $a) { id version } }`;

beforeAll(async () => {
  const { driver, g } = f;
  await createCycle(driver, { id: `${g.prefix}2027-Q1`, startDate: "2027-01-01", endDate: "2027-03-31" });
  await createPlan(driver, {
    cycleId: `${g.prefix}2027-Q1`,
    territoryId: g.ids.t1,
    status: "APPROVED",
    targets: [
      { subjectId: g.ids.hcp1a, subjectKind: "HCP", segment: "A", plannedCalls: 2 },
      { subjectId: g.ids.hcp1b, subjectKind: "HCP", segment: "B", plannedCalls: 1 },
    ],
  });
});

const kpis = async () => {
  const r = await f.api.as(f.g.users.rep1, FIELD_REPORT, { scope: "REP", ...Q1 });
  expect(r.errors).toBeUndefined();
  return r.data!.fieldReport;
};
const facts = async () =>
  (
    await f.driver.executeQuery(
      `CALL () { MATCH (d:RepDayFact {repId: $rep}) RETURN d.id AS id UNION MATCH (s:SubjectCallFact) WHERE s.subjectId IN $subjects RETURN s.id AS id } RETURN id ORDER BY id`,
      { rep: f.g.users.rep1, subjects: [f.g.ids.hcp1a, f.g.ids.hcp1b] },
    )
  ).records.map((r) => r.get("id") as string);

const visit = (hcpId: string, startedAt: string, outcome = "COMPLETED") => ({
  channel: "VISIT",
  hcpId,
  startedAt,
  durationMinutes: 20,
  outcome,
  products: ["P"],
  keyMessages: ["M"],
});

describe("reporting facts on the write path", () => {
  it("record, retry, edit to another day and subject, edit back to completed", async () => {
    const { g } = f;
    const k = randomUUID();
    const first = await f.api.as(g.users.rep1, RECORD, { k, a: visit(g.ids.hcp1a, "2027-01-04T10:00:00+01:00") });
    expect(first.data?.recordActivity.created).toBe(true);
    const id = first.data?.recordActivity.activity.id;
    expect((await kpis()).kpis).toMatchObject({ activities: 1, calls: 1, daysInField: 1, callsOnTargets: 1, targetsSeen: 1 });
    expect(await facts()).toEqual([`${g.ids.hcp1a}|calls`, `${g.users.rep1}|2027-01-04`]);

    const retry = await f.api.as(g.users.rep1, RECORD, { k, a: visit(g.ids.hcp1a, "2027-01-04T10:00:00+01:00") });
    expect(retry.data?.recordActivity.created).toBe(false);
    expect((await kpis()).kpis).toMatchObject({ activities: 1, calls: 1 });

    const moved = await f.api.as(g.users.rep1, EDIT, { id, v: 1, a: visit(g.ids.hcp1b, "2027-02-10T23:30:00-05:00", "NOT_MET") });
    expect(moved.errors).toBeUndefined();
    const afterMove = await kpis();
    expect(afterMove.kpis).toMatchObject({ activities: 1, calls: 0, callsOnTargets: 0, targetsSeen: 0 });
    expect(afterMove.byWeek.find((w: { weekStart: string }) => w.weekStart === "2027-01-04").kpis.activities).toBe(0);
    expect(afterMove.byWeek.find((w: { weekStart: string }) => w.weekStart === "2027-02-08").kpis.activities).toBe(1);
    expect(await facts()).toEqual([`${g.users.rep1}|2027-02-10`]);

    await f.api.as(g.users.rep1, EDIT, { id, v: 2, a: visit(g.ids.hcp1b, "2027-02-10T23:30:00-05:00") });
    expect((await kpis()).kpis).toMatchObject({ calls: 1, callsOnTargets: 1, targetsSeen: 1, coverage: 0.5 });
    expect(await facts()).toEqual([`${g.ids.hcp1b}|calls`, `${g.users.rep1}|2027-02-10`]);
  });
});
