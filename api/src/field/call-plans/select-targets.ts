/**
 * Which scored subjects become targets of a territory's call plan, and with how many calls.
 *
 * Candidates are the subjects aligned to the territory whose segment has a call frequency above
 * zero. They are ranked by that frequency (highest first), then by score (highest first), then by
 * id, and taken whole in that order while their calls fit in the capacity. The first candidate
 * whose calls do not fit, and every candidate ranked after it, is dropped: a lower-priority
 * target never takes the place of a higher-priority one, even when it would fit.
 */

export type SubjectKind = "HCP" | "ACCOUNT";

export interface Candidate {
  subjectId: string;
  subjectKind: SubjectKind;
  segment: string | null;
  score: number | null;
}

export interface Target extends Candidate {
  plannedCalls: number;
}

export interface DroppedTarget extends Candidate {
  callsWanted: number;
  reason: string;
}

export interface Selection {
  targets: Target[];
  dropped: DroppedTarget[];
  plannedCalls: number;
}

export function selectTargets(candidates: readonly Candidate[], frequencies: ReadonlyMap<string, number>, capacity: number): Selection {
  const calls = (c: Candidate) => (c.segment === null ? 0 : (frequencies.get(c.segment) ?? 0));
  const ranked = candidates
    .filter((c) => calls(c) > 0)
    .sort(
      (a, b) =>
        calls(b) - calls(a) || (b.score ?? -1) - (a.score ?? -1) || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
    );
  const targets: Target[] = [];
  let planned = 0;
  let cut = ranked.length;
  for (const [i, c] of ranked.entries()) {
    if (planned + calls(c) > capacity) {
      cut = i;
      break;
    }
    planned += calls(c);
    targets.push({ ...c, plannedCalls: calls(c) });
  }
  const reason =
    capacity === 0
      ? "no capacity: no rep covers the territory"
      : `over capacity: ${planned} of ${capacity} calls planned for higher-ranked targets`;
  const dropped = ranked.slice(cut).map((c) => ({ ...c, callsWanted: calls(c), reason }));
  return { targets, dropped, plannedCalls: planned };
}

/**
 * A territory's capacity in calls: for each rep covering it, working days x calls per day, shared
 * equally among the territories that rep covers (rounded down).
 */
export function territoryCapacity(workingDays: number, callsPerDay: number, territoriesPerRep: readonly number[]): number {
  return Math.floor(territoriesPerRep.reduce((sum, n) => sum + (workingDays * callsPerDay) / Math.max(n, 1), 0) + 1e-9);
}
