import { beforeAll, describe, expect, it } from "vitest";
import { activateCredentialModel } from "../fixtures/credential-scoring-model.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Week plans on the two-territory graph: rep1 (home in Austin) covers T1, whose approved plan
 * targets HCP1a (MD, A) and HCP1b (DO, B), both with ACC1 as primary account. ACC1 opens on
 * Mondays 14:00-16:00 and Tuesdays 08:00-12:00 only.
 */
const f = useTwoTerritoryApi("weekplans");

const WEEK = `id repId weekStart version reordered distanceKm home { lat lon }
  days { date distanceKm startAt endAt homeInTime visits { subjectId subjectKind accountId startAt endAt visitMinutes withinWindow travelMinutes } }
  unplanned { subjectId reason }`;
const PLAN = `mutation($w: String!, $rep: ID, $s: RouteSettingsInput) { planWeek(weekStart: $w, repId: $rep, settings: $s) { ${WEEK} } }`;
const READ = `query($w: String!, $rep: ID) { weekPlan(weekStart: $w, repId: $rep) { ${WEEK} } }`;
const REORDER = `mutation($w: String!, $d: String!, $o: [ID!]!, $v: Int!) { reorderDay(weekStart: $w, date: $d, order: $o, expectedVersion: $v) { ${WEEK} } }`;
const MONDAY = "2027-01-11";

beforeAll(async () => {
  const model = await activateCredentialModel(f.api, f.g.users.analyst, f.g.prefix);
  const cycle = `${f.g.prefix}C1`;
  await f.driver.executeQuery(`MATCH (a:Account {id: $id}) SET a.openingHours = $hours`, {
    id: f.g.ids.acc1,
    hours: JSON.stringify([
      { day: 1, open: "14:00", close: "16:00" },
      { day: 2, open: "08:00", close: "12:00" },
    ]),
  });
  const saved = await f.api.as(
    f.g.users.manager,
    `mutation($id: ID!) { saveCycle(id: $id, name: "C1", startDate: "2027-01-04", endDate: "2027-03-26") { id } }`,
    {
      id: cycle,
    },
  );
  expect(saved.errors).toBeUndefined();
  const generated = await f.api.as(
    f.g.users.manager,
    `mutation($c: ID!, $m: String!, $t: [ID!]) { generateCallPlans(cycleId: $c, model: $m, territoryIds: $t, frequencies: [{segment: "A", callsPerCycle: 12}, {segment: "B", callsPerCycle: 6}]) { targets } }`,
    { c: cycle, m: model, t: [f.g.ids.t1] },
  );
  expect(generated.data?.generateCallPlans.targets).toBe(2);
  const approved = await f.api.as(f.g.users.manager, `mutation($id: ID!) { approveCallPlan(id: $id, expectedVersion: 1) { status } }`, {
    id: `${cycle}|${f.g.ids.t1}`,
  });
  expect(approved.data?.approveCallPlan.status).toBe("APPROVED");
});

describe("week plans", () => {
  it("plans the rep's due targets at their primary account, inside its opening hours", async () => {
    const notMonday = await f.api.as(f.g.users.rep1, PLAN, { w: "2027-01-12" });
    expect(notMonday.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["weekStart"] });
    const badSettings = await f.api.as(f.g.users.rep1, PLAN, { w: MONDAY, s: { workStart: "18:00", workEnd: "08:00" } });
    expect(badSettings.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["settings", "workEnd"] });

    const planned = await f.api.as(f.g.users.rep1, PLAN, { w: MONDAY });
    expect(planned.errors).toBeUndefined();
    const week = planned.data?.planWeek;
    expect(week).toMatchObject({
      repId: f.g.users.rep1,
      weekStart: MONDAY,
      version: 1,
      reordered: false,
      home: { lat: 30.27, lon: -97.74 },
      unplanned: [],
    });
    expect(week.days.map((d: { date: string }) => d.date)).toEqual(["2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15"]);
    const visits = week.days.flatMap((d: { date: string; visits: { subjectId: string; startAt: string; endAt: string }[] }) =>
      d.visits.map((v) => ({ ...v, date: d.date })),
    );
    expect(visits.map((v: { subjectId: string }) => v.subjectId).sort()).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
    for (const v of visits) {
      expect(v).toMatchObject({ subjectKind: "HCP", accountId: f.g.ids.acc1, visitMinutes: 20, withinWindow: true });
      const [start, end] = [v.startAt.slice(11), v.endAt.slice(11)];
      if (v.date === "2027-01-11") expect(start >= "14:00" && end <= "16:00").toBe(true);
      else expect(v.date === "2027-01-12" && start >= "08:00" && end <= "12:00").toBe(true);
    }
    expect((await f.api.as(f.g.users.rep1, READ, { w: MONDAY })).data?.weekPlan).toEqual(week);
  });

  it("a rep reads and plans only their own week; the manager those of the team", async () => {
    const other = await f.api.as(f.g.users.rep2, READ, { w: MONDAY, rep: f.g.users.rep1 });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await f.api.as(f.g.users.rep2, READ, { w: MONDAY })).data?.weekPlan).toBeNull();
    const byManager = await f.api.as(f.g.users.manager, READ, { w: MONDAY, rep: f.g.users.rep1 });
    expect(byManager.data?.weekPlan.repId).toBe(f.g.users.rep1);
    expect((await f.api.as(f.g.users.steward, PLAN, { w: MONDAY, rep: f.g.users.rep1 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noHome = await f.api.as(f.g.users.admin, PLAN, { w: MONDAY, rep: f.g.users.kam });
    expect(noHome.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["repId"] });
  });

  it("the rep reorders a day by hand at the version read; the times follow the new order", async () => {
    const week = (await f.api.as(f.g.users.rep1, PLAN, { w: MONDAY, s: { workStart: "13:00" } })).data?.planWeek;
    const day = week.days.find((d: { visits: unknown[] }) => d.visits.length === 2);
    expect(day).toBeDefined();
    const reversed = [...day.visits].reverse().map((v: { subjectId: string }) => v.subjectId);

    const wrong = await f.api.as(f.g.users.rep1, REORDER, { w: MONDAY, d: day.date, o: [reversed[0]], v: week.version });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["order"] });
    const stale = await f.api.as(f.g.users.rep1, REORDER, { w: MONDAY, d: day.date, o: reversed, v: week.version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const done = await f.api.as(f.g.users.rep1, REORDER, { w: MONDAY, d: day.date, o: reversed, v: week.version });
    expect(done.errors).toBeUndefined();
    const after = done.data?.reorderDay;
    expect(after).toMatchObject({ version: week.version + 1, reordered: true });
    const newDay = after.days.find((d: { date: string }) => d.date === day.date);
    expect(newDay.visits.map((v: { subjectId: string }) => v.subjectId)).toEqual(reversed);
    expect(newDay.visits[0].startAt < newDay.visits[1].startAt).toBe(true);
  });
});
