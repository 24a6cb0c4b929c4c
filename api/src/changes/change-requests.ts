/**
 * Proposals and their review. `(:ChangeRequest {id, status, kind, operations (JSON), reason,
 * requesterId, requesterRole, createdAt, decidedBy, decidedAt, decisionReason, comments})`;
 * statuses PENDING, APPROVED, REJECTED, WITHDRAWN, CONFLICT (the data changed under the
 * proposal). Every status change writes an `(:OutboxEvent)` in the same transaction.
 */
import { randomUUID } from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { Claims } from "../model/claims.ts";
import { toNative } from "../db/to-native.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import { ENTITY_BY_ID, VISIBLE } from "../model/cypher-fragments.ts";
import { KIND_OF } from "../model/entity-kinds.ts";
import { applyOperations, ChangeConflictError, type AppliedOperation } from "./apply-change.ts";
import { changeContext } from "./change-context.ts";
import { escalationReasons, escalationRules } from "./escalation.ts";
import { previewChange } from "./preview-change.ts";
import type { Operation } from "./operations.ts";

export type ChangeStatus = "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "CONFLICT";

/** The caller may not make this change (territory, key accounts, own request, escalation). */
export class ChangeForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The request is not in a state that allows this step. */
export class ChangeStateError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message);
  }
}

/**
 * An outbox event for the request `cr`, numbered by the outbox's sequence: the counter is locked
 * and incremented in the writing transaction, so numbers are unique and increase in commit order
 * (a transaction that rolls back leaves a gap, never a duplicate). Integrations page by `sequence`.
 */
const OUTBOX = (cr: string) => `
MERGE (outboxSequence:OutboxSequence {id: 'outbox'})
WITH *
CALL apoc.lock.nodes([outboxSequence])
SET outboxSequence.last = coalesce(outboxSequence.last, 0) + 1
CREATE (:OutboxEvent {id: randomUUID(), sequence: outboxSequence.last, at: datetime(), type: 'CHANGE_REQUEST_STATUS',
  changeRequestId: ${cr}.id, status: ${cr}.status,
  payload: apoc.convert.toJson(${cr} {.id, .status, .kind, .requesterId, .decidedBy, .decisionReason})})`;

const CREATE_REQUEST = `
OPTIONAL MATCH (c)-[:AFFILIATED_WITH {id: $subject}]->()
WITH coalesce(c.id, $subject) AS subjectId
OPTIONAL CALL (subjectId) {
  ${ENTITY_BY_ID("n", "subjectId")}
  RETURN ${KIND_OF("n")} AS level
}
WITH level
CREATE (cr:ChangeRequest {id: $id, status: 'PENDING', kind: $kind, operations: $operations, reason: $reason, level: level,
  requesterId: $requester, requesterRole: $role, territoryIds: $territories, createdAt: datetime(), comments: [],
  requiresAdmin: size($escalation) > 0, escalation: $escalation})
${OUTBOX("cr")}
RETURN cr {.*, createdAt: toString(cr.createdAt)} AS cr`;

const LOCK_REQUEST = `
MATCH (cr:ChangeRequest {id: $id})
CALL apoc.lock.nodes([cr])
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr`;

const DECIDE = `
MATCH (cr:ChangeRequest {id: $id})
SET cr.status = $status, cr.decidedBy = $by, cr.decidedAt = datetime(), cr.decisionReason = $reason
${OUTBOX("cr")}
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr`;

const LIST = `
MATCH (cr:ChangeRequest)
WHERE ($status IS NULL OR cr.status = $status) AND ($requester IS NULL OR cr.requesterId = $requester)
  AND ($kind IS NULL OR cr.kind = $kind) AND ($territory IS NULL OR $territory IN cr.territoryIds)
  AND ($minAgeDays IS NULL OR cr.createdAt <= datetime() - duration({days: $minAgeDays}))
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr
ORDER BY cr.createdAt DESC LIMIT $limit`;

/** The HCPs and accounts a change touches must be aligned to one of the REP's territories. */
/**
 * The ids a REP named that are not theirs to act on: entities that are not HCPs or accounts of
 * their territories, and edges whose child is not, or whose parent they may not see. Missing and
 * hidden ids alike, so the answer never tells whether a hidden id exists, and as named, so it
 * never names a hidden edge's ends.
 */
