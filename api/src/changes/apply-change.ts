/**
 * The one write path for hierarchy data: every operation of a change set is validated, checked
 * against the graph under locks (levels, types, weight sums and primaries at any date, cycles),
 * version-checked, applied and audited in ONE transaction, and the materialized roll-ups of the
 * parents involved are refreshed in the same transaction. Any failure rolls everything back.
 */
import { recomputeExperienceLayers } from "../experience/facts/experience-facts.ts";
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { transactionRunner } from "../db/cypher-runner.ts";
import { ancestorLayers, refreshRollupLayers } from "../analytics/rollup-store/refresh.ts";
import type { AuditContext } from "../model/audit-event.ts";
import { toNative } from "../db/to-native.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import type { AccessScope } from "../model/access-scope.ts";
import type { EntityKind } from "../model/entity-kinds.ts";
import { checkAffiliations, type ExistingAffiliation, type FileAffiliation } from "../model/affiliation-rules.ts";
import type { LevelRules } from "../model/level-rules.ts";
import type { RowProblem } from "../model/row-problem.ts";
import type { Operation } from "./operations.ts";
import { CREATE_EDGE, EDGES_OF_CHILD, LOCK_EDGE, LOCK_ENTITY, LOCK_SAME_LEVEL, REACHES, UPDATE_EDGE, UPDATE_ENTITY } from "./queries.ts";

/** The data changed since the caller read it: `current` is what is stored now. */
export class ChangeConflictError extends DomainError {
  constructor(
    readonly operation: number,
    readonly current: Record<string, unknown>,
  ) {
    super(
      ErrorCode.CONFLICT,
      `Operation ${operation + 1}: the record changed since you read it (now version ${String(current.version ?? 0)}); reload and try again.`,
      { current, operation },
    );
  }
}

/** The change would break the hierarchy's integrity; nothing was written. */
export class IntegrityError extends DomainError {
  constructor(
    readonly operation: number,
    readonly problems: string[],
  ) {
    super(ErrorCode.INTEGRITY_VIOLATION, `Operation ${operation + 1}: ${problems.join("; ")}`, { problems, operation });
  }
}

export interface ApplyContext {
  audit: AuditContext;
  rules: LevelRules;
  /** Source recorded on new edges: STEWARD for direct edits, FIELD for approved field proposals. */
  source: "STEWARD" | "FIELD";
  /**
   * What the caller may see. A restricted caller (REP) gets a conflict's version only, integrity
   * problems without the child's other edges, and previews of what they may see: stored records
   * and other edges can name a parent in another territory.
   */
  scope: AccessScope;
}

export interface AppliedOperation {
  op: Operation["op"];
  state: Record<string, unknown>;
}

type State = Record<string, unknown>;

