import { describe, expect, it } from "vitest";
import { scoreColumns } from "@pharmagraph/api/analytics/scoring/score.ts";
import { activityContentSchema, contentFingerprint, idempotencyKeySchema } from "@pharmagraph/api/field/activities/activity.ts";
import { workingDaysBetween } from "@pharmagraph/api/field/call-plans/cycle.ts";
import { selectTargets, territoryCapacity } from "@pharmagraph/api/field/call-plans/select-targets.ts";
import { windowsByDay } from "@pharmagraph/api/field/planning/opening-hours.ts";
import { generate } from "../generate.ts";
import { SCALES } from "../scales.ts";
import { SeedPlan } from "../seed-plan.ts";
import { accountHours } from "./account-hours.ts";
import { type ActivityRow, type PlannedTarget, repCycleActivities } from "./activity-generator.ts";
import { FIELD, FIELD_CYCLES } from "./field-config.ts";
import { priorityModel } from "./priority-model.ts";
import { type AlignedSubject, repCycles, type TerritoryField, workingTargets } from "./rep-cycles.ts";
import { fieldReps } from "./seed-activities.ts";
import { CURRENT_CYCLE, draftTerritories } from "./seed-call-plans.ts";

const PERIOD = "2026-Q3";
const HOUR = 3_600_000;
const endOf = (a: ActivityRow) => Date.parse(a.startedAt) + a.durationMinutes * 60_000;
const isLate = (a: ActivityRow) => Date.parse(a.createdAt) > endOf(a) + 24 * HOUR;

/**
 * The `tiny` seed's field year without a database: HCPs scored by the default model (no influence
 * measures), plans selected within capacity by the API's own `selectTargets`, every plan approved
 * but the current cycle's drafts, and the activities the loader would write.
 */
function fieldYear(seed: number) {
  const plan = new SeedPlan(SCALES.tiny, seed);
  const data = generate("tiny", seed);
  const ids = data.hcps.map((h) => h.id);
  const column = (metric: string) => {
    const values = new Map(data.metrics.filter((m) => m.metric === metric && m.period === PERIOD).map((m) => [m.entityId, m.value]));
    return ids.map((id) => values.get(id) ?? null);
  };
  const scored = scoreColumns(priorityModel("priority", PERIOD), ids, {
    potential: column("POTENTIAL"),
    trx: column("TRX"),
    influence: ids.map(() => null),
  });
  const reps = fieldReps(plan);
  const primary = new Map(data.hcpAffiliations.filter((e) => e.primary).map((e) => [e.child, e.parent]));
  const accountTerritory = new Map(data.accounts.map((a) => [a.id, a.territory]));
  const hours = new Map(data.accounts.map((a, j) => [a.id, accountHours(plan, j)?.openingHours ?? null]));
  const drafts = draftTerritories(seed, data.territories.length);
  const territoryOf = new Map<string, string>([...data.hcps, ...data.accounts].map((x) => [x.id, x.territory]));
  const territories = new Map<string, TerritoryField>(
    data.territories.map((t, index) => {
      const subjects: AlignedSubject[] = [
        ...data.hcps
          .filter((h) => h.territory === t.id)
          .map((h): AlignedSubject => {
            const account = primary.get(h.id) ?? null;
            return {
              id: h.id,
              kind: "HCP",
              accountId: account,
              accountTerritory: account && accountTerritory.get(account)!,
              openingHours: account && hours.get(account)!,
            };
          }),
        ...data.accounts
          .filter((a) => a.territory === t.id)
          .map(
            (a): AlignedSubject => ({ id: a.id, kind: "ACCOUNT", accountId: a.id, accountTerritory: t.id, openingHours: hours.get(a.id)! }),
          ),
      ];
      const candidates = ids
        .map((id, i) => ({ subjectId: id, subjectKind: "HCP" as const, segment: scored.segment[i]!, score: scored.score[i]! }))
        .filter((c) => territoryOf.get(c.subjectId) === t.id);
      const perRep = reps.filter((r) => r.covers.includes(t.id)).map((r) => r.covers.length);
      const plans = new Map(
        FIELD_CYCLES.map((c, cycle) => {
          const capacity = territoryCapacity(workingDaysBetween(c.startDate, c.endDate), FIELD.callsPerDay, perRep);
          const selected = selectTargets(candidates, new Map(Object.entries(FIELD.frequencies)), capacity);
          const status = cycle === CURRENT_CYCLE && drafts.has(index) ? "DRAFT" : "APPROVED";
          return [cycle, { status, targets: selected.targets.map((x) => ({ ...x, plannedCalls: x.plannedCalls })) }];
        }),
      );
      return [t.id, { id: t.id, subjects, plans }];
    }),
  );
  const repsOf = new Map<string, string[]>();
  for (const rep of reps) for (const t of rep.covers) repsOf.set(t, [...(repsOf.get(t) ?? []), rep.id]);
  const cycles = reps.flatMap((rep) => repCycles(rep, territories, repsOf));
  const activities = cycles.flatMap((rc) => repCycleActivities(seed, rc));
  return { data, reps, territories, territoryOf, cycles, activities, hours };
}

