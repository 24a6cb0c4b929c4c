/**
 * What each rep works in each cycle, from the territories it covers: the targets of the plan its
 * territory works (the cycle's approved plan; while that is still under review, the latest
 * approved plan before it), visited at the HCP's primary account when that lies in the rep's
 * territories, and the territory's other HCPs. Where several reps cover a territory, each subject
 * goes to one of them (by a hash of its id).
 */
import { FIELD_CYCLES } from "./field-config.ts";
import { type FieldSubject, hashOf, type PlannedTarget, type RepCycle, type SubjectKind } from "./activity-generator.ts";

export interface AlignedSubject {
  id: string;
  kind: SubjectKind;
  /** An HCP's primary account and the territory it lies in (for an account: itself). */
  accountId: string | null;
  accountTerritory: string | null;
  openingHours: string | null;
}

export interface PlanTarget {
  subjectId: string;
  subjectKind: SubjectKind;
  plannedCalls: number;
}

export interface TerritoryField {
  id: string;
  subjects: readonly AlignedSubject[];
  /** Its call plans by cycle index (FIELD_CYCLES). */
  plans: ReadonlyMap<number, { status: string; targets: readonly PlanTarget[] }>;
}

export interface FieldRep {
  id: string;
  /** Position among the seed's reps: keys the rep's random streams. */
  index: number;
  covers: readonly string[];
}

/** The targets a territory's reps work in a cycle; none before its first approved plan. */
export function workingTargets(t: TerritoryField, cycle: number): readonly PlanTarget[] {
  for (let c = cycle; c >= 0; c--) {
    const plan = t.plans.get(c);
    if (plan?.status === "APPROVED") return plan.targets;
  }
  return [];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One RepCycle per cycle for `rep`; `repsOf` lists the reps covering each territory. */
export function repCycles(
  rep: FieldRep,
  territories: ReadonlyMap<string, TerritoryField>,
  repsOf: ReadonlyMap<string, readonly string[]>,
): RepCycle[] {
  const covers = new Set(rep.covers);
  const place = (s: AlignedSubject): FieldSubject => {
    const reachable = s.kind === "ACCOUNT" || (s.accountTerritory !== null && covers.has(s.accountTerritory));
    return { id: s.id, kind: s.kind, accountId: reachable ? s.accountId : null, openingHours: reachable ? s.openingHours : null };
  };
  const mine = (territory: string, subjectId: string) => {
    const reps = repsOf.get(territory) ?? [rep.id];
    return reps[hashOf(subjectId) % reps.length] === rep.id;
  };
  return FIELD_CYCLES.map((_, cycle) => {
    const targets: PlannedTarget[] = [];
    const others: FieldSubject[] = [];
    for (const territoryId of rep.covers) {
      const t = territories.get(territoryId);
      if (!t) continue;
      const subjects = new Map(t.subjects.map((s) => [s.id, s]));
      const planned = workingTargets(t, cycle);
      const targeted = new Set(planned.map((x) => x.subjectId));
      for (const x of planned) {
        const s = subjects.get(x.subjectId);
        if (s && mine(territoryId, s.id)) targets.push({ ...place(s), plannedCalls: x.plannedCalls });
      }
      for (const s of t.subjects) if (s.kind === "HCP" && !targeted.has(s.id) && mine(territoryId, s.id)) others.push(place(s));
    }
    return { rep: { id: rep.id, index: rep.index }, cycle, targets: targets.sort(byId), others: others.sort(byId) };
  });
}
