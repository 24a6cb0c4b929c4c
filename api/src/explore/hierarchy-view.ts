import { z } from "zod";
import { transactionRunner } from "../db/cypher-runner.ts";
import { rollupsOf } from "../analytics/rollup-store/read-rollups.ts";
import { dateArgSchema, metricSchema, periodSchema } from "../model/measure-schemas.ts";
import { parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { findVisibleRoot } from "./find-root.ts";
import { cappedWalk } from "./capped-walk.ts";
import type { EntityGraph } from "./graph-types.ts";
import { CHILDREN_OF, PARENTS_OF } from "./queries.ts";
import { accessScope } from "../model/access-scope.ts";

import { ENTITY_KINDS } from "../model/entity-kinds.ts";

const LEVELS_ABOVE_HCP = ENTITY_KINDS.length - 1;

export const hierarchyArgs = z.object({
  id: z.string().min(1),
  depthUp: z.number().int().min(0).max(LEVELS_ABOVE_HCP).default(LEVELS_ABOVE_HCP),
  depthDown: z.number().int().min(0).max(LEVELS_ABOVE_HCP).default(LEVELS_ABOVE_HCP),
  maxNodes: z.number().int().min(1).max(5000).default(500),
  asOf: dateArgSchema.nullish(),
  metric: metricSchema.nullish(),
  period: periodSchema.nullish(),
});

export async function hierarchyGraph(args: unknown, ctx: RequestContext): Promise<EntityGraph> {
  const { id, depthUp, depthDown, maxNodes, asOf, metric, period } = parseArgs(hierarchyArgs, args);
  const params = { ...accessScope(ctx.jwt), asOf: asOf ?? new Date().toISOString().slice(0, 10) };
  const session = ctx.driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const root = await findVisibleRoot(tx, id, params);
      const seen = new Set([root.eid]);
      const budget = { remaining: maxNodes - 1, truncated: false };
      const parents = await cappedWalk(tx, PARENTS_OF, root.eid, depthUp, params, seen, budget);
      const children = await cappedWalk(tx, CHILDREN_OF, root.eid, depthDown, params, seen, budget);
      const steps = [...parents, ...children];
      const nodes = [root.node, ...steps.map((s) => s.node)];
      const included = new Set(nodes.map((n) => n.id));
      const edges = steps.flatMap((s) => s.edges).filter((e) => included.has(e.source) && included.has(e.target));
      if (metric && period) {
        const rollups = await rollupsOf(transactionRunner(tx), [...included], { metric, period }, asOf, accessScope(ctx.jwt));
        for (const n of nodes) n.rollup = rollups.get(n.id) ?? 0;
        for (const e of edges) e.flow = e.weight * (rollups.get(e.source) ?? 0);
      }
      return { rootId: root.node.id, nodes, edges, truncated: budget.truncated };
    });
  } finally {
    await session.close();
  }
}
