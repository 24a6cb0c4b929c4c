import { z } from "zod";
import { ConfigurationError, parseSettings } from "../config/configuration-error.ts";

/** The development login's signing secret when AUTH_JWT_SECRET is not set. Public: only ever used with AUTH_DEV_LOGIN=true on loopback. */
export const DEVELOPMENT_SECRET = "pharmagraph-development-secret-do-not-use-in-production";

/** The longest a token may live (exp - iat, and exp - now) unless AUTH_MAX_TOKEN_AGE says otherwise: 12 hours. */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 12 * 3600;

const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

const durationSeconds = z
  .string()
  .regex(/^\d+[smhd]?$/, "must be a duration such as 12h, 30m, 1d or 3600 (seconds)")
  .transform((text) => {
    const unit = /[smhd]$/.exec(text)?.[0] as keyof typeof SECONDS_PER_UNIT | undefined;
    return Number.parseInt(text, 10) * SECONDS_PER_UNIT[unit ?? "s"];
  })
  .pipe(z.number().positive("must be longer than 0 seconds"));

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  AUTH_JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https$/, error: "must be an https URL" }).optional(),
  AUTH_JWT_ISSUER: z.string().optional(),
  AUTH_JWT_AUDIENCE: z.string().optional(),
  AUTH_DEV_LOGIN: z.enum(["true", "false"]).optional(),
  AUTH_MAX_TOKEN_AGE: durationSeconds.optional(),
});

export type AuthConfig =
  | { kind: "secret"; secret: string; issuer?: string; audience?: string; maxTokenAgeSeconds?: number; devLogin: boolean }
  | { kind: "jwks"; jwksUrl: string; issuer: string; audience: string; maxTokenAgeSeconds?: number; devLogin: false };

const NO_KEY =
  "No token key configured: set AUTH_JWKS_URL (with AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE) or AUTH_JWT_SECRET (at least 32 characters). " +
  "For a local demo on 127.0.0.1 only, AUTH_DEV_LOGIN=true turns on the development login (npm start does).";

/**
 * Reads AUTH_* variables (an empty value counts as unset): a JWKS URL with issuer and audience,
 * or an HS256 secret. The development login and its built-in secret exist only with
 * AUTH_DEV_LOGIN=true, never with NODE_ENV=production; without any key this refuses.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const e = parseSettings(envSchema, Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")), "auth configuration");
  const common = { issuer: e.AUTH_JWT_ISSUER, audience: e.AUTH_JWT_AUDIENCE, maxTokenAgeSeconds: e.AUTH_MAX_TOKEN_AGE };
  if (e.AUTH_DEV_LOGIN === "true") {
    if (e.NODE_ENV === "production") throw new ConfigurationError("AUTH_DEV_LOGIN=true is refused with NODE_ENV=production.");
    if (e.AUTH_JWKS_URL) {
      throw new ConfigurationError(
        "AUTH_DEV_LOGIN=true signs HS256 tokens and cannot be combined with AUTH_JWKS_URL; set AUTH_DEV_LOGIN=false.",
      );
    }
    return { kind: "secret", secret: e.AUTH_JWT_SECRET ?? DEVELOPMENT_SECRET, ...common, devLogin: true };
  }
  if (e.AUTH_JWKS_URL) {
    if (!e.AUTH_JWT_ISSUER || !e.AUTH_JWT_AUDIENCE) {
      throw new ConfigurationError("AUTH_JWKS_URL needs AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE: tokens are checked for both.");
    }
    return { kind: "jwks", jwksUrl: e.AUTH_JWKS_URL, ...common, issuer: e.AUTH_JWT_ISSUER, audience: e.AUTH_JWT_AUDIENCE, devLogin: false };
  }
  if (e.AUTH_JWT_SECRET) return { kind: "secret", secret: e.AUTH_JWT_SECRET, ...common, devLogin: false };
  throw new ConfigurationError(NO_KEY);
}
