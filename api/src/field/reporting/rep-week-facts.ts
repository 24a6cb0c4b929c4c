/**
 * Rep-week facts: a rep's week (Monday to Sunday) summed from its rep-day facts, so that a report
 * over a year reads about 52 nodes per rep instead of about 250. Per set of territories, as the
 * day facts: the summed counts, and which days of the week had calls (`callDays`) and completed
 * visits (`visitDays`) as 7-bit masks (bit 0 Monday), so that active days and days in the field
 * stay distinct days whichever sets a scope keeps.
 *
 * `(:RepWeekFact {id: '<rep>|<monday>', repId, week, sets, counts})`: `counts` holds seven numbers per set,
 * in WEEK_COUNTS order (one list property instead of seven: a report reads thousands of these).
 * Recomputed with the rep-days of every write, after them and in (rep, week) order.
 */
import type { Driver } from "neo4j-driver";
import type { ActivityTotals } from "./field-kpis.ts";
import { dayNumber, isoDate, weekStartOf } from "../../model/calendar.ts";
import type { Period } from "./report-period.ts";

/** Recomputes the rep-weeks of the rep-days in `repDays` ([{repId, day}], sorted); returns `refreshedRepWeeks`. */
export const REFRESH_REP_WEEKS = `
CALL (repDays) {
  UNWIND repDays AS k
  WITH DISTINCT k.repId AS repId, date(k.day) - duration({days: date(k.day).dayOfWeek - 1}) AS week
  ORDER BY repId, week
  MERGE (w:RepWeekFact {id: repId + '|' + toString(week)})
  ON CREATE SET w.repId = repId, w.week = week
  WITH w
  CALL apoc.lock.nodes([w])
  CALL (w) {
    OPTIONAL MATCH (f:RepDayFact) WHERE f.repId = w.repId AND f.day >= w.week AND f.day < w.week + duration('P7D')
    WITH f.day.dayOfWeek - 1 AS weekday, coalesce(f.sets, []) AS sets, f.activities AS a, f.calls AS c, f.visits AS v,
      f.onTime AS o, f.checked AS k, f.missing AS m
    UNWIND range(0, size(sets) - 1) AS i
    WITH sets[i] AS territories, [1, 2, 4, 8, 16, 32, 64][weekday] AS bit, a[i] AS a, c[i] AS c, v[i] AS v, o[i] AS o, k[i] AS k, m[i] AS m
    // A set has one entry per day, so the sum of its days' bits is their union.
    WITH territories, sum(a) AS activities, sum(c) AS calls, sum(o) AS onTime, sum(k) AS checked, sum(m) AS missing,
      sum(CASE WHEN c > 0 THEN bit ELSE 0 END) AS callDays, sum(CASE WHEN v > 0 THEN bit ELSE 0 END) AS visitDays
    ORDER BY territories
    RETURN collect(territories) AS sets,
      apoc.coll.flatten(collect([activities, calls, onTime, checked, missing, callDays, visitDays])) AS counts
  }
  CALL (w, sets, counts) {
    WITH * WHERE size(sets) > 0
    SET w.sets = sets, w.counts = counts
  }
  CALL (w, sets) { WITH * WHERE size(sets) = 0 DELETE w }
  RETURN count(*) AS refreshedRepWeeks
}`;

/** The order of a set's numbers in `counts`. */
export const WEEK_COUNTS = ["activities", "calls", "onTime", "checked", "missing", "callDays", "visitDays"] as const;

const WEEK_FIELDS = "RETURN w.repId AS repId, toString(w.week) AS week, w.sets AS sets, w.counts AS counts";

/** The rep-weeks of `$reps` starting in `[$from, $to)`. */
export const REP_WEEKS_OF_REPS = `
MATCH (w:RepWeekFact) WHERE w.repId IN $reps AND w.week >= date($from) AND w.week < date($to)
${WEEK_FIELDS}`;

/** Every rep's weeks starting in `[$from, $to)`. */
export const REP_WEEKS_OF_ALL = `
MATCH (w:RepWeekFact) WHERE w.week >= date($from) AND w.week < date($to)
${WEEK_FIELDS}`;

/** The whole weeks of a period and the days before and after them (each `[from, to)`, possibly empty). */
export function splitIntoWeeks(p: Period): { head: [string, string]; weeks: [string, string]; tail: [string, string] } {
  const firstWhole = Math.min(weekStartOf(p.fromDay + 6), p.toDay);
  const afterWhole = Math.max(weekStartOf(p.toDay), firstWhole);
  return {
    head: [p.from, isoDate(firstWhole)],
    weeks: [isoDate(firstWhole), isoDate(afterWhole)],
    tail: [isoDate(afterWhole), p.to],
  };
}

const bitCount = (mask: number) => {
  let n = 0;
  for (let m = mask; m > 0; m >>= 1) n += m & 1;
  return n;
};

export interface RepWeekRow {
  repId: string;
  /** Day number of the Monday. */
  week: number;
  totals: ActivityTotals;
}

/** One rep-week fact's totals over the sets that touch `territories` (null: every set). */
export function repWeekTotals(
  sets: readonly string[],
  counts: readonly number[],
  territories: ReadonlySet<string> | null,
): ActivityTotals | null {
  const t = { activities: 0, calls: 0, activeDays: 0, daysInField: 0, onTime: 0, checked: 0, missing: 0 };
  let callDays = 0;
  let visitDays = 0;
  let kept = 0;
  const n = WEEK_COUNTS.length;
  sets.forEach((set, i) => {
    if (territories !== null && !set.split(",").some((id) => territories.has(id))) return;
    kept++;
    t.activities += counts[i * n]!;
    t.calls += counts[i * n + 1]!;
    t.onTime += counts[i * n + 2]!;
    t.checked += counts[i * n + 3]!;
    t.missing += counts[i * n + 4]!;
    callDays |= counts[i * n + 5]!;
    visitDays |= counts[i * n + 6]!;
  });
  if (kept === 0) return null;
  t.activeDays = bitCount(callDays);
  t.daysInField = bitCount(visitDays);
  return t;
}

/** The rows of the rep-week facts of `reps` (null: all) for the whole weeks `[from, to)`. */
export async function repWeekRows(
  driver: Driver,
  reps: string[] | null,
  territories: string[] | null,
  [from, to]: [string, string],
): Promise<RepWeekRow[]> {
  if (from >= to) return [];
  const query = reps === null ? REP_WEEKS_OF_ALL : REP_WEEKS_OF_REPS;
  const { records } = await driver.executeQuery(query, { reps, from, to }, { routing: "READ" });
  const keep = territories === null ? null : new Set(territories);
  const rows: RepWeekRow[] = [];
  for (const r of records) {
    const totals = repWeekTotals(r.get("sets") as string[], (r.get("counts") as unknown[]).map(Number), keep);
    if (totals) rows.push({ repId: r.get("repId") as string, week: dayNumber(r.get("week") as string), totals });
  }
  return rows;
}
