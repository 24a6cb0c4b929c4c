/**
 * Changes to a plan's targets, the governed way: every applied change is audited with its reason
 * (one `AuditEvent`, subject TARGET, per target), checked against the territory (an added
 * subject must be aligned to it) and the plan's capacity, and made at the plan version the
 * caller read. Managers (and admins) apply at once; a rep's change is a PENDING `TargetChange`
 * the manager approves or rejects, and is checked again when it is applied.
 *
 * `(:TargetChange {id, planId, op, subjectId, plannedCalls, reason, requestedBy, requestedAt, position (in its request),
 * status PENDING | APPROVED | REJECTED | WITHDRAWN, decidedBy, decidedAt, comment})-[:FOR_PLAN]->(:CallPlan)`.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { type AuditContext, createAuditEvent } from "../../model/audit-event.ts";
import { PLAN_VISIBLE, type PlanReach } from "./plan-reach.ts";

export const TARGET_CHANGE_OPS = ["ADD", "REMOVE", "SET_CALLS"] as const;

export const targetChangeSchema = z
  .object({
    op: z.enum(TARGET_CHANGE_OPS),
    subjectId: z.string().trim().min(1).max(100),
    plannedCalls: z.number().int().min(1).max(200).nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.op !== "REMOVE" && c.plannedCalls == null)
      ctx.addIssue({ code: "custom", path: ["plannedCalls"], message: `${c.op} needs plannedCalls` });
  });

export type TargetChangeInput = z.infer<typeof targetChangeSchema>;

interface StoredTarget {
  subjectId: string;
  subjectKind: "HCP" | "ACCOUNT";
  plannedCalls: number;
  active: boolean;
  [field: string]: unknown;
}

const LOCK_PLAN = `
MATCH (cp:CallPlan {id: $planId}) WHERE ${PLAN_VISIBLE("cp.territoryId")}
CALL apoc.lock.nodes([cp])
RETURN cp {.status, .version, .capacity, .cycleId, .territoryId, .model, .accountModel} AS plan,
  [(cp)-[:HAS_TARGET]->(tg:Target) | tg {.*}] AS targets`;

/** The subjects to add: aligned to the plan's territory, with their segment and score under the plan's models. */
const ADDABLE = `
UNWIND $ids AS id
CALL (id) {
  MATCH (h:HCP {id: id}) RETURN h AS x, 'HCP' AS kind
  UNION MATCH (a:Account {id: id}) RETURN a AS x, 'ACCOUNT' AS kind
}
WITH id, x, kind WHERE EXISTS { (x)-[:ALIGNED_TO]->(:Territory {id: $territoryId}) }
OPTIONAL MATCH (s:Score {subjectId: id}) WHERE s.model IN [$model, $accountModel]
RETURN id, kind, s.segment AS segment, s.score AS score`;

const APPLY = `
MATCH (cp:CallPlan {id: $planId})
UNWIND $ops AS o
MERGE (tg:Target {id: cp.id + '|' + o.subjectId})
SET tg += o.props
MERGE (cp)-[:HAS_TARGET]->(tg)
WITH cp, o, tg
CALL (o, tg) {
  WITH o, tg WHERE o.before IS NULL
  CALL (o) {
    MATCH (h:HCP {id: o.subjectId}) WHERE o.props.subjectKind = 'HCP' RETURN h AS subject
    UNION MATCH (a:Account {id: o.subjectId}) WHERE o.props.subjectKind = 'ACCOUNT' RETURN a AS subject
  }
  MERGE (tg)-[:TARGETS]->(subject)
}
${createAuditEvent({
  action: "o.action",
  subject: "'TARGET'",
  subjectId: "tg.id",
  fromId: "cp.id",
  toId: "o.subjectId",
  before: "o.before",
  after: "tg {.*}",
})}
WITH DISTINCT cp
CALL (cp) { MATCH (cp)-[:HAS_TARGET]->(t:Target {active: true}) RETURN count(t) AS n, sum(t.plannedCalls) AS calls }
SET cp.targetCount = n, cp.plannedCalls = calls, cp.version = cp.version + 1`;

