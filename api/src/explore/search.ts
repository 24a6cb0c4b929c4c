import { z } from "zod";
import { parseArgs } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { SEARCH } from "./queries.ts";
import { readGraphNode } from "./graph-node.ts";
import { accessScope } from "../model/access-scope.ts";
import { prefixQuery } from "./lucene-query.ts";
import neo4j from "neo4j-driver";

/** Most words a search may have: each is one more prefix expansion over both full-text indexes. */
export const MAX_SEARCH_WORDS = 6;

export const searchArgs = z.object({
  text: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200)
    .refine((t) => t.split(/\s+/).length <= MAX_SEARCH_WORDS, `may have at most ${MAX_SEARCH_WORDS} words`),
  limit: z.number().int().min(1).max(100).default(20),
});

export interface SearchHit {
  id: string;
  kind: string;
  name: string;
  detail: string | null;
  score: number;
}

export async function search(args: unknown, ctx: RequestContext): Promise<SearchHit[]> {
  const { text, limit } = parseArgs(searchArgs, args);
  const lucene = prefixQuery(text);
  const params = {
    ...accessScope(ctx.jwt),
    id: text,
    // An input of only operators matches nothing rather than everything.
    lucene: lucene ?? "\\-",
    limit: neo4j.int(limit),
  };
  const { records } = await ctx.driver.executeQuery(SEARCH, params, { routing: "READ" });
  return records.map((r) => {
    const node = readGraphNode(r.get("node"));
    return { id: node.id, kind: node.kind, name: node.name, detail: node.detail, score: Number(r.get("score")) };
  });
}