const OUTSIDE_TERRITORIES = `
UNWIND $ids AS id
OPTIONAL MATCH (c)-[:AFFILIATED_WITH {id: id}]->(p)
WITH id, coalesce(c.id, id) AS entityId, p
OPTIONAL CALL (entityId) {
  ${ENTITY_BY_ID("n", "entityId")}
  RETURN n
}
WITH id, n, p
WHERE n IS NULL OR NOT ((n:HCP OR n:Account) AND EXISTS { (n)-[:ALIGNED_TO]->(t:Territory) WHERE t.id IN $territories })
   OR (p IS NOT NULL AND NOT ${VISIBLE("p")})
RETURN collect(DISTINCT id) AS outside`;

export interface ChangeRequestView {
  id: string;
  requiresAdmin?: boolean;
  escalation?: string[];
  comments?: string[];
  status: ChangeStatus;
  kind: string;
  operations: string;
  reason: string;
  requesterId: string;
  decidedBy?: string | null;
  decisionReason?: string | null;
  createdAt: string;
  decidedAt?: string | null;
}

/** The entity or edge each operation is about (for the territory check). */
function subjects(ops: readonly Operation[]): string[] {
  return ops.flatMap((op) => [
    "childId" in op ? op.childId : "edgeId" in op ? op.edgeId : op.entityId,
    // New parents too: a rep cannot attach their HCP to an account outside their territories.
    ...("parentId" in op ? [op.parentId] : "newParentId" in op ? [op.newParentId] : []),
  ]);
}

/**
 * What a KAM with key accounts may touch: HCPs, accounts and organizations outside them. A key
 * account covers itself; a key organization its accounts; both the HCPs affiliated with those.
 */
const OUTSIDE_KEY_ACCOUNTS = `
MATCH (u:User {id: $user})
OPTIONAL MATCH (u)-[:KEY_ACCOUNT]->(k)
WITH u, collect(k) AS keys
WHERE size(keys) > 0
UNWIND $ids AS id
OPTIONAL MATCH (c)-[:AFFILIATED_WITH {id: id}]->()
WITH keys, coalesce(c.id, id) AS entityId
CALL (entityId) {
  MATCH (n:HCP {id: entityId}) RETURN n
  UNION MATCH (n:Account {id: entityId}) RETURN n
  UNION MATCH (n:Organization {id: entityId}) RETURN n
}
WITH n, keys
WHERE NOT (n IN keys OR EXISTS { MATCH path = (n)-[:AFFILIATED_WITH*1..2]->(k) WHERE k IN keys AND all(r IN relationships(path) WHERE r.validTo IS NULL OR r.validTo >= date()) })
RETURN collect(n.id) AS outside`;

/**
 * REPs act only on HCPs and accounts aligned to their territories; KAMs with key accounts only
 * within them (a KAM without assigned key accounts covers every account).
 */
export async function requireInTerritories(driver: Driver, claims: Claims, ops: readonly Operation[]): Promise<void> {
  if (claims.role === "KAM") {
    const result = await driver.executeQuery(OUTSIDE_KEY_ACCOUNTS, { ids: subjects(ops), user: claims.sub }, { routing: "READ" });
    const outside = (result.records[0]?.get("outside") as string[] | undefined) ?? [];
    if (outside.length)
      throw new ChangeForbiddenError(`Key-account managers act only within their key accounts; outside: ${outside.join(", ")}.`);
    return;
  }
  if (claims.role !== "REP") return;
  const result = await driver.executeQuery(
    OUTSIDE_TERRITORIES,
    { ids: subjects(ops), restricted: true, territories: claims.territories },
    { routing: "READ" },
  );
  const outside = result.records[0]!.get("outside") as string[];
  if (outside.length)
    throw new ChangeForbiddenError(`Reps act only on HCPs and accounts in their territories; outside: ${outside.join(", ")}.`);
}

/**
 * A new PENDING request; it needs an ADMIN when the review rules say so (its impact preview is
 * computed for that). A request that only confirms existing affiliations is approved at once.
 */
