import { toNative } from "../db/to-native.ts";
import { levelOf, type EntityKind } from "../model/entity-kinds.ts";
import type { GraphNode } from "./graph-types.ts";

/** A GRAPH_NODE projection from a record, with its level. */
export function readGraphNode(raw: unknown): GraphNode {
  const node = toNative(raw) as Omit<GraphNode, "level">;
  return { ...node, level: levelOf(node.kind as EntityKind) };
}
