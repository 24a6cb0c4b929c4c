import { z } from "zod";
import { parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { toNative } from "../db/to-native.ts";
import { ENTITY_DETAILS } from "./queries.ts";
import { readGraphNode } from "./graph-node.ts";
import { accessScope } from "../model/access-scope.ts";

const detailsArgs = z.object({ id: z.string().min(1) });

/** Properties shown first, in this order; the rest follow alphabetically. */
const LEADING_KEYS = ["id", "npi", "name", "credential", "specialty", "kind", "city", "state", "zip"];

export async function entityDetails(args: unknown, ctx: RequestContext) {
  const { id } = parseArgs(detailsArgs, args);
  const { records } = await ctx.driver.executeQuery(ENTITY_DETAILS, { id, ...accessScope(ctx.jwt) }, { routing: "READ" });
  const record = records[0];
  if (!record) return null;
  const node = readGraphNode(record.get("node"));
  const properties = toNative(record.get("properties")) as Record<string, unknown>;
  properties.territories = (record.get("territories") as string[]).join(", ") || null;
  const rank = (k: string) => (LEADING_KEYS.includes(k) ? LEADING_KEYS.indexOf(k) : LEADING_KEYS.length);
  const attributes = Object.entries(properties)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(", ") : String(value) }));
  return { id: node.id, kind: node.kind, name: node.name, attributes };
}