export async function propose(
  driver: Driver,
  claims: Claims,
  ops: Operation[],
  reason: string,
  requestId: string,
): Promise<ChangeRequestView> {
  await requireInTerritories(driver, claims, ops);
  const escalation = await escalationOf(driver, claims, ops, requestId, reason);
  const result = await driver.executeQuery(CREATE_REQUEST, {
    id: randomUUID(),
    kind: ops.length > 1 ? "CHANGE_SET" : ops[0]!.op,
    operations: JSON.stringify(ops),
    reason,
    subject: subjects(ops)[0]!,
    requester: claims.sub,
    role: claims.role,
    territories: claims.territories,
    escalation,
  });
  const created = toNative(result.records[0]!.get("cr")) as ChangeRequestView;
  if (ops.every((op) => op.op === "CONFIRM_AFFILIATION"))
    return approve(driver, { ...claims, sub: AUTO_APPROVER, role: "STEWARD" }, created.id, requestId);
  return created;
}

/** Roles that review (approve, reject, edit, comment on) any change request. */
export const REVIEWER_ROLES = ["STEWARD", "ADMIN"] as const;

/**
 * Why `ops` need an ADMIN's approval under the review rules (none: they don't), from their impact
 * preview. Confirmations never do: they change no allocation.
 */
async function escalationOf(
  driver: Driver,
  claims: Claims,
  ops: readonly Operation[],
  requestId: string,
  reason: string,
): Promise<string[]> {
  if (ops.every((op) => op.op === "CONFIRM_AFFILIATION")) return [];
  return escalationReasons(driver, ops, await previewChange(driver, ops, changeContext(claims, requestId, reason)), escalationRules());
}

/** Who approves what the rules approve automatically (confirmations). */
export const AUTO_APPROVER = "auto-approval";

/** A steward's direct change: applied at once, audited like any other. */
export async function applyDirectly(
  driver: Driver,
  claims: Claims,
  ops: Operation[],
  reason: string,
  requestId: string,
  source: "STEWARD" | "FIELD" = "STEWARD",
): Promise<AppliedOperation[]> {
  if (claims.role !== "ADMIN") {
    const escalation = await escalationOf(driver, claims, ops, requestId, reason);
    if (escalation.length) throw new ChangeForbiddenError(`This change needs an ADMIN: ${escalation.join("; ")}.`);
  }
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => applyOperations(tx, ops, changeContext(claims, requestId, reason, { source })));
  } finally {
    await session.close();
  }
}

async function lockRequest(tx: ManagedTransaction, id: string): Promise<ChangeRequestView> {
  const r = (await tx.run(LOCK_REQUEST, { id })).records[0];
  if (!r) throw new ChangeStateError(`Change request ${id} does not exist.`);
  return toNative(r.get("cr")) as ChangeRequestView;
}

/**
 * Approves and applies a pending request in one transaction. Nobody approves their own request.
 * When the data changed under it, the request becomes CONFLICT (needs re-review) and the caller
 * gets the conflict.
 */
export async function approve(driver: Driver, claims: Claims, id: string, requestId: string): Promise<ChangeRequestView> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const cr = await lockRequest(tx, id);
      if (cr.requesterId === claims.sub) throw new ChangeForbiddenError("Nobody approves their own change request.");
      if (cr.requiresAdmin && claims.role !== "ADMIN")
        throw new ChangeForbiddenError(`This change needs an ADMIN's approval: ${(cr.escalation ?? []).join("; ")}.`);
      if (cr.status !== "PENDING") throw new ChangeStateError(`Change request ${id} is ${cr.status}, not PENDING.`);
      await applyOperations(tx, JSON.parse(cr.operations) as Operation[], changeContext(claims, requestId, cr.reason, { changeId: id }));
      return toNative(
        (await tx.run(DECIDE, { id, status: "APPROVED", by: claims.sub, reason: null })).records[0]!.get("cr"),
      ) as ChangeRequestView;
    });
  } catch (err) {
    if (err instanceof ChangeConflictError) await decide(driver, claims, id, "CONFLICT", err.message, ["PENDING"]);
    throw err;
  } finally {
    await session.close();
  }
}

/** Rejection (steward, with a reason), withdrawal (requester) or conflict: a status change with its outbox event. */
export async function decide(
  driver: Driver,
  claims: Claims,
  id: string,
  status: ChangeStatus,
  reason: string | null,
  from: ChangeStatus[],
): Promise<ChangeRequestView> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const cr = await lockRequest(tx, id);
      if (!from.includes(cr.status)) throw new ChangeStateError(`Change request ${id} is ${cr.status}, not ${from.join(" or ")}.`);
      if (status === "WITHDRAWN" && cr.requesterId !== claims.sub)
        throw new ChangeForbiddenError("Only the requester withdraws a change request.");
      return toNative((await tx.run(DECIDE, { id, status, by: claims.sub, reason })).records[0]!.get("cr")) as ChangeRequestView;
    });
  } finally {
    await session.close();
  }
}

