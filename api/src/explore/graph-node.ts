import { toNative } from "../db/to-native.ts";
import { KIND_OF, levelOf, type EntityKind } from "../model/entity-kinds.ts";
import type { GraphNode } from "./graph-types.ts";

/** Cypher: the GraphNode projection of the entity node `v` (its level is added by readGraphNode). */
export const GRAPH_NODE = (v: string) => `{
  id: ${v}.id,
  kind: ${KIND_OF(v)},
  name: coalesce(${v}.name, ${v}.id),
  detail: CASE
    WHEN ${v}:HCP THEN apoc.text.join([x IN [${v}.credential, ${v}.specialty, ${v}.city + ', ' + ${v}.state] WHERE x IS NOT NULL], ' · ')
    WHEN ${v}:Account THEN apoc.text.join([x IN [${v}.kind, ${v}.city + ', ' + ${v}.state] WHERE x IS NOT NULL], ' · ')
    ELSE ${v}.kind END
}`;

/** A GRAPH_NODE projection from a record, with its level. */
export function readGraphNode(raw: unknown): GraphNode {
  const node = toNative(raw) as Omit<GraphNode, "level">;
  return { ...node, level: levelOf(node.kind as EntityKind) };
}
