/** The KPIs of a scope and period from summed counts (docs/FIELD.md, Reporting): every ratio is null when its denominator is 0. */

/** Counts from the rep-day facts. `activeDays` and `daysInField` count distinct (rep, day) pairs. */
export interface ActivityTotals {
  activities: number;
  calls: number;
  activeDays: number;
  daysInField: number;
  /** Activities recorded at most 24 h after they ended. */
  onTime: number;
  /** Completed visits, remote calls and phone calls: those that must name products and key messages. */
  checked: number;
  /** Of `checked`, those with no product or no key message. */
  missing: number;
}

/** Sums over targets; `attained` is Σ min(callsOnTarget, expected), `covered` counts targets with callsOnTarget >= expected. */
export interface TargetTotals {
  targets: number;
  seen: number;
  expected: number;
  callsOnTargets: number;
  attained: number;
  covered: number;
}

export interface FieldKpis {
  activities: number;
  calls: number;
  activeDays: number;
  daysInField: number;
  callsPerDay: number | null;
  targets: number;
  targetsSeen: number;
  reach: number | null;
  expectedCalls: number;
  callsOnTargets: number;
  frequencyAttainment: number | null;
  coverage: number | null;
  reportedWithin24h: number | null;
  missingRequiredFields: number | null;
}

export const noActivities = (): ActivityTotals => ({
  activities: 0,
  calls: 0,
  activeDays: 0,
  daysInField: 0,
  onTime: 0,
  checked: 0,
  missing: 0,
});
export const noTargets = (): TargetTotals => ({ targets: 0, seen: 0, expected: 0, callsOnTargets: 0, attained: 0, covered: 0 });

export function addActivities(into: ActivityTotals, x: ActivityTotals): ActivityTotals {
  for (const k of Object.keys(into) as (keyof ActivityTotals)[]) into[k] += x[k];
  return into;
}

export function addTargets(into: TargetTotals, x: TargetTotals): TargetTotals {
  for (const k of Object.keys(into) as (keyof TargetTotals)[]) into[k] += x[k];
  return into;
}

/** Calls at least the expected number cover a target; the tolerance absorbs the rounding of `planned x days / cycle days`. */
const EPSILON = 1e-9;

/** Adds `count` targets that each expect `expected` calls and had `calls`. */
export function addTarget(into: TargetTotals, expected: number, calls: number, count = 1): void {
  into.targets += count;
  into.expected += expected * count;
  into.callsOnTargets += calls * count;
  into.attained += Math.min(calls, expected) * count;
  if (calls > 0) into.seen += count;
  if (calls >= expected - EPSILON) into.covered += count;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function fieldKpis(a: ActivityTotals, t: TargetTotals): FieldKpis {
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
    frequencyAttainment: t.expected > 0 ? Math.min(1, t.attained / t.expected) : null,
    coverage: ratio(t.covered, t.targets),
    reportedWithin24h: ratio(a.onTime, a.activities),
    missingRequiredFields: ratio(a.missing, a.checked),
  };
}
