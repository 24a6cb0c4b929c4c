import { z } from "zod";

/** Development-only signing secret, used when neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set outside production. */
export const DEVELOPMENT_SECRET = "pharmagraph-development-secret-do-not-use-in-production";

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  AUTH_JWT_SECRET: z.string().min(32, "AUTH_JWT_SECRET must be at least 32 characters").optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWT_ISSUER: z.string().optional(),
  AUTH_JWT_AUDIENCE: z.string().optional(),
  AUTH_DEV_LOGIN: z.enum(["true", "false"]).optional(),
});

export type AuthConfig =
  | { kind: "secret"; secret: string; issuer?: string; audience?: string; devLogin: boolean }
  | { kind: "jwks"; jwksUrl: string; issuer?: string; audience?: string; devLogin: false };

/** Reads AUTH_* variables: a JWKS URL (production), else an HS256 secret (development). */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid auth configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (e.AUTH_JWKS_URL) {
    return { kind: "jwks", jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_JWT_ISSUER, audience: e.AUTH_JWT_AUDIENCE, devLogin: false };
  }
  if (production && !e.AUTH_JWT_SECRET) {
    throw new Error("NODE_ENV=production needs AUTH_JWKS_URL or AUTH_JWT_SECRET.");
  }
  return {
    kind: "secret",
    secret: e.AUTH_JWT_SECRET ?? DEVELOPMENT_SECRET,
    issuer: e.AUTH_JWT_ISSUER,
    audience: e.AUTH_JWT_AUDIENCE,
    devLogin: e.AUTH_DEV_LOGIN ? e.AUTH_DEV_LOGIN === "true" : !production,
  };
}
