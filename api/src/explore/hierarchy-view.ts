import neo4j from "neo4j-driver";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { rollupsOf } from "../analytics/rollup-store/read-rollups.ts";
import { dateArgSchema, metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { toNative } from "../db/to-native.ts";
import { findVisibleRoot } from "./find-root.ts";
import type { EntityGraph, GraphEdge, GraphNode } from "./graph-types.ts";
import { CHILDREN_OF, PARENTS_OF } from "./queries.ts";
import { readGraphNode } from "./read-graph-node.ts";
import { scopeParams } from "./scope-params.ts";

const LEVELS_ABOVE_HCP = 3;

export const hierarchyArgs = z.object({
  id: z.string().min(1),
  depthUp: z.number().int().min(0).max(LEVELS_ABOVE_HCP).default(LEVELS_ABOVE_HCP),
  depthDown: z.number().int().min(0).max(LEVELS_ABOVE_HCP).default(LEVELS_ABOVE_HCP),
  maxNodes: z.number().int().min(1).max(5000).default(500),
  asOf: dateArgSchema.nullish(),
  metric: metricSchema.nullish(),
  period: periodSchema.nullish(),
});

interface Step {
  eid: string;
  node: GraphNode;
  edges: GraphEdge[];
}

/**
 * Breadth-first, one level per query, until the depth or the node cap is reached. Each query
 * asks for one row more than the budget, so a full budget still tells whether anything was cut.
 */
async function walk(
  tx: ManagedTransaction,
  query: string,
  start: string,
  depth: number,
  params: Record<string, unknown>,
  seen: Set<string>,
  budget: { remaining: number; truncated: boolean },
): Promise<Step[]> {
  const found: Step[] = [];
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0 && !budget.truncated; level++) {
    const result = await tx.run(query, { ...params, frontier, seen: [...seen], cap: neo4j.int(budget.remaining + 1) });
    const steps = result.records.map((r) => ({
      eid: r.get("eid") as string,
      node: readGraphNode(r.get("node")),
      edges: toNative(r.get("edges")) as GraphEdge[],
    }));
    if (steps.length > budget.remaining) {
      budget.truncated = true;
      steps.length = budget.remaining;
    }
    budget.remaining -= steps.length;
    for (const s of steps) seen.add(s.eid);
    found.push(...steps);
    frontier = steps.map((s) => s.eid);
  }
  return found;
}

export async function hierarchyGraph(args: unknown, ctx: RequestContext): Promise<EntityGraph> {
  const { id, depthUp, depthDown, maxNodes, asOf, metric, period } = parseArgs(hierarchyArgs, args);
  const params = { ...scopeParams(ctx), asOf: asOf ?? new Date().toISOString().slice(0, 10) };
  const session = ctx.driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const root = await findVisibleRoot(tx, id, params);
      const seen = new Set([root.eid]);
      const budget = { remaining: maxNodes - 1, truncated: false };
      const parents = await walk(tx, PARENTS_OF, root.eid, depthUp, params, seen, budget);
      const children = await walk(tx, CHILDREN_OF, root.eid, depthDown, params, seen, budget);
      const steps = [...parents, ...children];
      const nodes = [root.node, ...steps.map((s) => s.node)];
      const included = new Set(nodes.map((n) => n.id));
      const edges = steps
        .flatMap((s) => s.edges)
        .filter((e) => included.has(e.source) && included.has(e.target));
      if (metric && period) {
        const rollups = await rollupsOf(tx, [...included], { metric, period }, asOf);
        for (const n of nodes) n.rollup = rollups.get(n.id) ?? 0;
        for (const e of edges) e.flow = e.weight * (rollups.get(e.source) ?? 0);
      }
      return { rootId: root.node.id, nodes, edges, truncated: budget.truncated };
    });
  } finally {
    await session.close();
  }
}