const PROPOSE = `
MATCH (cp:CallPlan {id: $planId})
UNWIND range(0, size($changes) - 1) AS i
WITH cp, i, $changes[i] AS c
CREATE (cp)<-[:FOR_PLAN]-(:TargetChange {id: randomUUID(), planId: cp.id, op: c.op, subjectId: c.subjectId, plannedCalls: c.plannedCalls,
  reason: $reason, requestedBy: $actor, requestedAt: datetime(), position: i, status: 'PENDING'})`;

const LOCK_CHANGE = `
MATCH (change:TargetChange {id: $id})-[:FOR_PLAN]->(cp:CallPlan) WHERE ${PLAN_VISIBLE("cp.territoryId")}
RETURN change {.planId, .op, .subjectId, .plannedCalls, .reason, .status, .requestedBy} AS change`;

const DECIDE = `
MATCH (change:TargetChange {id: $id})
SET change.status = $status, change.decidedBy = $actor, change.decidedAt = datetime(), change.comment = $comment`;

const PENDING = `
MATCH (change:TargetChange {planId: $planId, status: 'PENDING'})
WITH change ORDER BY change.requestedAt, change.position, change.id
RETURN change {.id, .planId, .op, .subjectId, .plannedCalls, .reason, .requestedBy, requestedAt: toString(change.requestedAt), .status,
  .decidedBy, decidedAt: toString(change.decidedAt), .comment} AS change`;

interface LockedPlan {
  status: string;
  version: number;
  capacity: number;
  cycleId: string;
  territoryId: string;
  model: string;
  accountModel: string | null;
}

const badChange = (index: number, message: string, field = "subjectId") =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { argumentPath: ["changes", index, field] });

