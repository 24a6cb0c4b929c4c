import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../../test/db.ts";
import { dayNumber, isoDate, weekStartOf } from "../../src/model/calendar.ts";
import { TestGraphQL } from "../graphql-client.ts";
import { createCycle, createPlan } from "../fixtures/field-plan.ts";
import { type ActivityLine, FIELD_REPORT, importActivities } from "./reporting-support.ts";

/**
 * Every KPI against a brute-force reference: random territories, reps, subjects, cycles, plans and
 * activities (written through the activities import, which refreshes the facts per batch), the
 * report read through GraphQL, the expected values computed here from the raw rows.
 */
const BASE = "2027-01-04";
const CHANNELS = ["VISIT", "REMOTE_CALL", "PHONE", "EMAIL"] as const;
const OUTCOMES = ["COMPLETED", "COMPLETED", "NOT_MET", "CANCELLED"] as const;
const OFFSETS = ["Z", "-05:00", "+09:00"] as const;
const TERRITORIES = 3;
const HCPS = 4;
const ACCOUNTS = 2;

const subset = (n: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: n });

const worldArb = fc.record({
  covers: fc.array(subset(TERRITORIES), { minLength: 1, maxLength: 3 }),
  aligned: fc.array(subset(TERRITORIES), { minLength: HCPS + ACCOUNTS, maxLength: HCPS + ACCOUNTS }),
  cycles: fc.array(fc.record({ start: fc.nat(40), days: fc.integer({ min: 1, max: 45 }) }), { minLength: 1, maxLength: 2 }),
  plans: fc.array(
    fc.record({
      cycle: fc.nat(1),
      territory: fc.nat(TERRITORIES - 1),
      status: fc.constantFrom("APPROVED", "APPROVED", "DRAFT"),
      targets: fc.array(
        fc.record({
          subject: fc.nat(HCPS + ACCOUNTS - 1),
          planned: fc.nat(4),
          segment: fc.constantFrom("A", "B", null),
          active: fc.boolean(),
        }),
        { maxLength: 5 },
      ),
    }),
    { maxLength: 4 },
  ),
  activities: fc.array(
    fc.record({
      rep: fc.nat(2),
      hcp: fc.option(fc.nat(HCPS - 1)),
      account: fc.option(fc.nat(ACCOUNTS - 1)),
      channel: fc.constantFrom(...CHANNELS),
      outcome: fc.constantFrom(...OUTCOMES),
      day: fc.nat(70),
      hour: fc.nat(23),
      offset: fc.constantFrom(...OFFSETS),
      minutes: fc.nat(90),
      products: fc.boolean(),
      messages: fc.boolean(),
      delayHours: fc.nat(60),
    }),
    { maxLength: 30 },
  ),
  period: fc.record({ from: fc.nat(60), days: fc.integer({ min: 1, max: 70 }) }),
});
type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

interface Activity {
  rep: number;
  hcp: number | null;
  account: number | null;
  channel: string;
  outcome: string;
  day: number;
  startMs: number;
  endMs: number;
  createdMs: number;
  products: boolean;
  messages: boolean;
}

/** Subjects 0..HCPS-1 are HCPs, then accounts. */
const subjectKind = (s: number) => (s < HCPS ? "HCP" : "ACCOUNT");

function activitiesOf(w: World): Activity[] {
  const base = dayNumber(BASE);
  return w.activities
    .filter((a) => a.hcp !== null || a.account !== null)
    .map((a) => {
      const day = base + a.day;
      const local = `${isoDate(day)}T${String(a.hour).padStart(2, "0")}:00:00${a.offset}`;
      const startMs = Date.parse(local);
      const endMs = startMs + a.minutes * 60_000;
      return {
        rep: a.rep % w.covers.length,
        hcp: a.hcp,
        account: a.account,
        channel: a.channel,
        outcome: a.outcome,
        day,
        startMs,
        endMs,
        createdMs: endMs + a.delayHours * 3_600_000,
        products: a.products,
        messages: a.messages,
      };
    });
}

interface Scope {
  /** Territory indexes whose subjects and plans count; null: a rep's scope. */
  territories: number[] | null;
  rep: number | null;
}

