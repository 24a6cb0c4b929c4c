import type { Driver } from "neo4j-driver";
import { toNative } from "../db/to-native.ts";
import { ENTITY_BY_ID } from "../model/cypher-fragments.ts";
import type { Operation } from "./operations.ts";

export interface OperationDiff {
  op: string;
  subject: string;
  /** The stored state now (null for a new edge), as JSON. */
  before: string | null;
  /** What the operation would make of it, as JSON. */
  after: string;
}

const EDGE = `MATCH (c)-[e:AFFILIATED_WITH {id: $id}]->(p) RETURN e {.*, childId: c.id, parentId: p.id, validFrom: toString(e.validFrom), validTo: toString(e.validTo)} AS state`;
const ENTITY = `${ENTITY_BY_ID("n")} RETURN n {.*} AS state`;

/** Before and after of every operation of a request, for the review queue. */
export async function operationDiffs(driver: Driver, ops: readonly Operation[]): Promise<OperationDiff[]> {
  const read = async (query: string, id: string) => {
    const r = (await driver.executeQuery(query, { id }, { routing: "READ" })).records[0];
    return r ? (toNative(r.get("state")) as Record<string, unknown>) : null;
  };
  const diffs: OperationDiff[] = [];
  for (const op of ops) {
    if (op.op === "ADD_AFFILIATION") {
      const { op: _, ...edge } = op;
      diffs.push({ op: op.op, subject: `${op.childId} -> ${op.parentId}`, before: null, after: JSON.stringify(edge) });
    } else if (op.op === "UPDATE_ENTITY") {
      const before = await read(ENTITY, op.entityId);
      diffs.push({ op: op.op, subject: op.entityId, before: JSON.stringify(before), after: JSON.stringify({ ...before, ...op.changes }) });
    } else {
      const before = await read(EDGE, op.edgeId);
      const { op: kind, edgeId, expectedVersion, ...fields } = op;
      const after =
        kind === "REASSIGN"
          ? { ...before, parentId: op.newParentId, validFrom: op.validFrom, ...(op.weight ? { weight: op.weight } : {}) }
          : kind === "CONFIRM_AFFILIATION"
            ? { ...before, confidence: Math.max(Number(before?.confidence ?? 0), 0.95) }
            : { ...before, ...fields };
      diffs.push({
        op: kind,
        subject: before ? `${String(before.childId)} -> ${String(before.parentId)}` : edgeId,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
      });
    }
  }
  return diffs;
}
