/**
 * The seeded cycles and call plans, made the way a manager makes them: `saveCycle`; the default
 * scoring model activated on the newest metric period before the cycle (the data its plan is made
 * from); `generateCallPlans` (DRAFT plans within each territory's capacity); then `reviewCallPlan`
 * by the manager of each territory's region, approving every plan but a few of the current cycle
 * (left DRAFT to review in the demo). Plans already there are kept, so a second run changes
 * nothing; at the end the model reads the newest period. Plan dates are set back to the week
 * before their cycle.
 */
import type { Driver } from "neo4j-driver";
import { reviewCallPlan } from "@pharmagraph/api/field/call-plans/call-plan-store.ts";
import { cycleInputSchema } from "@pharmagraph/api/field/call-plans/cycle.ts";
import { addDays } from "@pharmagraph/api/model/calendar.ts";
import { saveCycle } from "@pharmagraph/api/field/call-plans/cycle-store.ts";
import { generateCallPlans } from "@pharmagraph/api/field/call-plans/generate-call-plans.ts";
import type { AuditContext } from "@pharmagraph/api/model/audit-event.ts";
import { forEachConcurrently } from "@pharmagraph/api/model/concurrently.ts";
import { hashKey } from "../prng.ts";
import type { SeedPlan } from "../seed-plan.ts";
import { ensureScores } from "./ensure-scores.ts";
import { FIELD, FIELD_CYCLES, FIELD_PHASE, fieldNames } from "./field-config.ts";

const PLANS = `
MATCH (cp:CallPlan) WHERE cp.id IN $ids
RETURN cp.id AS id, cp.territoryId AS territoryId, cp.status AS status, cp.version AS version`;

/** Generated a week before the cycle starts, reviewed three days later. */
const BACKDATE = `
UNWIND $plans AS p
MATCH (cp:CallPlan {id: p.id})
SET cp.generatedAt = datetime(p.generatedAt),
    cp.reviewedAt = CASE WHEN cp.reviewedAt IS NULL THEN null ELSE datetime(p.reviewedAt) END`;

export interface CallPlanOutcome {
  /** HCP scores written by the model versions activated. */
  scores: number;
  plans: number;
  targets: number;
  dropped: number;
  approved: number;
  drafts: number;
}

/** The cycle holding the seed's today: its plans are the ones a manager may still be reviewing. */
export const CURRENT_CYCLE = FIELD_CYCLES.findIndex((c) => c.startDate <= FIELD.today && FIELD.today <= c.endDate);

/** The newest metric period before the cycle's quarter, else the oldest there is. */
export function scoringPeriod(periods: readonly string[], cycleId: string): string {
  return [...periods].reverse().find((p) => p < cycleId) ?? periods[0]!;
}

/** Territories (by index) whose current-cycle plan stays DRAFT: the lowest hashes, `draftShare` of them, at least one. */
export function draftTerritories(seed: number, territories: number): Set<number> {
  const count = Math.max(1, Math.round(territories * FIELD.draftShare));
  const order = Array.from({ length: territories }, (_, t) => t).sort(
    (a, b) => hashKey(seed, FIELD_PHASE.drafts, a) - hashKey(seed, FIELD_PHASE.drafts, b) || a - b,
  );
  return new Set(order.slice(0, count));
}

export async function seedCallPlans(
  driver: Driver,
  plan: SeedPlan,
  o: {
    model: string;
    actor: string;
    concurrency: number;
    /** Score again at the end even when the newest version is in place (influence measures changed). */
    rescore: boolean;
    log?: (line: string) => void;
  },
): Promise<CallPlanOutcome> {
  const names = fieldNames(plan.idPrefix);
  const territories = plan.territories();
  const users = plan.users();
  const managerOf = new Map(users.flatMap((u) => u.manages.map((t) => [t, u.id] as const)));
  const drafts = draftTerritories(plan.seed, territories.length);
  const audit = (actor: string, reason: string): AuditContext => ({
    actor,
    origin: "CHANGE",
    importId: null,
    changeId: null,
    requestId: `seed-${plan.seed}`,
    reason,
  });
  const outcome: CallPlanOutcome = { scores: 0, plans: 0, targets: 0, dropped: 0, approved: 0, drafts: 0 };
  const periods = plan.scale.periods;
  const score = async (period: string, force = false) => {
    outcome.scores +=
      (await ensureScores(driver, { idPrefix: plan.idPrefix, model: o.model, period, actor: o.actor, force, log: o.log })) ?? 0;
  };

  for (const [c, cycle] of FIELD_CYCLES.entries()) {
    const cycleId = names.cycleId(cycle.id);
    await saveCycle(driver, cycleInputSchema.parse({ ...cycle, id: cycleId }));
    const planId = (t: number) => `${cycleId}|${territories[t]!.id}`;
    const existing = async () =>
      new Map(
        (await driver.executeQuery(PLANS, { ids: territories.map((_, t) => planId(t)) })).records.map((r) => [
          r.get("territoryId") as string,
          { status: r.get("status") as string, version: Number(r.get("version")) },
        ]),
      );
    const before = await existing();
    const toGenerate = territories.filter((t) => !before.has(t.id)).map((t) => t.id);
    if (toGenerate.length > 0) {
      await score(scoringPeriod(periods, cycle.id));
      o.log?.(`Generating the call plans of ${cycleId} for ${toGenerate.length} territories...`);
      const generated = await generateCallPlans(driver, {
        cycleId,
        model: o.model,
        accountModel: null,
        frequencies: new Map(Object.entries(FIELD.frequencies)),
        callsPerDay: FIELD.callsPerDay,
        territoryIds: toGenerate,
        managedOnly: false,
        audit: audit(o.actor, `seeded call plans for cycle ${cycleId}`),
      });
      outcome.plans += generated.plans;
      outcome.targets += generated.targets;
      outcome.dropped += generated.dropped;
    }
    const plans = await existing();
    const toApprove = territories
      .map((t, index) => ({ t, index, stored: plans.get(t.id) }))
      .filter((x) => x.stored?.status === "DRAFT" && !(c === CURRENT_CYCLE && drafts.has(x.index)));
    await forEachConcurrently(toApprove, o.concurrency, async ({ t, stored }) => {
      const manager = managerOf.get(t.id);
      if (!manager) return;
      await reviewCallPlan(driver, {
        reach: "MANAGED",
        caller: manager,
        territories: [],
        id: `${cycleId}|${t.id}`,
        expectedVersion: stored!.version,
        decision: "APPROVED",
        comment: null,
        audit: audit(manager, "seeded call plan approved"),
      });
      outcome.approved++;
    });
    if (toGenerate.length > 0) {
      const generatedAt = `${addDays(cycle.startDate, -7)}T09:00:00Z`;
      const reviewedAt = `${addDays(cycle.startDate, -4)}T15:00:00Z`;
      await driver.executeQuery(BACKDATE, { plans: toGenerate.map((t) => ({ id: `${cycleId}|${t}`, generatedAt, reviewedAt })) });
    }
    outcome.drafts += [...(await existing()).values()].filter((p) => p.status === "DRAFT").length;
  }
  await score(periods[periods.length - 1]!, o.rescore);
  return outcome;
}
