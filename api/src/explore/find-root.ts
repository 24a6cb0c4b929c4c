import type { ManagedTransaction } from "neo4j-driver";
import { notFound } from "../graphql/errors.ts";
import type { GraphNode } from "./graph-types.ts";
import { ROOT_NODE } from "./queries.ts";
import { readGraphNode } from "./graph-node.ts";

/** The entity and its element id; NOT_FOUND also when it exists but the caller may not see it. */
export async function findVisibleRoot(
  tx: ManagedTransaction,
  id: string,
  scope: { restricted: boolean; territories: string[] },
): Promise<{ eid: string; node: GraphNode }> {
  const result = await tx.run(ROOT_NODE, { id, ...scope });
  const record = result.records[0];
  if (!record) throw notFound(`Entity ${id}`);
  return { eid: record.get("eid") as string, node: readGraphNode(record.get("node")) };
}
