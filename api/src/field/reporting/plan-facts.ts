/**
 * Plan facts: the target KPIs of one approved call plan, pre-aggregated so that a report over many
 * plans reads one node per plan instead of every target and its subject's call fact.
 *
 * `(:PlanFact {id: <plan id>, planId, planVersion, reps, stale, whole, detail})-[:OF_PLAN]->(:CallPlan)`:
 * - `whole`: the plan's breakdown over its whole cycle (by segment and by week, as `targetBreakdown`
 *   computes it), which is exactly what every period covering the cycle gets from the plan;
 * - `detail`: the plan's targets grouped by segment and planned calls with the days of their calls
 *   (relative to the cycle's start), for periods that cut the cycle.
 *
 * A fact is fresh while the plan is at `planVersion` (target changes, review and regeneration bump
 * it), the reps covering the territory are `reps` (their calls are the ones that count), and no
 * subject call fact of its targets changed since it was built: REFRESH_SUBJECTS (report-facts.ts)
 * sets `stale`. Facts are built when a report finds them missing or not fresh: the rebuild locks
 * the fact first, then reads the call facts, so a concurrent activity write either waits and marks
 * it stale after, or is read by it.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { addTargets, noTargets, type TargetTotals } from "./field-kpis.ts";
import { dayNumber, isoDate } from "../../model/calendar.ts";
import { type Period, periodOf } from "./report-period.ts";
import { type TargetBreakdown, type TargetGroup, targetBreakdown } from "./target-kpis.ts";

/** Plans rebuilt per transaction. */
const REBUILD_BATCH = 50;

/** The approved plans whose cycle overlaps the period, with their fact when it is fresh. */
const PLANS_IN_PERIOD = `
MATCH (c:Cycle) WHERE c.startDate < date($to) AND c.endDate >= date($from)
MATCH (p:CallPlan {cycleId: c.id}) WHERE p.status = 'APPROVED' AND ($territories IS NULL OR p.territoryId IN $territories)
CALL (p) { OPTIONAL MATCH (u:User)-[:COVERS]->(:Territory {id: p.territoryId}) WITH u.id AS id ORDER BY id RETURN collect(id) AS reps }
OPTIONAL MATCH (pf:PlanFact {id: p.id})
WITH p, c, pf, coalesce(pf.stale = false AND pf.planVersion = p.version AND pf.reps = reps, false) AS fresh,
  c.startDate >= date($from) AND c.endDate < date($to) AS covered
RETURN p.id AS planId, p.territoryId AS territoryId, toString(c.startDate) AS cycleStart, toString(c.endDate) AS cycleEnd, fresh,
  CASE WHEN fresh AND covered THEN pf.whole END AS whole, CASE WHEN fresh AND NOT covered THEN pf.detail END AS detail`;

/** Locks the facts of `$planIds` (sorted) before anything is read; creates the missing ones. */
const LOCK_FACTS = `
UNWIND $planIds AS id
MATCH (p:CallPlan {id: id})
MERGE (pf:PlanFact {id: id})
ON CREATE SET pf.planId = id
SET pf.stale = false
MERGE (pf)-[:OF_PLAN]->(p)`;

/** Per plan: its version, reps, cycle, and active targets grouped by segment and planned calls with the days of their calls by the reps in the cycle. */
const PLAN_TARGETS = `
UNWIND $planIds AS id
MATCH (p:CallPlan {id: id})
MATCH (c:Cycle {id: p.cycleId})
CALL (p) { OPTIONAL MATCH (u:User)-[:COVERS]->(:Territory {id: p.territoryId}) WITH u.id AS id ORDER BY id RETURN collect(id) AS reps }
CALL (p, c, reps) {
  MATCH (p)-[:HAS_TARGET]->(t:Target) WHERE t.active = true
  OPTIONAL MATCH (f:SubjectCallFact {id: t.subjectId + '|calls'})
  // Each list property read once (an indexed property read reads the whole list).
  WITH t, coalesce(f.days, []) AS days, coalesce(f.reps, []) AS callers
  WITH coalesce(t.segment, '-') AS segment, t.plannedCalls AS plannedCalls,
    [i IN range(0, size(days) - 1) WHERE days[i] >= c.startDate AND days[i] <= c.endDate AND callers[i] IN reps | duration.inDays(c.startDate, days[i]).days] AS calls
  WITH segment, plannedCalls, collect(calls) AS calls
  RETURN collect({segment: segment, plannedCalls: plannedCalls, calls: calls}) AS groups
}
RETURN p.id AS planId, p.version AS planVersion, p.territoryId AS territoryId, reps, toString(c.startDate) AS cycleStart,
  toString(c.endDate) AS cycleEnd, groups`;

const WRITE_FACTS = `
UNWIND $facts AS x
MATCH (pf:PlanFact {id: x.planId})
SET pf.planVersion = x.planVersion, pf.reps = x.reps, pf.whole = x.whole, pf.detail = x.detail, pf.builtAt = datetime()`;

/** A breakdown without territory: `[segment or week start day, targets, seen, expected, callsOnTargets, attained, covered]`. */
type TotalsRow = [string | number, number, number, number, number, number, number];

interface WholeCycle {
  bySegment: TotalsRow[];
  byWeek: TotalsRow[];
}

/** Groups with call days relative to the cycle's start. */
type Detail = { segment: string; plannedCalls: number; calls: number[][] }[];

interface PlanData {
  planId: string;
  territoryId: string;
  cycleStart: number;
  cycleEnd: number;
  whole: WholeCycle | null;
  detail: Detail | null;
}

