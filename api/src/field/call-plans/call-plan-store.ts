/**
 * Reading call plans and their targets, and the manager's review (approve, reject). A plan's
 * `callsMade` per target counts COMPLETED activities with the target's subject (the HCP for an
 * HCP target, the account for an account target) by the reps covering the plan's territory, from
 * the first to the last day of the cycle.
 */
import type { Driver } from "neo4j-driver";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { type AuditContext, createAuditEvent } from "../../model/audit-event.ts";
import { CYCLE_FIELDS, type StoredCycle } from "./cycle-store.ts";
import { PLAN_VISIBLE, type PlanReach } from "./plan-reach.ts";

export type CallPlanStatus = "DRAFT" | "APPROVED" | "REJECTED";

export interface StoredCallPlan {
  id: string;
  cycle: StoredCycle;
  territoryId: string;
  territoryName: string;
  region: string | null;
  reps: string[];
  status: CallPlanStatus;
  frequencies: string;
  dropped: string;
  version: number;
  [field: string]: unknown;
}

const PLAN_FIELDS = `cp {.id, .territoryId, .status, .model, .modelVersion, .accountModel, .accountModelVersion, .frequencies,
  .callsPerDay, .capacity, .plannedCalls, .targetCount, .dropped, .droppedCount, generatedAt: toString(cp.generatedAt), .generatedBy,
  .reviewedBy, reviewedAt: toString(cp.reviewedAt), .reviewComment, .version,
  cycle: ${CYCLE_FIELDS("c")}, territoryName: t.name, region: t.region, reps: [(u:User)-[:COVERS]->(t) | u.id]}`;

const LIST = `
MATCH (cp:CallPlan {cycleId: $cycleId})
WHERE ($territoryId IS NULL OR cp.territoryId = $territoryId) AND ($status IS NULL OR cp.status = $status) AND ${PLAN_VISIBLE("cp.territoryId")}
MATCH (cp)-[:FOR_CYCLE]->(c:Cycle), (cp)-[:FOR_TERRITORY]->(t:Territory)
RETURN ${PLAN_FIELDS} AS cp ORDER BY cp.territoryId LIMIT toInteger($limit)`;

const ONE = `
MATCH (cp:CallPlan {id: $id}) WHERE ${PLAN_VISIBLE("cp.territoryId")}
MATCH (cp)-[:FOR_CYCLE]->(c:Cycle), (cp)-[:FOR_TERRITORY]->(t:Territory)
RETURN ${PLAN_FIELDS} AS cp`;

/**
 * A subquery body over `tg` (a Target), `from` and `to` (datetimes) and `reps` (user ids): the
 * COMPLETED activities with the target's subject by those reps in [from, to), as `callsMade` and
 * `lastCallAt` (one row, also when there are none).
 */
export const CALLS_ON_TARGET = `CALL (tg, from, to, reps) {
  CALL (tg, from, to, reps) {
    MATCH (a:Activity {hcpId: tg.subjectId}) WHERE tg.subjectKind = 'HCP' AND a.outcome = 'COMPLETED' AND a.repId IN reps
      AND a.startedAt >= from AND a.startedAt < to
    RETURN a.startedAt AS at
    UNION ALL
    MATCH (a:Activity {accountId: tg.subjectId}) WHERE tg.subjectKind = 'ACCOUNT' AND a.outcome = 'COMPLETED' AND a.repId IN reps
      AND a.startedAt >= from AND a.startedAt < to
    RETURN a.startedAt AS at
  }
  RETURN count(at) AS callsMade, max(at) AS lastCallAt
}`;