/** The KPIs from the raw rows, by their definitions (docs/FIELD.md, Reporting). */
function reference(w: World, scope: Scope, from: number, to: number, only: { rep?: number; segment?: string } = {}) {
  const base = dayNumber(BASE);
  const acts = activitiesOf(w);
  const covers = (rep: number, t: number) => w.covers[rep]!.includes(t);
  const alignedOf = (a: Activity) => [
    ...(a.hcp === null ? [] : w.aligned[a.hcp]!),
    ...(a.account === null ? [] : w.aligned[HCPS + a.account]!),
  ];
  const S = scope.territories;
  const counted = acts.filter(
    (a) =>
      a.day >= from &&
      a.day < to &&
      (only.rep === undefined || a.rep === only.rep) &&
      (S === null ? a.rep === scope.rep : S.some((t) => covers(a.rep, t)) && alignedOf(a).some((t) => S.includes(t))),
  );
  const completed = counted.filter((a) => a.outcome === "COMPLETED");
  const checked = completed.filter((a) => ["VISIT", "REMOTE_CALL", "PHONE"].includes(a.channel));
  const a = {
    activities: only.segment === undefined ? counted.length : 0,
    calls: only.segment === undefined ? completed.length : 0,
    activeDays: only.segment === undefined ? new Set(completed.map((x) => `${x.rep}|${x.day}`)).size : 0,
    daysInField:
      only.segment === undefined ? new Set(completed.filter((x) => x.channel === "VISIT").map((x) => `${x.rep}|${x.day}`)).size : 0,
    onTime: counted.filter((x) => x.createdMs <= x.endMs + 24 * 3_600_000).length,
    checked: checked.length,
    missing: checked.filter((x) => !x.products || !x.messages).length,
  };
  if (only.segment !== undefined) Object.assign(a, { onTime: 0, checked: 0, missing: 0 });

  const planTerritories = S ?? w.covers[scope.rep!]!;
  const t = { targets: 0, seen: 0, expected: 0, callsOnTargets: 0, attained: 0, covered: 0 };
  for (const plan of uniquePlans(w)) {
    const cycle = w.cycles[plan.cycle];
    if (!cycle || plan.status !== "APPROVED" || !planTerritories.includes(plan.territory)) continue;
    if (only.rep !== undefined && !covers(only.rep, plan.territory)) continue;
    const cs = base + cycle.start;
    const ce = cs + cycle.days - 1;
    const lo = Math.max(from, cs);
    const hi = Math.min(to, ce + 1);
    if (lo >= hi) continue;
    for (const target of uniqueTargets(plan.targets)) {
      if (!target.active || (only.segment !== undefined && (target.segment ?? "-") !== only.segment)) continue;
      const expected = (target.planned * (hi - lo)) / cycle.days;
      const calls = acts.filter(
        (x) =>
          x.outcome === "COMPLETED" &&
          x.day >= lo &&
          x.day < hi &&
          covers(x.rep, plan.territory) &&
          (subjectKind(target.subject) === "HCP" ? x.hcp === target.subject : x.account !== null && HCPS + x.account === target.subject),
      ).length;
      t.targets++;
      t.expected += expected;
      t.callsOnTargets += calls;
      t.attained += Math.min(calls, expected);
      if (calls > 0) t.seen++;
      if (calls >= expected - 1e-9) t.covered++;
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  return {
    activities: a.activities,
    calls: a.calls,
    activeDays: a.activeDays,
    daysInField: a.daysInField,
    callsPerDay: ratio(a.calls, a.activeDays),
    targets: t.targets,
    targetsSeen: t.seen,
    reach: ratio(t.seen, t.targets),
    expectedCalls: t.expected,
    callsOnTargets: t.callsOnTargets,
    frequencyAttainment: t.expected > 0 ? t.attained / t.expected : null,
    coverage: ratio(t.covered, t.targets),
    reportedWithin24h: ratio(a.onTime, a.activities),
    missingRequiredFields: ratio(a.missing, a.checked),
  };
}

/** One plan per cycle and territory (the first one generated), one target per subject. */
function uniquePlans(w: World) {
  const seen = new Set<string>();
  return w.plans
    .filter((p) => {
      const key = `${p.cycle % w.cycles.length}|${p.territory}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p) => ({ ...p, cycle: p.cycle % w.cycles.length }));
}

function uniqueTargets<T extends { subject: number }>(targets: T[]): T[] {
  const seen = new Set<number>();
  return targets.filter((t) => !seen.has(t.subject) && seen.add(t.subject));
}

function expectClose(actual: Record<string, unknown>, expected: Record<string, number | null>, where: string): void {
  for (const [k, v] of Object.entries(expected)) {
    const got = actual[k] as number | null;
    if (v === null || got === null) expect(got, `${where}.${k}`).toBe(v);
    else expect(Math.abs(got - v), `${where}.${k}: ${got} vs ${v}`).toBeLessThan(1e-9);
  }
}

let driver: Driver;
let api: TestGraphQL;
const base = uniquePrefix("reportprop");
let runs = 0;

const CREATE_WORLD = `
UNWIND $territories AS t
CREATE (:Territory {id: t.id, name: t.id, region: t.region})
WITH count(*) AS done
UNWIND $subjects AS s
CALL (s) {
  WITH s WHERE s.kind = 'HCP'
  CREATE (n:HCP {id: s.id, name: s.id}) RETURN n
  UNION
  WITH s WHERE s.kind = 'ACCOUNT'
  CREATE (n:Account {id: s.id, name: s.id}) RETURN n
}
CALL (n, s) { UNWIND s.aligned AS t MATCH (ter:Territory {id: t}) CREATE (n)-[:ALIGNED_TO]->(ter) }
WITH count(*) AS done
UNWIND $reps AS r
CREATE (u:User:Rep {id: r.id, name: r.id, role: 'REP'})
WITH u, r
CALL (u, r) { UNWIND r.covers AS t MATCH (ter:Territory {id: t}) CREATE (u)-[:COVERS]->(ter) }`;

async function writeWorld(w: World, p: string): Promise<void> {
  await driver.executeQuery(CREATE_WORLD, {
    territories: Array.from({ length: TERRITORIES }, (_, t) => ({ id: `${p}T${t}`, region: `${p}${t < 2 ? "R1" : "R2"}` })),
    subjects: w.aligned.map((aligned, s) => ({ id: `${p}S${s}`, kind: subjectKind(s), aligned: aligned.map((t) => `${p}T${t}`) })),
    reps: w.covers.map((covers, r) => ({ id: `${p}rep${r}`, covers: covers.map((t) => `${p}T${t}`) })),
  });
  const baseDay = dayNumber(BASE);
  for (const [i, c] of w.cycles.entries()) {
    await createCycle(driver, { id: `${p}C${i}`, startDate: isoDate(baseDay + c.start), endDate: isoDate(baseDay + c.start + c.days - 1) });
  }
  for (const plan of uniquePlans(w)) {
    await createPlan(driver, {
      cycleId: `${p}C${plan.cycle}`,
      territoryId: `${p}T${plan.territory}`,
      status: plan.status as "APPROVED" | "DRAFT",
      targets: uniqueTargets(plan.targets).map((t) => ({
        subjectId: `${p}S${t.subject}`,
        subjectKind: subjectKind(t.subject),
        segment: t.segment,
        plannedCalls: t.planned,
        active: t.active,
      })),
    });
  }
  const lines: ActivityLine[] = w.activities
    .map((raw, i) => ({ raw, a: activitiesOf({ ...w, activities: [raw] })[0], i }))
    .filter((x) => x.a !== undefined)
    .map(({ raw, a, i }) => ({
      rep: `${p}rep${a!.rep}`,
      key: `key-${String(i).padStart(6, "0")}`,
      channel: raw.channel,
      hcp: a!.hcp === null ? undefined : `${p}S${a!.hcp}`,
      account: a!.account === null ? undefined : `${p}S${HCPS + a!.account}`,
      startedAt: `${isoDate(a!.day)}T${String(raw.hour).padStart(2, "0")}:00:00${raw.offset}`,
      minutes: raw.minutes,
      outcome: raw.outcome,
      products: raw.products ? "P1" : "",
      messages: raw.messages ? "M1" : "",
      createdAt: new Date(a!.createdMs).toISOString(),
    }));
  if (lines.length) {
    const s = await importActivities(driver, `${base}admin`, p, lines);
    expect(s.status, s.message).toBe("SUCCEEDED");
  }
}

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery(`CREATE (:User {id: $id, name: 'Admin', role: 'ADMIN'})`, { id: `${base}admin` });
  api = await TestGraphQL.create(driver);
});

afterAll(async () => {
  await deleteByPrefix(driver, base);
  await driver.close();
});

describe("field report properties", () => {
  it("every KPI, in total, by week, by segment and by rep, equals the brute-force reference", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        const p = `${base}r${++runs}-`;
        await writeWorld(w, p);
        const from = dayNumber(BASE) + w.period.from;
        const to = from + w.period.days;
        const scopes: { scope: string; id: string; s: Scope }[] = [
          ...[0, 1, 2].map((t) => ({ scope: "TERRITORY", id: `${p}T${t}`, s: { territories: [t], rep: null } })),
          { scope: "REGION", id: `${p}R1`, s: { territories: [0, 1], rep: null } },
          ...w.covers.map((_, r) => ({ scope: "REP", id: `${p}rep${r}`, s: { territories: null, rep: r } })),
        ];
        for (const { scope, id, s } of scopes) {
          const res = await api.as(`${base}admin`, FIELD_REPORT, { scope, id, from: isoDate(from), to: isoDate(to) });
          expect(res.errors).toBeUndefined();
          const report = res.data!.fieldReport;
          expectClose(report.kpis, reference(w, s, from, to), `${scope} ${id}`);
          const weeks = report.byWeek as { weekStart: string; kpis: Record<string, unknown> }[];
          expect(weeks[0]!.weekStart).toBe(isoDate(weekStartOf(from)));
          for (const week of weeks) {
            const ws = dayNumber(week.weekStart);
            expectClose(week.kpis, reference(w, s, Math.max(from, ws), Math.min(to, ws + 7)), `${scope} ${id} week ${week.weekStart}`);
          }
          for (const seg of report.bySegment as { segment: string; kpis: Record<string, unknown> }[]) {
            expectClose(seg.kpis, reference(w, s, from, to, { segment: seg.segment }), `${scope} ${id} segment ${seg.segment}`);
          }
          for (const rep of report.byRep as { repId: string; kpis: Record<string, unknown> }[]) {
            const r = Number(rep.repId.slice(`${p}rep`.length));
            expectClose(rep.kpis, reference(w, s, from, to, { rep: r }), `${scope} ${id} rep ${r}`);
          }
        }
      }),
      {
        numRuns: Number(process.env.REPORTING_PROPERTY_RUNS ?? 15),
        examples: process.env.REPORTING_PROPERTY_EXAMPLE ? [[JSON.parse(process.env.REPORTING_PROPERTY_EXAMPLE) as World]] : [],
      },
    );
  }, 600_000);
});