/** Synthetic volume: `reps` reps, each with `targets` targets of 1-3 calls and 200 other HCPs, in every cycle. */
function volume(seed: number, reps: number, targets: number): ActivityRow[] {
  const subject = (id: string) => ({ id, kind: "HCP" as const, accountId: `ACC-${id}`, openingHours: null });
  return Array.from({ length: reps }, (_, r) =>
    FIELD_CYCLES.flatMap((_, cycle) =>
      repCycleActivities(seed, {
        rep: { id: `rep-${r}`, index: r },
        cycle,
        targets: Array.from({ length: targets }, (_, t): PlannedTarget => ({ ...subject(`H${r}-${t}`), plannedCalls: 1 + (t % 3) })),
        others: Array.from({ length: 200 }, (_, o) => subject(`O${r}-${o}`)),
      }),
    ),
  ).flat();
}

describe("the seeded field year (tiny, no database)", () => {
  const year = fieldYear(3);

  it("has activities only by reps covering the territory of their HCP and of their account", () => {
    expect(year.activities.length).toBeGreaterThan(300);
    const covers = new Map(year.reps.map((r) => [r.id, new Set(r.covers)]));
    for (const a of year.activities) {
      for (const subject of [a.hcpId, a.accountId]) {
        if (subject) expect(covers.get(a.repId)!.has(year.territoryOf.get(subject)!), `${a.id} with ${subject}`).toBe(true);
      }
    }
  });

  it("writes exactly what the API would store: valid content, its fingerprint, id '<rep>|<key>'", () => {
    for (const a of year.activities) {
      const content = {
        channel: a.channel,
        ...(a.hcpId ? { hcpId: a.hcpId } : {}),
        ...(a.accountId ? { accountId: a.accountId } : {}),
        ...(a.plannedAt ? { plannedAt: a.plannedAt } : {}),
        startedAt: a.startedAt,
        durationMinutes: a.durationMinutes,
        outcome: a.outcome,
        products: a.products,
        keyMessages: a.keyMessages,
        activations: JSON.parse(a.activations),
        ...(a.notes ? { notes: a.notes } : {}),
      };
      const parsed = activityContentSchema.parse(content);
      expect(parsed).toEqual(content);
      expect(a.fingerprint).toBe(contentFingerprint(parsed));
      expect(idempotencyKeySchema.safeParse(a.idempotencyKey).success).toBe(true);
      expect(a.id).toBe(`${a.repId}|${a.idempotencyKey}`);
    }
    expect(new Set(year.activities.map((a) => a.id)).size).toBe(year.activities.length);
  });

  it("happens before the seed's today, reported after the end and by the evening of today", () => {
    for (const a of year.activities) {
      expect(a.startedAt < FIELD.today).toBe(true);
      expect(Date.parse(a.createdAt)).toBeGreaterThanOrEqual(endOf(a));
      expect(Date.parse(a.createdAt)).toBeLessThanOrEqual(Date.parse(FIELD.reportedBy));
    }
  });

  it("gives each target about its planned calls: many under, some over, some never seen", () => {
    const cycle = 1;
    const completed = new Map<string, number>();
    for (const a of year.activities)
      if (
        a.outcome === "COMPLETED" &&
        a.startedAt >= FIELD_CYCLES[cycle].startDate &&
        a.startedAt <= `${FIELD_CYCLES[cycle].endDate}T23:59`
      )
        completed.set(a.hcpId ?? a.accountId!, (completed.get(a.hcpId ?? a.accountId!) ?? 0) + 1);
    const targets = year.cycles.filter((rc) => rc.cycle === cycle).flatMap((rc) => rc.targets);
    const made = targets.map((t) => completed.get(t.id) ?? 0);
    const planned = targets.reduce((s, t) => s + t.plannedCalls, 0);
    const calls = made.reduce((s, n) => s + n, 0);
    expect(calls / planned).toBeGreaterThan(0.7);
    expect(calls / planned).toBeLessThan(1);
    expect(made.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(targets.filter((t, i) => made[i]! > t.plannedCalls).length).toBeGreaterThan(0);
    expect(targets.filter((t, i) => made[i]! < t.plannedCalls).length).toBeGreaterThan(targets.length / 4);
  });

  it("visits accounts within their opening hours", () => {
    const visits = year.activities.filter((a) => a.channel === "VISIT" && a.accountId && year.hours.get(a.accountId));
    expect(visits.length).toBeGreaterThan(50);
    const inside = visits.filter((a) => {
      const start = new Date(a.startedAt);
      const minute = start.getUTCHours() * 60 + start.getUTCMinutes();
      const windows = windowsByDay(year.hours.get(a.accountId!), [((start.getUTCDay() + 6) % 7) + 1])![0]!;
      return windows.some(([open, close]) => open <= minute && minute + a.durationMinutes <= close);
    });
    expect(inside.length / visits.length).toBeGreaterThan(0.95);
  });

  it("lets the reps of a plan still under review work the previous cycle's approved targets", () => {
    const [territory] = [...year.territories.values()].filter((t) => t.plans.get(CURRENT_CYCLE)!.status === "DRAFT");
    expect(territory).toBeDefined();
    expect(workingTargets(territory!, CURRENT_CYCLE)).toBe(territory!.plans.get(CURRENT_CYCLE - 1)!.targets);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(JSON.stringify(fieldYear(3).activities)).toBe(JSON.stringify(year.activities));
    expect(fieldYear(4).activities.map((a) => a.startedAt)).not.toEqual(year.activities.map((a) => a.startedAt));
  });
});

describe("repCycleActivities over many reps", () => {
  const rows = volume(11, 30, 120);

  it("files late reports within the configured band, each rep at its own rate", () => {
    const late = rows.filter(isLate).length / rows.length;
    expect(late).toBeGreaterThanOrEqual(FIELD.lateShare.min);
    expect(late).toBeLessThanOrEqual(FIELD.lateShare.max);
  });

  it("leaves products or key messages out of a few completed detailing calls", () => {
    const detailing = rows.filter((a) => a.outcome === "COMPLETED" && ["VISIT", "REMOTE_CALL", "PHONE"].includes(a.channel));
    const missing = detailing.filter((a) => a.products.length === 0 || a.keyMessages.length === 0).length / detailing.length;
    expect(missing).toBeGreaterThan(0.03);
    expect(missing).toBeLessThan(0.06);
  });

  it("is mostly completed visits, with failed attempts, remote channels with activation events and non-targets", () => {
    const share = (p: (a: ActivityRow) => boolean) => rows.filter(p).length / rows.length;
    expect(share((a) => a.channel === "VISIT")).toBeGreaterThan(0.6);
    expect(share((a) => a.outcome === "COMPLETED")).toBeGreaterThan(0.85);
    expect(share((a) => a.outcome === "NOT_MET")).toBeGreaterThan(0.03);
    expect(share((a) => a.outcome === "RESCHEDULED")).toBeGreaterThan(0.01);
    expect(share((a) => a.activations !== "[]")).toBeGreaterThan(0.1);
    expect(share((a) => a.hcpId!.startsWith("O"))).toBeGreaterThan(0.04);
    expect(rows.filter((a) => a.activations !== "[]").every((a) => a.channel !== "VISIT" && a.channel !== "PHONE")).toBe(true);
  });

  it("spreads a rep's work over the days: no day far above the plan's calls per day", () => {
    const perDay = new Map<string, number>();
    for (const a of rows)
      perDay.set(`${a.repId}|${a.startedAt.slice(0, 10)}`, (perDay.get(`${a.repId}|${a.startedAt.slice(0, 10)}`) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2 * FIELD.callsPerDay);
  });
});