/** Locks the plan, checks version and status, and returns it with its targets by subject. */
async function lockPlan(tx: ManagedTransaction, planId: string, reach: PlanReach, expectedVersion: number | null) {
  const r = (await tx.run(LOCK_PLAN, { planId, ...reach })).records[0];
  if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `Call plan ${planId} not found`);
  const plan = toNative(r.get("plan")) as LockedPlan;
  if (expectedVersion !== null && plan.version !== expectedVersion)
    throw new DomainError(ErrorCode.CONFLICT, `Call plan ${planId} is at version ${plan.version}, not ${expectedVersion}.`, {
      currentVersion: plan.version,
    });
  if (plan.status === "REJECTED")
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Call plan ${planId} was rejected: generate it again instead of changing it.`, {
      argumentPath: ["planId"],
    });
  const targets = new Map((toNative(r.get("targets")) as StoredTarget[]).map((t) => [t.subjectId, t]));
  return { plan, targets };
}

/** Checks the changes against the plan; throws BAD_USER_INPUT naming the change that fails. */
async function checkChanges(
  tx: ManagedTransaction,
  plan: LockedPlan,
  targets: Map<string, StoredTarget>,
  changes: readonly TargetChangeInput[],
) {
  const adds = changes.filter((c) => c.op === "ADD").map((c) => c.subjectId);
  const addable = new Map(
    (await tx.run(ADDABLE, { ids: adds, territoryId: plan.territoryId, model: plan.model, accountModel: plan.accountModel })).records.map(
      (r) => [r.get("id") as string, toNative(r.toObject()) as { kind: "HCP" | "ACCOUNT"; segment: string | null; score: number | null }],
    ),
  );
  const planned = new Map([...targets.values()].filter((t) => t.active).map((t) => [t.subjectId, t.plannedCalls]));
  const ops = changes.map((c, i) => {
    const current = targets.get(c.subjectId);
    if (changes.findIndex((x) => x.subjectId === c.subjectId) !== i) throw badChange(i, `${c.subjectId} is changed twice in one request`);
    if (c.op === "ADD") {
      if (current?.active) throw badChange(i, `${c.subjectId} is already a target of this plan`);
      const found = addable.get(c.subjectId);
      if (!found) throw badChange(i, `${c.subjectId} is not an HCP or account aligned to territory ${plan.territoryId}`);
      planned.set(c.subjectId, c.plannedCalls!);
      return {
        subjectId: c.subjectId,
        action: current ? "UPDATE" : "CREATE",
        before: current ?? null,
        props: {
          subjectKind: found.kind,
          segment: found.segment,
          score: found.score,
          plannedCalls: c.plannedCalls,
          origin: current?.origin ?? "ADDED",
          active: true,
        },
      };
    }
    if (!current?.active) throw badChange(i, `${c.subjectId} is not a target of this plan`);
    if (c.op === "REMOVE") {
      planned.delete(c.subjectId);
      return { subjectId: c.subjectId, action: "END", before: current, props: { active: false } };
    }
    planned.set(c.subjectId, c.plannedCalls!);
    return { subjectId: c.subjectId, action: "UPDATE", before: current, props: { plannedCalls: c.plannedCalls } };
  });
  const total = [...planned.values()].reduce((s, n) => s + n, 0);
  if (total > plan.capacity)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `The plan would need ${total} calls, over its capacity of ${plan.capacity}: remove or reduce other targets in the same request.`,
      { argumentPath: ["changes"] },
    );
  return ops;
}

async function applyChecked(
  tx: ManagedTransaction,
  planId: string,
  lock: Awaited<ReturnType<typeof lockPlan>>,
  changes: readonly TargetChangeInput[],
  audit: AuditContext,
) {
  const ops = await checkChanges(tx, lock.plan, lock.targets, changes);
  const keys = { planId, cycleId: lock.plan.cycleId, territoryId: lock.plan.territoryId };
  const withKeys = ops.map((o) => (o.before === null ? { ...o, props: { ...o.props, ...keys, subjectId: o.subjectId } } : o));
  await tx.run(APPLY, { planId, ops: withKeys, audit });
}

/**
 * MANAGER/ADMIN: applies the changes at once. REP/KAM: records them as PENDING for the manager;
 * they are checked now (so a rep learns at once that a subject is outside the territory) and again
 * when the manager approves.
 */
export async function changeTargets(
  tx: ManagedTransaction,
  req: PlanReach & {
    planId: string;
    expectedVersion: number;
    changes: TargetChangeInput[];
    reason: string;
    propose: boolean;
    audit: AuditContext;
  },
): Promise<void> {
  const lock = await lockPlan(tx, req.planId, req, req.expectedVersion);
  if (!req.propose) return applyChecked(tx, req.planId, lock, req.changes, req.audit);
  await checkChanges(tx, lock.plan, lock.targets, req.changes);
  await tx.run(PROPOSE, {
    planId: req.planId,
    reason: req.reason,
    actor: req.audit.actor,
    changes: req.changes.map((c) => ({ ...c, plannedCalls: c.plannedCalls ?? null })),
  });
}

/** MANAGER/ADMIN: approves (applies, audited with the rep's reason) or rejects a pending change; returns its plan id. */
export async function decideTargetChange(
  tx: ManagedTransaction,
  req: PlanReach & { id: string; approve: boolean; comment: string | null; audit: AuditContext },
): Promise<string> {
  const r = (await tx.run(LOCK_CHANGE, { id: req.id, reach: req.reach, caller: req.caller, territories: req.territories })).records[0];
  if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `Target change ${req.id} not found`);
  const change = toNative(r.get("change")) as TargetChangeInput & { planId: string; reason: string; status: string; requestedBy: string };
  const lock = await lockPlan(tx, change.planId, req, null);
  if (change.status !== "PENDING")
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Target change ${req.id} is ${change.status}, not PENDING.`, { argumentPath: ["id"] });
  if (req.approve) {
    const audit = {
      ...req.audit,
      changeId: req.id,
      reason: `${change.reason} (proposed by ${change.requestedBy}${req.comment ? `; ${req.comment}` : ""})`,
    };
    await applyChecked(tx, change.planId, lock, [change], audit).catch((err: unknown) => {
      // The plan changed since the proposal: the same check, reported against this request's argument.
      if (err instanceof DomainError && err.code === ErrorCode.BAD_USER_INPUT)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `This change can no longer be applied: ${err.message}`, { argumentPath: ["id"] });
      throw err;
    });
  }
  await tx.run(DECIDE, { id: req.id, status: req.approve ? "APPROVED" : "REJECTED", actor: req.audit.actor, comment: req.comment });
  return change.planId;
}

/** A plan's pending changes, oldest first (the caller has already read the plan). */
export async function pendingTargetChanges(driver: Driver, planId: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(PENDING, { planId }, { routing: "READ" });
  return records.map((r) => toNative(r.get("change")) as Record<string, unknown>);
}