/** Completed calls on each target within its cycle by the reps of its territory, with the subject's name and place. */
const TARGETS = `
MATCH (cp:CallPlan {id: $id})-[:FOR_CYCLE]->(c:Cycle)
WITH cp, datetime({date: c.startDate}) AS from, datetime({date: c.endDate + duration({days: 1})}) AS to,
  [(u:User)-[:COVERS]->(:Territory {id: cp.territoryId}) | u.id] AS reps
MATCH (cp)-[:HAS_TARGET]->(tg:Target)-[:TARGETS]->(s)
WHERE tg.active OR $includeInactive
${CALLS_ON_TARGET}
WITH tg, s, callsMade, lastCallAt WHERE NOT $notSeen OR callsMade = 0
RETURN tg {.subjectId, .subjectKind, .segment, .score, .plannedCalls, .origin, .active, name: s.name, lat: s.lat, lon: s.lon,
  callsMade: callsMade, lastCallAt: toString(lastCallAt)} AS t
ORDER BY t.active DESC, t.plannedCalls DESC, t.score DESC, t.subjectId
SKIP toInteger($offset) LIMIT toInteger($limit)`;

const LOCK_FOR_REVIEW = `
MATCH (cp:CallPlan {id: $id}) WHERE ${PLAN_VISIBLE("cp.territoryId")}
CALL apoc.lock.nodes([cp])
RETURN cp.status AS status, cp.version AS version`;

const REVIEW = `
MATCH (cp:CallPlan {id: $id})
WITH cp, cp {.status, .reviewedBy, .reviewComment} AS before
SET cp.status = $status, cp.reviewedBy = $audit.actor, cp.reviewedAt = datetime(), cp.reviewComment = $comment, cp.version = cp.version + 1
${createAuditEvent({
  action: "'UPDATE'",
  subject: "'CALL_PLAN'",
  subjectId: "cp.id",
  fromId: "cp.territoryId",
  toId: "cp.cycleId",
  before: "before",
  after: "cp {.status, .reviewedBy, .reviewComment}",
})}`;

function readPlan(r: { get(key: string): unknown }): StoredCallPlan {
  return toNative(r.get("cp")) as StoredCallPlan;
}

export async function listCallPlans(
  driver: Driver,
  req: PlanReach & { cycleId: string; territoryId: string | null; status: CallPlanStatus | null; limit: number },
): Promise<StoredCallPlan[]> {
  const { records } = await driver.executeQuery(LIST, { ...req }, { routing: "READ" });
  return records.map(readPlan);
}

/** The plan, or null when it does not exist or the caller may not read it. */
export async function findCallPlan(driver: Driver, id: string, reach: PlanReach): Promise<StoredCallPlan | null> {
  const r = (await driver.executeQuery(ONE, { id, ...reach }, { routing: "READ" })).records[0];
  return r ? readPlan(r) : null;
}

export interface TargetPage {
  limit: number;
  offset: number;
  notSeen: boolean;
  includeInactive: boolean;
}

export async function planTargets(driver: Driver, planId: string, page: TargetPage): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(TARGETS, { id: planId, ...page }, { routing: "READ" });
  return records.map((r) => toNative(r.get("t")) as Record<string, unknown>);
}

/** Approves or rejects a DRAFT plan at the version the reviewer read; audited. */
export async function reviewCallPlan(
  driver: Driver,
  req: PlanReach & { id: string; expectedVersion: number; decision: "APPROVED" | "REJECTED"; comment: string | null; audit: AuditContext },
): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const r = (await tx.run(LOCK_FOR_REVIEW, { id: req.id, reach: req.reach, caller: req.caller, territories: req.territories }))
        .records[0];
      if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `Call plan ${req.id} not found`);
      const version = Number(r.get("version"));
      if (version !== req.expectedVersion)
        throw new DomainError(ErrorCode.CONFLICT, `Call plan ${req.id} is at version ${version}, not ${req.expectedVersion}.`, {
          currentVersion: version,
        });
      if (r.get("status") !== "DRAFT")
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `Call plan ${req.id} is ${r.get("status")}: only a DRAFT is reviewed (generate it again to review a rejected plan).`,
          { argumentPath: ["id"] },
        );
      await tx.run(REVIEW, { id: req.id, status: req.decision, comment: req.comment, audit: req.audit });
    });
  } finally {
    await session.close();
  }
}