/** Confidence of an edge a rep confirmed in the field. */
export const CONFIRMED_CONFIDENCE = 0.95;

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export async function applyOperations(tx: ManagedTransaction, ops: readonly Operation[], ctx: ApplyContext): Promise<AppliedOperation[]> {
  const applied: AppliedOperation[] = [];
  const seeds = new Set<string>();
  for (const [i, op] of ops.entries()) {
    switch (op.op) {
      case "ADD_AFFILIATION": {
        const state = await addEdge(tx, i, { ...op, edgeId: null }, ctx);
        seeds.add(state.parentId as string);
        applied.push({ op: op.op, state });
        break;
      }
      case "END_AFFILIATION": {
        const { state: before, childKind, parentKind } = await lockEdge(tx, i, op.edgeId, op.expectedVersion, ctx);
        await checkIntegrity(tx, i, op.edgeId, { ...before, validTo: op.validTo }, childKind, parentKind, ctx);
        const state = await updateEdge(tx, op.edgeId, { validTo: op.validTo }, "END", ctx);
        seeds.add(before.parentId as string);
        applied.push({ op: op.op, state });
        break;
      }
      case "UPDATE_AFFILIATION": {
        const { state: before, childKind, parentKind } = await lockEdge(tx, i, op.edgeId, op.expectedVersion, ctx);
        const { op: _, edgeId, expectedVersion, ...changes } = op;
        const after = { ...before, ...changes, validTo: "validTo" in op ? (op.validTo ?? null) : before.validTo };
        await checkIntegrity(tx, i, edgeId, after, childKind, parentKind, ctx);
        const state = await updateEdge(tx, edgeId, changes, "UPDATE", ctx);
        seeds.add(before.parentId as string);
        applied.push({ op: op.op, state });
        break;
      }
      case "REASSIGN": {
        const { state: before, childKind, parentKind } = await lockEdge(tx, i, op.edgeId, op.expectedVersion, ctx);
        const validTo = dayBefore(op.validFrom);
        await checkIntegrity(tx, i, op.edgeId, { ...before, validTo }, childKind, parentKind, ctx);
        await updateEdge(tx, op.edgeId, { validTo }, "END", ctx);
        const state = await addEdge(
          tx,
          i,
          {
            childId: before.childId as string,
            parentId: op.newParentId,
            weight: op.weight ?? (before.weight as number),
            primary: Boolean(before.primary),
            type: before.type as string,
            influence: (before.influence as number | null) ?? null,
            validFrom: op.validFrom,
            validTo: null,
            edgeId: null,
          },
          ctx,
        );
        seeds.add(before.parentId as string).add(op.newParentId);
        applied.push({ op: op.op, state });
        break;
      }
      case "CONFIRM_AFFILIATION": {
        const { state: before } = await lockEdge(tx, i, op.edgeId, op.expectedVersion, ctx);
        const confidence = Math.max(Number(before.confidence ?? 0), CONFIRMED_CONFIDENCE);
        const state = await updateEdge(
          tx,
          op.edgeId,
          { confidence, confirmedBy: ctx.audit.actor, confirmedAt: new Date().toISOString() },
          "CONFIRM",
          ctx,
        );
        applied.push({ op: op.op, state });
        break;
      }
      case "UPDATE_ENTITY": {
        const entity = await lockEntity(tx, i, op.entityId);
        if (Number(entity.state.version ?? 0) !== op.expectedVersion) throw new ChangeConflictError(i, conflictState(entity.state, ctx));
        const result = await tx.run(UPDATE_ENTITY, { element: entity.element, changes: op.changes, audit: ctx.audit });
        applied.push({ op: op.op, state: toNative(result.records[0]!.get("state")) as State });
        break;
      }
    }
  }
  if (seeds.size) {
    const layers = await ancestorLayers(transactionRunner(tx), [...seeds]);
    await refreshRollupLayers(transactionRunner(tx), layers);
    await recomputeExperienceLayers(transactionRunner(tx), layers);
  }
  return applied;
}

async function lockEntity(tx: ManagedTransaction, i: number, id: string): Promise<{ kind: EntityKind; state: State; element: string }> {
  const result = await tx.run(LOCK_ENTITY, { id });
  const r = result.records[0];
  if (!r) throw new IntegrityError(i, [`no HCP, account, organization or network with id ${id}`]);
  return { kind: r.get("kind") as EntityKind, state: toNative(r.get("state")) as State, element: r.get("element") as string };
}

/** What a conflict tells the caller about the stored record. */
const conflictState = (state: State, ctx: ApplyContext): State => (ctx.scope.restricted ? { version: state.version ?? 0 } : state);

async function lockEdge(tx: ManagedTransaction, i: number, id: string, expectedVersion: number, ctx: ApplyContext) {
  const result = await tx.run(LOCK_EDGE, { id });
  const r = result.records[0];
  if (!r) throw new IntegrityError(i, [`no affiliation with id ${id}`]);
  const state = toNative(r.get("state")) as State;
  if (Number(state.version ?? 0) !== expectedVersion) throw new ChangeConflictError(i, conflictState(state, ctx));
  return { state, childKind: r.get("childKind") as EntityKind, parentKind: r.get("parentKind") as EntityKind };
}