const row = (key: string | number, t: TargetTotals): TotalsRow => [
  key,
  t.targets,
  t.seen,
  t.expected,
  t.callsOnTargets,
  t.attained,
  t.covered,
];
const totals = (r: TotalsRow): TargetTotals => ({
  targets: r[1],
  seen: r[2],
  expected: r[3],
  callsOnTargets: r[4],
  attained: r[5],
  covered: r[6],
});

const groupsOf = (p: PlanData, detail: Detail): TargetGroup[] =>
  detail.map((g) => ({
    territoryId: p.territoryId,
    segment: g.segment,
    plannedCalls: g.plannedCalls,
    cycleStart: p.cycleStart,
    cycleEnd: p.cycleEnd,
    calls: g.calls.map((days) => days.map((d) => p.cycleStart + d)),
  }));

/** The whole-cycle breakdown of one plan from its detail. */
function wholeCycleOf(p: PlanData, detail: Detail): WholeCycle {
  const cycle = targetBreakdown(groupsOf(p, detail), periodOf(isoDate(p.cycleStart), isoDate(p.cycleEnd + 1)));
  const untagged = (map: Map<string, TargetTotals>, asNumber: boolean) =>
    [...map].map(([key, t]) => {
      const k = key.slice(key.indexOf("\u0000") + 1);
      return row(asNumber ? Number(k) : k, t);
    });
  return { bySegment: untagged(cycle.bySegment, false), byWeek: untagged(cycle.byWeek, true) };
}

const num = (v: unknown) => Number(v);

async function rebuild(tx: ManagedTransaction, planIds: string[]): Promise<PlanData[]> {
  await tx.run(LOCK_FACTS, { planIds });
  const { records } = await tx.run(PLAN_TARGETS, { planIds });
  const built = records.map((r) => {
    const plan: PlanData = {
      planId: r.get("planId") as string,
      territoryId: r.get("territoryId") as string,
      cycleStart: dayNumber(r.get("cycleStart") as string),
      cycleEnd: dayNumber(r.get("cycleEnd") as string),
      whole: null,
      detail: null,
    };
    const detail: Detail = (r.get("groups") as { segment: string; plannedCalls: unknown; calls: unknown[][] }[]).map((g) => ({
      segment: g.segment,
      plannedCalls: num(g.plannedCalls),
      calls: g.calls.map((days) => days.map(num)),
    }));
    return { plan: { ...plan, whole: wholeCycleOf(plan, detail), detail }, version: r.get("planVersion"), reps: r.get("reps") as string[] };
  });
  await tx.run(WRITE_FACTS, {
    facts: built.map((b) => ({
      planId: b.plan.planId,
      planVersion: b.version,
      reps: b.reps,
      whole: JSON.stringify(b.plan.whole),
      detail: JSON.stringify(b.plan.detail),
    })),
  });
  return built.map((b) => b.plan);
}

/**
 * The target breakdown of the approved plans of `territories` (null: all) whose cycle overlaps the
 * period: from the plan facts, rebuilding the missing and stale ones first.
 */
export async function planTargetBreakdown(driver: Driver, territories: string[] | null, period: Period): Promise<TargetBreakdown> {
  const { records } = await driver.executeQuery(PLANS_IN_PERIOD, { from: period.from, to: period.to, territories }, { routing: "READ" });
  const plans: PlanData[] = [];
  const toBuild: string[] = [];
  for (const r of records) {
    if (!r.get("fresh")) {
      toBuild.push(r.get("planId") as string);
      continue;
    }
    const whole = r.get("whole") as string | null;
    const detail = r.get("detail") as string | null;
    plans.push({
      planId: r.get("planId") as string,
      territoryId: r.get("territoryId") as string,
      cycleStart: dayNumber(r.get("cycleStart") as string),
      cycleEnd: dayNumber(r.get("cycleEnd") as string),
      whole: whole === null ? null : (JSON.parse(whole) as WholeCycle),
      detail: detail === null ? null : (JSON.parse(detail) as Detail),
    });
  }
  toBuild.sort();
  const session = driver.session();
  try {
    for (let i = 0; i < toBuild.length; i += REBUILD_BATCH) {
      const batch = toBuild.slice(i, i + REBUILD_BATCH);
      plans.push(...(await session.executeWrite((tx) => rebuild(tx, batch))));
    }
  } finally {
    await session.close();
  }

  const out: TargetBreakdown = { bySegment: new Map(), byWeek: new Map() };
  const add = (map: Map<string, TargetTotals>, key: string, t: TargetTotals) => {
    const into = map.get(key) ?? noTargets();
    map.set(key, addTargets(into, t));
  };
  const cut: TargetGroup[] = [];
  for (const p of plans) {
    const covered = period.fromDay <= p.cycleStart && p.cycleEnd < period.toDay;
    if (covered && p.whole) {
      for (const r of p.whole.bySegment) add(out.bySegment, `${p.territoryId}\u0000${r[0]}`, totals(r));
      for (const r of p.whole.byWeek) add(out.byWeek, `${p.territoryId}\u0000${r[0]}`, totals(r));
    } else if (p.detail) cut.push(...groupsOf(p, p.detail));
  }
  const partial = targetBreakdown(cut, period);
  for (const [key, t] of partial.bySegment) add(out.bySegment, key, t);
  for (const [key, t] of partial.byWeek) add(out.byWeek, key, t);
  return out;
}
