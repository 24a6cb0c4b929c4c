import neo4j from "neo4j-driver";
import { z } from "zod";
import { toNative } from "../db/to-native.ts";
import { notFound, parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { accessScope } from "../model/access-scope.ts";
import { findVisibleRoot } from "./find-root.ts";
import { readGraphNode } from "./graph-node.ts";
import type { GraphEdge, GraphNode } from "./graph-types.ts";
import { MAX_PATH_HOPS, STRONGEST_PATHS_WITHIN } from "./queries.ts";

export const influencePathsArgs = z
  .object({
    fromId: z.string().min(1),
    toId: z.string().min(1),
    maxHops: z.number().int().min(1).max(MAX_PATH_HOPS).default(MAX_PATH_HOPS),
    limit: z.number().int().min(1).max(10).default(3),
  })
  .refine((a) => a.fromId !== a.toId, { message: "fromId and toId must be different HCPs", path: ["toId"] });

export interface InfluencePath {
  strength: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The strongest influence paths between two HCPs the caller may see, through HCPs they may see (rule in queries.ts STRONGEST_PATHS). */
export async function influencePaths(args: unknown, ctx: RequestContext): Promise<InfluencePath[]> {
  const { fromId, toId, maxHops, limit } = parseArgs(influencePathsArgs, args);
  const scope = accessScope(ctx.jwt);
  const session = ctx.driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const [from, to] = [await findVisibleRoot(tx, fromId, scope), await findVisibleRoot(tx, toId, scope)];
      if (from.node.kind !== "HCP") throw notFound(`HCP ${fromId}`);
      if (to.node.kind !== "HCP") throw notFound(`HCP ${toId}`);
      const result = await tx.run(STRONGEST_PATHS_WITHIN.get(maxHops)!, {
        ...scope,
        fromEid: from.eid,
        toEid: to.eid,
        limit: neo4j.int(limit),
      });
      return result.records.map((r) => ({
        strength: r.get("strength") as number,
        nodes: (r.get("nodes") as unknown[]).map(readGraphNode),
        edges: toNative(r.get("edges")) as GraphEdge[],
      }));
    });
  } finally {
    await session.close();
  }
}