interface NewEdge {
  childId: string;
  parentId: string;
  weight: number;
  primary: boolean;
  type: string;
  influence?: number | null;
  validFrom: string;
  validTo?: string | null;
  edgeId: string | null;
}

async function addEdge(tx: ManagedTransaction, i: number, e: NewEdge, ctx: ApplyContext): Promise<State> {
  const child = await lockEntity(tx, i, e.childId);
  const parent = await lockEntity(tx, i, e.parentId);
  const id = e.edgeId ?? `AFF-${randomUUID()}`;
  await checkIntegrity(tx, i, id, { ...e, validTo: e.validTo ?? null }, child.kind, parent.kind, ctx, {
    child: child.element,
    parent: parent.element,
  });
  const result = await tx.run(CREATE_EDGE, {
    child: child.element,
    parent: parent.element,
    id,
    validFrom: e.validFrom,
    validTo: e.validTo ?? null,
    audit: ctx.audit,
    props: { weight: e.weight, primary: e.primary, type: e.type, influence: e.influence ?? null, source: ctx.source, confidence: 1.0 },
  });
  return toNative(result.records[0]!.get("state")) as State;
}

async function updateEdge(
  tx: ManagedTransaction,
  id: string,
  changes: Record<string, unknown>,
  action: "UPDATE" | "END" | "CONFIRM",
  ctx: ApplyContext,
): Promise<State> {
  const { validFrom, validTo, ...props } = changes;
  const result = await tx.run(UPDATE_EDGE, {
    id,
    props,
    action,
    audit: ctx.audit,
    validFrom: (validFrom as string | undefined) ?? null,
    validTo: (validTo as string | null | undefined) ?? null,
    clearValidTo: "validTo" in changes && validTo === null,
  });
  return toNative(result.records[0]!.get("state")) as State;
}

/**
 * Levels, types, allocations and primaries at any date (the ingest checks, on the child's
 * edges as they will be), and cycles for same-level edges, checked while holding the locks.
 */
async function checkIntegrity(
  tx: ManagedTransaction,
  i: number,
  edgeId: string,
  edge: State,
  childKind: EntityKind,
  parentKind: EntityKind,
  ctx: ApplyContext,
  elements?: { child: string; parent: string },
): Promise<void> {
  const child = elements?.child ?? (await lockEntity(tx, i, edge.childId as string)).element;
  const parent = elements?.parent ?? (await lockEntity(tx, i, edge.parentId as string)).element;
  if (childKind === parentKind) {
    await tx.run(LOCK_SAME_LEVEL);
    const reaches = await tx.run(REACHES, { from: parent, to: child });
    if (reaches.records[0]!.get("reaches"))
      throw new IntegrityError(i, [`${String(edge.childId)} -> ${String(edge.parentId)} would close a cycle`]);
  }
  const existing = (await tx.run(EDGES_OF_CHILD, { child })).records
    .map((r) => r.toObject() as ExistingAffiliation)
    .filter((x) => x.id !== edgeId);
  const row: FileAffiliation = {
    row: 1,
    label: "this change",
    childId: edge.childId as string,
    parentId: edge.parentId as string,
    weight: Number(edge.weight),
    primary: Boolean(edge.primary),
    type: String(edge.type),
    validFrom: String(edge.validFrom),
    validTo: (edge.validTo as string | null) ?? null,
  };
  const kinds = new Map<string, EntityKind>([
    [row.childId, childKind],
    [row.parentId, parentKind],
  ]);
  const problems: RowProblem[] = await checkAffiliations({
    edges: [row],
    kindOf: (id) => kinds.get(id),
    rules: ctx.rules,
    snapshot: false,
    sameLevelEdges: [],
    existingOf: async () => existing,
    revealExisting: !ctx.scope.restricted,
  });
  if (problems.length)
    throw new IntegrityError(
      i,
      problems.map((p) => `${p.column}: ${p.message}`),
    );
}
