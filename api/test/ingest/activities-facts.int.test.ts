import { describe, expect, it } from "vitest";
import { recordActivity } from "../../src/field/activities/activity-store.ts";
import { UNRESTRICTED_SCOPE } from "../../src/model/access-scope.ts";
import { createCycle, createPlan } from "../fixtures/field-plan.ts";
import { rebuiltFacts, storedFacts } from "../field/fact-reference.ts";
import { ACTIVITY_HEADER, activityLine } from "../field/reporting-support.ts";
import { useImportFixture } from "./use-import-fixture.ts";

/**
 * The import adds each batch's activities to the facts instead of recomputing them from every
 * activity: after any sequence of imports (batches splitting rep-days, weeks and subjects, a
 * re-import, writes by recordActivity in between) the facts are exactly what a rebuild from the
 * Activity nodes gives.
 */
const f = useImportFixture("importfacts");

const CHANNELS = ["VISIT", "PHONE", "REMOTE_CALL", "EMAIL", "VISIT"];
const OUTCOMES = ["COMPLETED", "COMPLETED", "NOT_MET", "COMPLETED", "CANCELLED"];

/** Row i of a file: reps, subjects (HCPs, accounts, both, across both territories), days (local dates near midnight too) spread over i. */
function row(file: string, i: number): string {
  const { g } = f;
  const subjects = [
    { hcp: g.ids.hcp1a },
    { hcp: g.ids.hcp1b, account: g.ids.acc1 },
    { account: g.ids.acc2 },
    { hcp: g.ids.hcp2 },
    { hcp: g.ids.hcp1a, account: g.ids.acc2 },
  ];
  const day = 4 + (Math.floor(i / 2) % 9); // 2027-01-04 (a Monday) to 2027-01-12: two weeks
  const hour = [9, 23, 0, 14][i % 4]!;
  const offset = ["-05:00", "+01:00", "Z"][i % 3]!;
  return activityLine({
    rep: i % 3 === 0 ? g.users.rep2 : g.users.rep1,
    key: `${file}-${String(i).padStart(6, "0")}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    ...subjects[Math.floor(i / 5) % subjects.length],
    startedAt: `2027-01-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:30:00${offset}`,
    outcome: OUTCOMES[i % OUTCOMES.length]!,
    products: i % 4 === 0 ? "" : "P1",
    messages: i % 6 === 0 ? "" : "M1",
    createdAt: i % 5 === 0 ? "2027-01-20T12:00:00Z" : "",
  });
}

const file = (name: string, rows: number) =>
  f.file(`${name}.csv`, [ACTIVITY_HEADER, ...Array.from({ length: rows }, (_, i) => row(name, i))]);

describe("the activities import brings the facts up to date incrementally", () => {
  it("batches, a re-import and recordActivity in between give the facts a rebuild gives", async () => {
    const { g } = f;
    await createCycle(f.driver, { id: `${f.p}2027-Q1`, startDate: "2027-01-01", endDate: "2027-03-31" });
    await createPlan(f.driver, {
      cycleId: `${f.p}2027-Q1`,
      territoryId: g.ids.t1,
      status: "APPROVED",
      targets: [{ subjectId: g.ids.hcp1a, subjectKind: "HCP", segment: "A", plannedCalls: 2 }],
    });
    await f.driver.executeQuery(
      `MATCH (p:CallPlan {id: $plan}) CREATE (:PlanFact {id: $plan, planId: $plan, stale: false})-[:OF_PLAN]->(p)`,
      { plan: `${f.p}2027-Q1|${g.ids.t1}` },
    );

    // Small batches: every rep-day, week and subject is split over several of them (two in flight).
    const a = file("a", 60);
    expect(await f.run("activities", a, { mode: "partial", batchSize: 7 })).toMatchObject({ status: "SUCCEEDED", created: 60 });
    expect(await storedFacts(f.driver, f.p)).toEqual(await rebuiltFacts(f.driver, f.p));
    const planFact = await f.query(`MATCH (pf:PlanFact {id: $plan}) RETURN pf.stale AS stale`, {
      plan: `${f.p}2027-Q1|${g.ids.t1}`,
    });
    expect(planFact).toEqual([{ stale: true }]);

    // A write through recordActivity between imports (the recomputing path) on days and subjects the imports touch.
    await recordActivity(f.driver, {
      repId: g.users.rep1,
      idempotencyKey: "rec-000001",
      content: {
        channel: "VISIT",
        hcpId: g.ids.hcp1a,
        startedAt: "2027-01-05T10:00:00-05:00",
        durationMinutes: 20,
        outcome: "COMPLETED",
        products: ["P1"],
        keyMessages: ["M1"],
        activations: [],
      },
      scope: UNRESTRICTED_SCOPE,
      editHours: 72,
    });

    // The same file again stores nothing and changes no fact; a second file adds to the same keys, all-or-nothing.
    const before = await storedFacts(f.driver, f.p);
    expect(await f.run("activities", a, { mode: "partial", batchSize: 7 })).toMatchObject({
      status: "SUCCEEDED",
      created: 0,
      unchanged: 60,
    });
    expect(await storedFacts(f.driver, f.p)).toEqual(before);
    expect(await f.run("activities", file("b", 45), { batchSize: 4 })).toMatchObject({ status: "SUCCEEDED", created: 45 });

    // A file of old and new rows together: only the new ones are written and added.
    const mixed = f.file("mixed.csv", [ACTIVITY_HEADER, row("a", 3), row("c", 1), row("b", 10), row("c", 2), row("c", 5)]);
    expect(await f.run("activities", mixed, { mode: "partial", batchSize: 2 })).toMatchObject({ created: 3, unchanged: 2 });

    const facts = await storedFacts(f.driver, f.p);
    expect(facts).toEqual(await rebuiltFacts(f.driver, f.p));
    // The keys this test means to cover: both reps over two weeks, several sets a day, every subject.
    const ids = Object.keys(facts);
    expect(ids.filter((id) => id.startsWith("day ")).length).toBe(15);
    expect(ids.filter((id) => id.startsWith("week ")).length).toBe(4);
    expect(ids.filter((id) => id.startsWith("calls ")).length).toBe(5);
    expect(Object.values(facts).some((x) => ((x as { sets?: string[] }).sets?.length ?? 0) > 1)).toBe(true);
  });
});
