/**
 * Target KPIs of a period from the targets of approved plans: per target, the calls expected in
 * the overlap of the period and its cycle (`plannedCalls x overlap days / cycle days`) against
 * the completed calls with its subject by the plan's reps in that overlap. Summed per territory
 * and segment, and per territory and week (each week's overlap with the period and the cycle).
 */
import { addTarget, noTargets, type TargetTotals } from "./field-kpis.ts";
import { weekStartOf } from "../../model/calendar.ts";
import type { Period } from "./report-period.ts";

/** Targets of one plan that share a segment and planned calls. Days are day numbers. */
export interface TargetGroup {
  territoryId: string;
  segment: string;
  plannedCalls: number;
  cycleStart: number;
  /** Inclusive. */
  cycleEnd: number;
  /** Per target, the days of its calls (any days: those outside the period and cycle are ignored). */
  calls: number[][];
}

export interface TargetBreakdown {
  /** Key: territory id, NUL, segment. */
  bySegment: Map<string, TargetTotals>;
  /** Key: territory id, NUL, week start day. */
  byWeek: Map<string, TargetTotals>;
}

const totalsAt = (map: Map<string, TargetTotals>, key: string) => {
  let t = map.get(key);
  if (!t) {
    t = noTargets();
    map.set(key, t);
  }
  return t;
};

const countIn = (days: number[], lo: number, hi: number) => {
  let n = 0;
  for (const d of days) if (d >= lo && d < hi) n++;
  return n;
};

export function targetBreakdown(groups: Iterable<TargetGroup>, period: Period): TargetBreakdown {
  const out: TargetBreakdown = { bySegment: new Map(), byWeek: new Map() };
  for (const g of groups) {
    const lo = Math.max(period.fromDay, g.cycleStart);
    const hi = Math.min(period.toDay, g.cycleEnd + 1);
    if (lo >= hi) continue;
    const cycleDays = g.cycleEnd - g.cycleStart + 1;
    const perDay = g.plannedCalls / cycleDays;
    const seg = totalsAt(out.bySegment, `${g.territoryId}\u0000${g.segment}`);
    const called = g.calls.filter((days) => days.length > 0 && countIn(days, lo, hi) > 0);
    const uncalled = g.calls.length - called.length;
    addTarget(seg, perDay * (hi - lo), 0, uncalled);
    for (const days of called) addTarget(seg, perDay * (hi - lo), countIn(days, lo, hi));
    for (let w = weekStartOf(lo); w < hi; w += 7) {
      const wlo = Math.max(lo, w);
      const whi = Math.min(hi, w + 7);
      const week = totalsAt(out.byWeek, `${g.territoryId}\u0000${w}`);
      const expected = perDay * (whi - wlo);
      let quiet = uncalled;
      for (const days of called) {
        const n = countIn(days, wlo, whi);
        if (n === 0) quiet++;
        else addTarget(week, expected, n);
      }
      addTarget(week, expected, 0, quiet);
    }
  }
  return out;
}
