import neo4j from "neo4j-driver";
import { z } from "zod";
import { notFound, parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { toNative } from "../db/to-native.ts";
import { findVisibleRoot } from "./find-root.ts";
import type { EntityGraph, GraphEdge, GraphNode } from "./graph-types.ts";
import { INFLUENCE_EDGES_AMONG, INFLUENCE_NEIGHBOURS } from "./queries.ts";
import { readGraphNode } from "./read-graph-node.ts";
import { scopeParams } from "./scope-params.ts";

export const egoNetworkArgs = z.object({
  hcpId: z.string().min(1),
  depth: z.number().int().min(1).max(2).default(1),
  maxNodes: z.number().int().min(1).max(2000).default(150),
});

/** An HCP and the HCPs within `depth` INFLUENCES hops, strongest ties first, capped at `maxNodes`. */
export async function egoNetwork(args: unknown, ctx: RequestContext): Promise<EntityGraph> {
  const { hcpId, depth, maxNodes } = parseArgs(egoNetworkArgs, args);
  const scope = scopeParams(ctx);
  const session = ctx.driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const root = await findVisibleRoot(tx, hcpId, scope);
      if (root.node.kind !== "HCP") throw notFound(`HCP ${hcpId}`);
      const nodes: GraphNode[] = [root.node];
      const seen = new Set([root.eid]);
      let frontier = [root.eid];
      let truncated = false;
      for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
        const remaining = maxNodes - nodes.length;
        const result = await tx.run(INFLUENCE_NEIGHBOURS, { ...scope, frontier, seen: [...seen], cap: neo4j.int(remaining + 1) });
        const records = result.records.slice(0, remaining);
        if (result.records.length > remaining) truncated = true;
        frontier = records.map((r) => r.get("eid") as string);
        for (const r of records) nodes.push(readGraphNode(r.get("node")));
        for (const eid of frontier) seen.add(eid);
      }
      const edgeResult = await tx.run(INFLUENCE_EDGES_AMONG, { eids: [...seen] });
      const edges = edgeResult.records.map((r) => toNative(r.get("edge")) as GraphEdge);
      return { rootId: root.node.id, nodes, edges, truncated };
    });
  } finally {
    await session.close();
  }
}
