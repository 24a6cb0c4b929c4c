/**
 * What the seeded field year looks like (docs/FIELD.md, "Seeded field data"). One setting for
 * every scale: the volume follows the number of reps and HCPs.
 */

/** The four quarters of 2026; the seed's "today" lies in the last, which is still running. */
export const FIELD_CYCLES = [
  { id: "2026-Q1", name: "Q1 2026", startDate: "2026-01-01", endDate: "2026-03-31" },
  { id: "2026-Q2", name: "Q2 2026", startDate: "2026-04-01", endDate: "2026-06-30" },
  { id: "2026-Q3", name: "Q3 2026", startDate: "2026-07-01", endDate: "2026-09-30" },
  { id: "2026-Q4", name: "Q4 2026", startDate: "2026-10-01", endDate: "2026-12-31" },
] as const;

export const FIELD = {
  /**
   * The seed's "today" (fixed, so a seed is the same data on any day): activities start before
   * it and every report is filed by `reportedBy` on it.
   */
  today: "2026-11-30",
  reportedBy: "2026-11-30T18:00:00Z",
  /** Plan generation: the deciles of the default scoring model, calls per cycle. */
  frequencies: { D1: 3, D2: 2, D3: 1 } as Record<string, number>,
  callsPerDay: 9,
  /** Share of the current cycle's plans left DRAFT for a manager to review (at least one). */
  draftShare: 0.1,
  /** Per target: never seen, seen more often than planned; the others get 45-100% of their calls. */
  neverSeen: 0.07,
  over: 0.12,
  /** Per completed call: an earlier attempt that failed (not met, moved). */
  notMetBefore: 0.08,
  rescheduledBefore: 0.04,
  /** Share of activities with HCPs of the rep's territories that are no target of the cycle. */
  nonTargets: 0.06,
  /** Each rep files this share of reports more than 24 h after the end, drawn uniformly per rep. */
  lateShare: { min: 0.08, max: 0.15 },
  /** Completed detailing calls (visit, remote call, phone) without products or key messages. */
  missingShare: 0.045,
  /** Days of a cycle a rep is out of the field (training, leave). */
  daysOff: 0.04,
  /** Share of HCPs with answers to the profiling survey. */
  surveyShare: 0.3,
} as const;

/** Random streams of the field data (the base data uses 1-10, seed-plan.ts). */
export const FIELD_PHASE = {
  activities: 21,
  lateness: 22,
  openingHours: 23,
  survey: 24,
  drafts: 25,
} as const;

/** Names of what a seed under `idPrefix` owns beside its ids: its scoring model, survey and cycles. */
export function fieldNames(idPrefix: string) {
  const key = idPrefix
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 28);
  return {
    model: key ? `s${key}_priority` : "priority",
    survey: key ? `s${key}_profile` : "hf_profile",
    cycleId: (id: string) => `${idPrefix}${id}`,
  };
}
