import { z } from "zod";
import { parseSettings } from "../config/configuration-error.ts";

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The limits of one API instance, from the environment (README: Environment; docs/ACCESS-CONTROL.md: Limits). */
const fromEnv = z
  .object({
    GRAPHQL_MAX_DEPTH: count(12),
    GRAPHQL_MAX_ALIASES: count(15),
    GRAPHQL_MAX_COST: count(5000),
    GRAPHQL_MAX_TOKENS: count(2000),
    GRAPHQL_MAX_DIRECTIVES: count(10),
    MAX_JSON_BODY_BYTES: count(1_000_000),
    MAX_UPLOAD_BYTES: count(200_000_000),
    NEO4J_REQUEST_TIMEOUT_MS: count(60_000),
    RATE_LIMIT_WRITES_PER_MINUTE: count(300),
    RATE_LIMIT_PREVIEWS_PER_MINUTE: count(60),
  })
  .transform((e) => ({
    maxDepth: e.GRAPHQL_MAX_DEPTH,
    maxAliases: e.GRAPHQL_MAX_ALIASES,
    maxCost: e.GRAPHQL_MAX_COST,
    maxTokens: e.GRAPHQL_MAX_TOKENS,
    maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
    maxJsonBodyBytes: e.MAX_JSON_BODY_BYTES,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    neo4jRequestTimeoutMs: e.NEO4J_REQUEST_TIMEOUT_MS,
    writesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
    previewsPerMinute: e.RATE_LIMIT_PREVIEWS_PER_MINUTE,
  }));

export type RequestLimits = z.infer<typeof fromEnv>;

export function requestLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  return parseSettings(fromEnv, env, "request limits");
}
