import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { FIELD_REPORT, importActivities } from "./reporting-support.ts";

/**
 * Who reads which figures: a REP their own and their territories' (never another rep's row), a KAM
 * their own, a MANAGER what they manage, everyone else anything; the period is checked.
 */
const f = useTwoTerritoryApi("reportaccess");
const Q1 = { from: "2027-01-01", to: "2027-04-01" };
const PERIOD = `${2100 + Math.floor(Math.random() * 800)}-Q1`;
let rep3: string;

beforeAll(async () => {
  const { driver, g } = f;
  const p = g.prefix;
  rep3 = `${p}rep3`;
  await driver.executeQuery(
    `MATCH (t:Territory) WHERE t.id IN [$t1, $t2] SET t.region = $p + 'R'
     WITH count(*) AS done MATCH (t1:Territory {id: $t1}) CREATE (:User:Rep {id: $rep3, name: 'Third Rep', role: 'REP'})-[:COVERS]->(t1)`,
    { t1: g.ids.t1, t2: g.ids.t2, p, rep3 },
  );
  const at = (day: string) => `2027-01-${day}T10:00:00Z`;
  const s = await importActivities(driver, g.users.steward, p, [
    {
      rep: g.users.rep1,
      key: "acc-rep1-on-time",
      channel: "VISIT",
      hcp: g.ids.hcp1a,
      startedAt: at("04"),
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: at("04"),
    },
    {
      rep: g.users.rep1,
      key: "acc-rep1-late",
      channel: "VISIT",
      hcp: g.ids.hcp1a,
      startedAt: at("05"),
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: at("09"),
    },
    {
      rep: g.users.rep1,
      key: "acc-rep1-no-products",
      channel: "PHONE",
      hcp: g.ids.hcp1b,
      startedAt: at("06"),
      outcome: "COMPLETED",
      messages: "M",
      createdAt: at("06"),
    },
    {
      rep: rep3,
      key: "acc-rep3-late",
      channel: "VISIT",
      hcp: g.ids.hcp1b,
      startedAt: at("05"),
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: at("20"),
    },
    {
      rep: g.users.rep2,
      key: "acc-rep2-late",
      channel: "VISIT",
      hcp: g.ids.hcp2,
      startedAt: at("05"),
      outcome: "COMPLETED",
      products: "P",
      messages: "M",
      createdAt: at("20"),
    },
  ]);
  expect(s.status, s.message).toBe("SUCCEEDED");
  // Own values of a period only this file uses, materialized: ACC1 = 1 + 10 + 0.5 x 20, ACC2 = 2 + 40 + 0.5 x 20.
  await driver.executeQuery(
    `UNWIND $own AS o MATCH (n {id: o.id}) CREATE (n)-[:HAS_METRIC]->(:MetricValue {id: o.id + '|TRX|' + $period, entityId: o.id, metric: 'TRX', period: $period, value: o.value})`,
    {
      period: PERIOD,
      own: [
        { id: g.ids.hcp1a, value: 10 },
        { id: g.ids.hcp1b, value: 20 },
        { id: g.ids.hcp2, value: 40 },
        { id: g.ids.acc1, value: 1 },
        { id: g.ids.acc2, value: 2 },
      ],
    },
  );
  const m = await f.api.as(g.users.admin, `mutation($p: String!) { materializeRollups(metric: TRX, period: $p) { nodes } }`, { p: PERIOD });
  expect(m.errors).toBeUndefined();
});

