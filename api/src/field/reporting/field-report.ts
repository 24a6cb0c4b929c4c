/**
 * A field report: the KPIs of a scope and period, by segment, by week and by rep, from the
 * rep-week facts, with rep-day facts for the days outside whole weeks (activity KPIs), and the plan
 * facts of approved plans (target KPIs); then sums in TypeScript.
 */
import type { Driver } from "neo4j-driver";
import {
  type ActivityTotals,
  addActivities,
  addTargets,
  type FieldKpis,
  fieldKpis,
  noActivities,
  noTargets,
  type TargetTotals,
} from "./field-kpis.ts";
import { ACTIVITY_ROWS_OF_ALL, ACTIVITY_ROWS_OF_REPS, REPS } from "./report-queries.ts";
import { planTargetBreakdown } from "./plan-facts.ts";
import { type RepWeekRow, repWeekRows, splitIntoWeeks } from "./rep-week-facts.ts";
import { dayNumber, isoDate } from "../../model/calendar.ts";
import { type Period, weeksOf } from "./report-period.ts";
import type { KpiScope, ResolvedScope } from "./report-scope.ts";

export interface FieldReport {
  scope: KpiScope;
  id: string | null;
  from: string;
  to: string;
  kpis: FieldKpis;
  bySegment: { segment: string; kpis: FieldKpis }[];
  byWeek: { weekStart: string; kpis: FieldKpis }[];
  byRep: { repId: string; repName: string; kpis: FieldKpis; lateReports: number }[];
}

interface RepInfo {
  id: string;
  name: string;
  covers: string[];
}

const num = (v: unknown) => Number(v);

async function read(driver: Driver, query: string, params: Record<string, unknown>) {
  return (await driver.executeQuery(query, params, { routing: "READ" })).records;
}

/** The reps listed in `byRep`: the scope's rep, the reps covering its territories, or for ALL every covering rep and every rep with activities. */
async function repsOf(driver: Driver, s: ResolvedScope, withActivities: string[]): Promise<RepInfo[]> {
  if (s.rep) return [s.rep];
  const records = await read(driver, REPS, { territories: s.territories, ids: s.territories ? [] : withActivities });
  return records.map((r) => ({ id: r.get("id") as string, name: r.get("name") as string, covers: r.get("covers") as string[] }));
}

/**
 * Per rep and week, the activity totals of `reps` (null: every rep) in the period with subjects in
 * `territories` (null: any): whole weeks from the rep-week facts, the days before and after them
 * from the rep-day facts.
 */
async function activityRows(driver: Driver, reps: string[] | null, territories: string[] | null, period: Period): Promise<RepWeekRow[]> {
  const parts = splitIntoWeeks(period);
  const dayRows = async ([from, to]: [string, string]): Promise<RepWeekRow[]> => {
    if (from >= to) return [];
    const records = await read(driver, reps === null ? ACTIVITY_ROWS_OF_ALL : ACTIVITY_ROWS_OF_REPS, { from, to, territories, reps });
    return records.map((r) => ({
      repId: r.get("repId") as string,
      week: dayNumber(r.get("week") as string),
      totals: {
        activities: num(r.get("activities")),
        calls: num(r.get("calls")),
        activeDays: num(r.get("activeDays")),
        daysInField: num(r.get("daysInField")),
        onTime: num(r.get("onTime")),
        checked: num(r.get("checked")),
        missing: num(r.get("missing")),
      },
    }));
  };
  const split = await Promise.all([dayRows(parts.head), repWeekRows(driver, reps, territories, parts.weeks), dayRows(parts.tail)]);
  return split.flat();
}

export async function fieldReport(driver: Driver, s: ResolvedScope, period: Period): Promise<FieldReport> {
  const scopeReps = s.rep ? [s.rep.id] : null;
  const targetTerritories = s.rep ? s.rep.covers : s.territories;
  // ALL and REP: the activities, then the reps they name; TERRITORY and REGION: the reps covering the territories, then their activities with subjects aligned there.
  const activitiesAndReps = async (): Promise<{ rows: RepWeekRow[]; reps: RepInfo[] }> => {
    if (s.scope === "ALL" || scopeReps) {
      const rows = await activityRows(driver, scopeReps, s.territories, period);
      return { rows, reps: await repsOf(driver, s, [...new Set(rows.map((r) => r.repId))]) };
    }
    const reps = await repsOf(driver, s, []);
    const rows = await activityRows(
      driver,
      reps.map((r) => r.id),
      s.territories,
      period,
    );
    return { rows, reps };
  };
  const [{ rows, reps }, targets] = await Promise.all([activitiesAndReps(), planTargetBreakdown(driver, targetTerritories, period)]);

  const byRepWeek = new Map<string, Map<number, ActivityTotals>>();
  for (const r of rows) {
    const weeks = byRepWeek.get(r.repId) ?? new Map<number, ActivityTotals>();
    byRepWeek.set(r.repId, weeks);
    addActivities(at(weeks, r.week, noActivities), r.totals);
  }

  const territoryTotals = new Map<string, TargetTotals>();
  const segmentTotals = new Map<string, TargetTotals>();
  for (const [key, t] of targets.bySegment) {
    const [territory, segment] = splitKey(key);
    addTargets(at(territoryTotals, territory, noTargets), t);
    addTargets(at(segmentTotals, segment, noTargets), t);
  }
  const weekTargets = new Map<number, TargetTotals>();
  for (const [key, t] of targets.byWeek) addTargets(at(weekTargets, Number(splitKey(key)[1]), noTargets), t);

  const allActivities = noActivities();
  const weekActivities = new Map<number, ActivityTotals>();
  for (const weeks of byRepWeek.values()) {
    for (const [week, a] of weeks) {
      addActivities(allActivities, a);
      addActivities(at(weekActivities, week, noActivities), a);
    }
  }
  const allTargets = [...territoryTotals.values()].reduce(addTargets, noTargets());

  const visibleReps = reps.filter((r) => s.onlyRep === null || r.id === s.onlyRep).sort((a, b) => a.id.localeCompare(b.id));
  const inScope = (t: string) => targetTerritories === null || targetTerritories.includes(t);
  return {
    scope: s.scope,
    id: s.id,
    from: period.from,
    to: period.to,
    kpis: fieldKpis(allActivities, allTargets),
    bySegment: [...segmentTotals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([segment, t]) => ({ segment, kpis: fieldKpis(noActivities(), t) })),
    byWeek: weeksOf(period).map((week) => ({
      weekStart: isoDate(week),
      kpis: fieldKpis(weekActivities.get(week) ?? noActivities(), weekTargets.get(week) ?? noTargets()),
    })),
    byRep: visibleReps.map((rep) => {
      const a = [...(byRepWeek.get(rep.id)?.values() ?? [])].reduce(addActivities, noActivities());
      const t = rep.covers
        .filter(inScope)
        .reduce((sum, territory) => addTargets(sum, territoryTotals.get(territory) ?? noTargets()), noTargets());
      return { repId: rep.id, repName: rep.name, kpis: fieldKpis(a, t), lateReports: a.activities - a.onTime };
    }),
  };
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf("\u0000");
  return [key.slice(0, i), key.slice(i + 1)];
}

function at<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
