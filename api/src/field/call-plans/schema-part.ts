import type { Driver, ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { DomainError, ErrorCode, parseArgs } from "../../graphql/errors.ts";
import { enumTypeDefs, type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import type { AuditContext } from "../../model/audit-event.ts";
import { type CallPlanStatus, findCallPlan, listCallPlans, planTargets, reviewCallPlan, type StoredCallPlan } from "./call-plan-store.ts";
import { cycleInputSchema } from "./cycle.ts";
import { listCycles, saveCycle } from "./cycle-store.ts";
import { generateCallPlans } from "./generate-call-plans.ts";
import { planReach } from "./plan-reach.ts";
import { changeTargets, decideTargetChange, pendingTargetChanges, TARGET_CHANGE_OPS, targetChangeSchema } from "./target-changes.ts";

const PLANNERS = ["MANAGER", "ADMIN"] as const;
const PROPOSERS = ["REP", "KAM"] as const;
const STATUSES = ["DRAFT", "APPROVED", "REJECTED"] as const;

const id = z.string().trim().min(1).max(200);
const reason = z.string().trim().min(3, "say why, in at least 3 characters").max(1000);

const audit = (ctx: RequestContext, why: string): AuditContext => ({
  actor: ctx.jwt.sub,
  origin: "CHANGE",
  importId: null,
  changeId: null,
  requestId: ctx.requestId,
  reason: why,
});

async function inWrite<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session();
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

async function planOrNotFound(ctx: RequestContext, planId: string): Promise<StoredCallPlan> {
  const plan = await findCallPlan(ctx.driver, planId, planReach(ctx.jwt));
  if (!plan) throw new DomainError(ErrorCode.NOT_FOUND, `Call plan ${planId} not found`);
  return plan;
}

const frequenciesSchema = z
  .array(z.object({ segment: z.string().trim().min(1).max(20), callsPerCycle: z.number().int().min(0).max(200) }))
  .min(1)
  .max(50)
  .superRefine((list, ctx) => {
    list.forEach((f, i) => {
      if (list.findIndex((x) => x.segment === f.segment) !== i)
        ctx.addIssue({ code: "custom", path: [i, "segment"], message: `segment ${f.segment} is listed twice` });
    });
  });

const resolvers = {
  Query: {
    cycles: (_: unknown, __: unknown, ctx: RequestContext) => listCycles(ctx.driver),
    callPlans: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({
          cycleId: id,
          territoryId: id.nullish(),
          status: z.enum(STATUSES).nullish(),
          limit: z.number().int().min(1).max(5000).default(1000),
        }),
        args,
      );
      return listCallPlans(ctx.driver, {
        ...planReach(ctx.jwt),
        cycleId: a.cycleId,
        territoryId: a.territoryId ?? null,
        status: (a.status ?? null) as CallPlanStatus | null,
        limit: a.limit,
      });
    },
    callPlan: (_: unknown, args: unknown, ctx: RequestContext) =>
      findCallPlan(ctx.driver, parseArgs(z.object({ id }), args).id, planReach(ctx.jwt)),
  },
  CallPlan: {
    frequencies: (plan: StoredCallPlan) =>
      Object.entries(JSON.parse(plan.frequencies) as Record<string, number>).map(([segment, callsPerCycle]) => ({
        segment,
        callsPerCycle,
      })),
    dropped: (plan: StoredCallPlan) => JSON.parse(plan.dropped),
    targets: (plan: StoredCallPlan, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({
          limit: z.number().int().min(1).max(1000).default(500),
          offset: z.number().int().min(0).default(0),
          notSeen: z.boolean().default(false),
          includeInactive: z.boolean().default(false),
        }),
        args,
      );
      return planTargets(ctx.driver, plan.id, a);
    },
    pendingChanges: (plan: StoredCallPlan, _: unknown, ctx: RequestContext) => pendingTargetChanges(ctx.driver, plan.id),
  },
  Mutation: {
    saveCycle: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PLANNERS, "save cycles");
      return saveCycle(ctx.driver, parseArgs(cycleInputSchema, args));
    },
    generateCallPlans: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PLANNERS, "generate call plans");
      const a = parseArgs(
        z.object({
          cycleId: id,
          model: z.string().min(1).max(40),
          accountModel: z.string().min(1).max(40).nullish(),
          frequencies: frequenciesSchema,
          callsPerDay: z.number().int().min(1).max(40).default(8),
          territoryIds: z.array(id).min(1).max(5000).nullish(),
        }),
        args,
      );
      return generateCallPlans(ctx.driver, {
        cycleId: a.cycleId,
        model: a.model,
        accountModel: a.accountModel ?? null,
        frequencies: new Map(a.frequencies.map((f) => [f.segment, f.callsPerCycle])),
        callsPerDay: a.callsPerDay,
        territoryIds: a.territoryIds ?? null,
        managedOnly: ctx.jwt.role === "MANAGER",
        audit: audit(ctx, `call plans generated for cycle ${a.cycleId}`),
      });
    },
    approveCallPlan: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PLANNERS, "approve call plans");
      const a = parseArgs(z.object({ id, expectedVersion: z.number().int().min(0), comment: z.string().trim().max(1000).nullish() }), args);
      await reviewCallPlan(ctx.driver, {
        ...planReach(ctx.jwt),
        id: a.id,
        expectedVersion: a.expectedVersion,
        decision: "APPROVED",
        comment: a.comment ?? null,
        audit: audit(ctx, a.comment ?? "call plan approved"),
      });
      return planOrNotFound(ctx, a.id);
    },
    rejectCallPlan: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PLANNERS, "reject call plans");
      const a = parseArgs(z.object({ id, expectedVersion: z.number().int().min(0), reason }), args);
      await reviewCallPlan(ctx.driver, {
        ...planReach(ctx.jwt),
        id: a.id,
        expectedVersion: a.expectedVersion,
        decision: "REJECTED",
        comment: a.reason,
        audit: audit(ctx, a.reason),
      });
      return planOrNotFound(ctx, a.id);
    },
    changeTargets: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, [...PROPOSERS, ...PLANNERS], "change targets");
      const a = parseArgs(
        z.object({ planId: id, expectedVersion: z.number().int().min(0), changes: z.array(targetChangeSchema).min(1).max(200), reason }),
        args,
      );
      await inWrite(ctx.driver, (tx) =>
        changeTargets(tx, {
          ...planReach(ctx.jwt),
          planId: a.planId,
          expectedVersion: a.expectedVersion,
          changes: a.changes,
          reason: a.reason,
          propose: (PROPOSERS as readonly string[]).includes(ctx.jwt.role),
          audit: audit(ctx, a.reason),
        }),
      );
      return planOrNotFound(ctx, a.planId);
    },
    decideTargetChange: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PLANNERS, "decide target changes");
      const a = parseArgs(z.object({ id, approve: z.boolean(), comment: z.string().trim().max(1000).nullish() }), args);
      const planId = await inWrite(ctx.driver, (tx) =>
        decideTargetChange(tx, { ...planReach(ctx.jwt), id: a.id, approve: a.approve, comment: a.comment ?? null, audit: audit(ctx, "") }),
      );
      return planOrNotFound(ctx, planId);
    },
  },
};

export const callPlansSchema: SchemaPart = {
  typeDefs: [
    enumTypeDefs(
      "CallPlanStatus",
      "DRAFT (generated, under review), APPROVED (the cycle's plan) or REJECTED (to be generated again).",
      STATUSES,
    ),
    enumTypeDefs("TargetSubject", "What a target is.", ["HCP", "ACCOUNT"]),
    enumTypeDefs("TargetChangeOp", "ADD a subject, REMOVE a target, or SET_CALLS of a target.", TARGET_CHANGE_OPS),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
  ].join("\n"),
  resolvers,
};