const ask = (user: string, vars: Record<string, unknown>) => f.api.as(user, FIELD_REPORT, { ...Q1, ...vars });
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe("field report access", () => {
  it("a REP reads their own figures and their territory's, with only their own row", async () => {
    const { g } = f;
    const own = await ask(g.users.rep1, { scope: "REP" });
    expect(own.errors).toBeUndefined();
    expect(own.data?.fieldReport.kpis.activities).toBe(3);
    expect((await ask(g.users.rep1, { scope: "REP", id: g.users.rep1 })).data?.fieldReport.id).toBe(g.users.rep1);

    const territory = await ask(g.users.rep1, { scope: "TERRITORY", id: g.ids.t1 });
    expect(territory.errors).toBeUndefined();
    expect(territory.data?.fieldReport.kpis.activities).toBe(4);
    expect(territory.data?.fieldReport.byRep.map((r: { repId: string }) => r.repId)).toEqual([g.users.rep1]);
  });

  it("anything else is the same FORBIDDEN for a REP, whether or not the id exists", async () => {
    const { g } = f;
    const other = await ask(g.users.rep1, { scope: "REP", id: g.users.rep2 });
    const missing = await ask(g.users.rep1, { scope: "REP", id: `${g.prefix}nobody` });
    expect(code(other)).toBe("FORBIDDEN");
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(other.data).toBeNull();
    for (const vars of [
      { scope: "TERRITORY", id: g.ids.t2 },
      { scope: "TERRITORY", id: `${g.prefix}nowhere` },
      { scope: "REGION", id: `${g.prefix}R` },
      { scope: "ALL" },
    ]) {
      const r = await ask(g.users.rep1, vars);
      expect(code(r), JSON.stringify(vars)).toBe("FORBIDDEN");
      expect(r.errors?.[0]?.message).toBe(other.errors?.[0]?.message);
    }
    expect(code(await ask(g.users.kam, { scope: "TERRITORY", id: g.ids.t1 }))).toBe("FORBIDDEN");
    expect((await ask(g.users.kam, { scope: "REP" })).data?.fieldReport.kpis.activities).toBe(0);
  });

  it("a MANAGER reads the territories, region and reps they manage; ANALYST anything", async () => {
    const { g } = f;
    const t1 = await ask(g.users.manager, { scope: "TERRITORY", id: g.ids.t1 });
    expect(t1.data?.fieldReport.byRep.map((r: { repId: string; lateReports: number }) => [r.repId, r.lateReports])).toEqual([
      [g.users.rep1, 1],
      [rep3, 1],
    ]);
    expect((await ask(g.users.manager, { scope: "REGION", id: `${g.prefix}R` })).data?.fieldReport.kpis.activities).toBe(5);
    expect((await ask(g.users.manager, { scope: "REP", id: rep3 })).errors).toBeUndefined();
    expect(code(await ask(g.users.manager, { scope: "REP", id: g.users.kam }))).toBe("FORBIDDEN");
    expect(code(await ask(g.users.manager, { scope: "ALL" }))).toBe("FORBIDDEN");
    expect(code(await ask(g.users.manager, { scope: "REGION", id: "R" }))).toBe("FORBIDDEN");
    expect((await ask(g.users.analyst, { scope: "ALL" })).errors).toBeUndefined();
    expect(code(await ask(g.users.analyst, { scope: "TERRITORY", id: `${g.prefix}nowhere` }))).toBe("NOT_FOUND");
  });

  it("bad periods and scopes answer BAD_USER_INPUT with the argument's path", async () => {
    const { g } = f;
    const path = async (vars: Record<string, unknown>) => (await ask(g.users.analyst, vars)).errors?.[0]?.extensions;
    expect(await path({ scope: "REP", id: g.users.rep1, from: "2027-13-01" })).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentPath: ["from"],
    });
    expect(await path({ scope: "REP", id: g.users.rep1, to: "2027-01-01" })).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentPath: ["to"],
    });
    expect(await path({ scope: "REP", id: g.users.rep1, to: "2028-02-06" })).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentPath: ["to"],
    });
    expect(await path({ scope: "REP", id: g.users.rep1, to: "2028-02-05" })).toBeUndefined();
    expect(await path({ scope: "TERRITORY" })).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["id"] });
    expect(await path({ scope: "ALL", id: g.ids.t1 })).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["id"] });
  });

  it("late reports: REPs their own, MANAGERs their team's, others anyone's", async () => {
    const { g } = f;
    const LATE = `query($rep: ID) { lateReports(repId: $rep, from: "2027-01-01", to: "2027-02-01") { id repId } }`;
    const ids = async (user: string, rep?: string) =>
      (await f.api.as(user, LATE, { rep })).data?.lateReports.map((a: { id: string }) => a.id).sort();
    expect(await ids(g.users.rep1)).toEqual([`${g.users.rep1}|acc-rep1-late`, `${g.users.rep1}|acc-rep1-no-products`]);
    const other = await f.api.as(g.users.rep1, LATE, { rep: g.users.rep2 });
    expect(code(other)).toBe("FORBIDDEN");
    expect(other.errors?.[0]?.message).toBe((await f.api.as(g.users.rep1, LATE, { rep: `${g.prefix}nobody` })).errors?.[0]?.message);
    expect(await ids(g.users.manager)).toEqual(
      [
        `${g.users.rep1}|acc-rep1-late`,
        `${g.users.rep1}|acc-rep1-no-products`,
        `${g.users.rep2}|acc-rep2-late`,
        `${rep3}|acc-rep3-late`,
      ].sort(),
    );
    expect(await ids(g.users.analyst, g.users.rep2)).toEqual([`${g.users.rep2}|acc-rep2-late`]);
  });

  it("territory sales credit: accounts' roll-ups per territory; a REP's count only what they may see", async () => {
    const { g } = f;
    const CREDIT = `query($p: String!, $r: String) { territorySalesCredit(metric: TRX, period: $p, region: $r) { territoryId credit accounts metric period } }`;
    const credit = async (user: string) =>
      (await f.api.as(user, CREDIT, { p: PERIOD, r: `${g.prefix}R` })).data?.territorySalesCredit.map((c: any) => [
        c.territoryId,
        c.credit,
        c.accounts,
      ]);
    expect(await credit(g.users.analyst)).toEqual([
      [g.ids.t1, 21, 1],
      [g.ids.t2, 52, 1],
    ]);
    expect(await credit(g.users.rep1)).toEqual([[g.ids.t1, 21, 1]]);
    expect(await credit(g.users.rep2)).toEqual([[g.ids.t2, 42, 1]]);
    expect(await credit(g.users.kam)).toEqual([]);
  });
});
