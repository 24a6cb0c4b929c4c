/**
 * Writes the activities of every rep over the seeded cycles. Reps go in groups: the group's
 * territories (subjects, plans and targets) are read, its activities generated, and written in
 * batches by `concurrency` writers while the next group is read and generated. Under an id
 * prefix, each group's reporting facts (its rep-days and subjects) are refreshed after its write,
 * leaving the facts of the rest of a shared database alone; a whole-database seed rebuilds them
 * all afterwards (seed-field.ts).
 */
import type { Driver } from "neo4j-driver";
import { driverRunner } from "@pharmagraph/api/db/cypher-runner.ts";
import { toNative } from "@pharmagraph/api/db/to-native.ts";
import { factKeysOf, mergeFactKeys, refreshFacts } from "@pharmagraph/api/field/reporting/report-facts.ts";
import { forEachConcurrently } from "@pharmagraph/api/model/concurrently.ts";
import type { SeedPlan } from "../seed-plan.ts";
import { type ActivityRow, repCycleActivities, type SubjectKind } from "./activity-generator.ts";
import { FIELD_CYCLES, fieldNames } from "./field-config.ts";
import { PLAN_TARGETS, TERRITORY_SUBJECTS, WRITE_ACTIVITIES } from "./field-queries.ts";
import { type AlignedSubject, type FieldRep, type PlanTarget, repCycles, type TerritoryField } from "./rep-cycles.ts";

/** Reps per group: a few tens of thousands of activities. */
const REPS_PER_GROUP = 20;
/** Fact keys (rep-days, subjects) per refresh transaction, as rebuildFacts takes them. */
const FACT_KEYS_PER_REFRESH = 2_000;

export interface WriteOptions {
  batchSize: number;
  concurrency: number;
  /** Refresh the reporting facts of each group's keys after writing it. */
  refreshFacts: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The seed's reps in order, each with the position that keys its random streams. */
export function fieldReps(plan: SeedPlan): FieldRep[] {
  return plan
    .users()
    .filter((u) => u.role === "REP")
    .map((u, index) => ({ id: u.id, index, covers: u.covers }));
}

async function readTerritories(driver: Driver, plan: SeedPlan, territoryIds: string[]): Promise<Map<string, TerritoryField>> {
  const names = fieldNames(plan.idPrefix);
  const subjects = new Map<string, AlignedSubject[]>(territoryIds.map((t) => [t, []]));
  const read = await driver.executeQuery(TERRITORY_SUBJECTS, { territoryIds }, { routing: "READ" });
  for (const r of read.records) {
    subjects.get(r.get("tid") as string)!.push({
      id: r.get("id") as string,
      kind: r.get("kind") as SubjectKind,
      accountId: r.get("accountId") as string | null,
      accountTerritory: r.get("accountTerritory") as string | null,
      openingHours: r.get("openingHours") as string | null,
    });
  }
  const cycleIndex = new Map(FIELD_CYCLES.map((c, i) => [names.cycleId(c.id), i]));
  const planIds = territoryIds.flatMap((t) => FIELD_CYCLES.map((c) => `${names.cycleId(c.id)}|${t}`));
  const plans = new Map<string, Map<number, { status: string; targets: PlanTarget[] }>>(territoryIds.map((t) => [t, new Map()]));
  for (const r of (await driver.executeQuery(PLAN_TARGETS, { planIds }, { routing: "READ" })).records) {
    const targets = (toNative(r.get("targets")) as [string, SubjectKind, number][]).map(([subjectId, subjectKind, plannedCalls]) => ({
      subjectId,
      subjectKind,
      plannedCalls,
    }));
    plans
      .get(r.get("territoryId") as string)!
      .set(cycleIndex.get(r.get("cycleId") as string)!, { status: r.get("status") as string, targets });
  }
  return new Map(territoryIds.map((id) => [id, { id, subjects: subjects.get(id)!, plans: plans.get(id)! }]));
}

/** Generates and writes the activities of every rep; returns how many were generated. */
export async function seedActivities(driver: Driver, plan: SeedPlan, o: WriteOptions): Promise<number> {
  const reps = fieldReps(plan);
  const repsOf = new Map<string, string[]>();
  for (const rep of reps) for (const t of rep.covers) repsOf.set(t, [...(repsOf.get(t) ?? []), rep.id]);
  const write = async (rows: ActivityRow[]) => {
    await forEachConcurrently(chunks(rows, o.batchSize), o.concurrency, async (batch) => {
      const session = driver.session();
      try {
        await session.executeWrite((tx) => tx.run(WRITE_ACTIVITIES, { rows: batch }));
      } finally {
        await session.close();
      }
    });
    if (!o.refreshFacts) return;
    const keys = mergeFactKeys(
      ...rows.map((r) => factKeysOf(r.repId, { startedAt: r.startedAt, hcpId: r.hcpId ?? undefined, accountId: r.accountId ?? undefined })),
    );
    for (const repDays of chunks(keys.repDays, FACT_KEYS_PER_REFRESH)) await refreshFacts(driverRunner(driver), { repDays, subjects: [] });
    for (const subjects of chunks(keys.subjects, FACT_KEYS_PER_REFRESH))
      await refreshFacts(driverRunner(driver), { repDays: [], subjects });
  };
  let generated = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let g = 0; g < reps.length; g += REPS_PER_GROUP) {
    const group = reps.slice(g, g + REPS_PER_GROUP);
    const territories = await readTerritories(driver, plan, [...new Set(group.flatMap((r) => r.covers))]);
    const rows = group.flatMap((rep) => repCycles(rep, territories, repsOf).flatMap((rc) => repCycleActivities(plan.seed, rc)));
    generated += rows.length;
    await writing;
    o.onProgress?.(g, reps.length);
    writing = write(rows);
  }
  await writing;
  o.onProgress?.(reps.length, reps.length);
  return generated;
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