/** Reviewers comment on any request, everyone else on their own; another's request is answered like a missing one. */
const COMMENT = `
MATCH (cr:ChangeRequest {id: $id}) WHERE $reviewer OR cr.requesterId = $by
SET cr.comments = coalesce(cr.comments, []) + [apoc.convert.toJson({by: $by, at: toString(datetime()), text: $text})]
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr`;

const EDIT = `
MATCH (cr:ChangeRequest {id: $id})
SET cr.operations = $operations, cr.status = 'PENDING', cr.editedBy = $by, cr.editedAt = datetime(),
    cr.requiresAdmin = size($escalation) > 0, cr.escalation = $escalation
${OUTBOX("cr")}
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr`;

export async function comment(driver: Driver, claims: Claims, id: string, text: string): Promise<ChangeRequestView> {
  const reviewer = (REVIEWER_ROLES as readonly string[]).includes(claims.role);
  const r = (await driver.executeQuery(COMMENT, { id, by: claims.sub, text, reviewer })).records[0];
  if (!r) throw new ChangeStateError(`Change request ${id} does not exist.`);
  return toNative(r.get("cr")) as ChangeRequestView;
}

/** A steward edits a pending (or conflicting) request's operations before deciding on it. */
/** A reviewer replaces a request's operations; the review rules are applied again to the new ones. */
export async function edit(driver: Driver, claims: Claims, id: string, ops: Operation[], requestId: string): Promise<ChangeRequestView> {
  const escalation = await escalationOf(driver, claims, ops, requestId, "edit");
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const cr = await lockRequest(tx, id);
      if (cr.status !== "PENDING" && cr.status !== "CONFLICT")
        throw new ChangeStateError(`Change request ${id} is ${cr.status}; only pending or conflicting requests are edited.`);
      return toNative(
        (await tx.run(EDIT, { id, operations: JSON.stringify(ops), by: claims.sub, escalation })).records[0]!.get("cr"),
      ) as ChangeRequestView;
    });
  } finally {
    await session.close();
  }
}

export interface RequestFilter {
  status: ChangeStatus | null;
  requester: string | null;
  kind: string | null;
  territory: string | null;
  minAgeDays: number | null;
  limit: number;
}

/** One request: any for reviewers, one's own for everyone else (another's answers like a missing one: null). */
const ONE = `
MATCH (cr:ChangeRequest {id: $id}) WHERE $requester IS NULL OR cr.requesterId = $requester
RETURN cr {.*, createdAt: toString(cr.createdAt), decidedAt: toString(cr.decidedAt)} AS cr`;

export async function requestById(driver: Driver, claims: Claims, id: string): Promise<ChangeRequestView | null> {
  const requester = (REVIEWER_ROLES as readonly string[]).includes(claims.role) ? null : claims.sub;
  const r = (await driver.executeQuery(ONE, { id, requester }, { routing: "READ" })).records[0];
  return r ? (toNative(r.get("cr")) as ChangeRequestView) : null;
}

export async function listRequests(driver: Driver, filter: RequestFilter): Promise<ChangeRequestView[]> {
  const { default: neo4j } = await import("neo4j-driver");
  const result = await driver.executeQuery(LIST, { ...filter, limit: neo4j.int(filter.limit) }, { routing: "READ" });
  return result.records.map((r) => toNative(r.get("cr")) as ChangeRequestView);
}

const OUTBOX_AFTER = `
MATCH (o:OutboxEvent) WHERE $after IS NULL OR o.sequence > $after
RETURN o {.id, .sequence, .type, .changeRequestId, .status, .payload, at: toString(o.at)} AS o
ORDER BY coalesce(o.sequence, 0), o.at LIMIT $limit`;

/** Status changes for integrations in commit order, after the `sequence` of the last event read. */
export async function outbox(driver: Driver, after: number | null, limit: number) {
  const { default: neo4j } = await import("neo4j-driver");
  const result = await driver.executeQuery(
    OUTBOX_AFTER,
    { after: after === null ? null : neo4j.int(after), limit: neo4j.int(limit) },
    { routing: "READ" },
  );
  return result.records.map((r) => toNative(r.get("o")));
}
