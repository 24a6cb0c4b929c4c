import { z } from "zod";
import { parseSettings } from "../../config/configuration-error.ts";

const whole = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);

/** The response cache of one API instance, from the environment (README: Environment; docs/SCALING.md). */
export function responseCacheSettingsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const schema = z
    .object({
      // On by default where it pays, in production; tests and development read what they just wrote.
      RESPONSE_CACHE_TTL_MS: whole(env.NODE_ENV === "production" ? 30_000 : 0),
      RESPONSE_CACHE_POLL_MS: whole(100).pipe(z.number().min(10)),
      RESPONSE_CACHE_MAX_BYTES: whole(64_000_000),
    })
    .transform((e) => ({ ttlMs: e.RESPONSE_CACHE_TTL_MS, pollMs: e.RESPONSE_CACHE_POLL_MS, maxBytes: e.RESPONSE_CACHE_MAX_BYTES }));
  return parseSettings(schema, env, "response cache");
}

export type ResponseCacheSettings = ReturnType<typeof responseCacheSettingsFromEnv>;
