import { z } from "zod";
import { notFound, parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { toNative } from "../db/to-native.ts";
import { findVisibleRoot } from "./find-root.ts";
import { cappedWalk } from "./capped-walk.ts";
import type { EntityGraph, GraphEdge } from "./graph-types.ts";
import { INFLUENCE_EDGES_AMONG, INFLUENCE_NEIGHBOURS, INFLUENCE_PROFILES } from "./queries.ts";
import { accessScope } from "../model/access-scope.ts";

export const egoNetworkArgs = z.object({
  hcpId: z.string().min(1),
  depth: z.number().int().min(1).max(2).default(1),
  // Large enough for the web app's level-of-detail view of a big KOL network (docs/ANALYTICS.md).
  maxNodes: z.number().int().min(1).max(20_000).default(150),
});

/** An HCP and the HCPs within `depth` INFLUENCES hops, strongest ties first, capped at `maxNodes`, with what influence views lay out by. */
export async function egoNetwork(args: unknown, ctx: RequestContext): Promise<EntityGraph> {
  const { hcpId, depth, maxNodes } = parseArgs(egoNetworkArgs, args);
  const scope = accessScope(ctx.jwt);
  const session = ctx.driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const root = await findVisibleRoot(tx, hcpId, scope);
      if (root.node.kind !== "HCP") throw notFound(`HCP ${hcpId}`);
      const seen = new Set([root.eid]);
      const budget = { remaining: maxNodes - 1, truncated: false };
      const steps = await cappedWalk(tx, INFLUENCE_NEIGHBOURS, root.eid, depth, scope, seen, budget);
      const nodes = [root.node, ...steps.map((s) => s.node)];
      const edgeResult = await tx.run(INFLUENCE_EDGES_AMONG, { eids: [...seen] });
      const edges = edgeResult.records.map((r) => toNative(r.get("edge")) as GraphEdge);
      const profiles = await tx.run(INFLUENCE_PROFILES, { eids: [...seen] });
      const profileOf = new Map(profiles.records.map((r) => [r.get("id") as string, r]));
      for (const n of nodes) {
        const profile = profileOf.get(n.id);
        n.pagerank = (profile?.get("pagerank") as number | null) ?? null;
        n.specialty = (profile?.get("specialty") as string | null) ?? null;
        n.metro = (profile?.get("metro") as string | null) ?? null;
      }
      return { rootId: root.node.id, nodes, edges, truncated: budget.truncated };
    });
  } finally {
    await session.close();
  }
}
