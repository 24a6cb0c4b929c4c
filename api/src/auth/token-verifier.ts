import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type Claims, claimsSchema } from "../model/claims.ts";
import { type AuthConfig, DEFAULT_MAX_TOKEN_AGE_SECONDS } from "./auth-config.ts";
import { cacheVerifiedTokens, type VerifiedToken } from "./verified-token-cache.ts";

export class InvalidTokenError extends Error {}

export type TokenVerifier = (token: string) => Promise<Claims>;

/**
 * Why a token lives too long, if it does: from its `iat` to its `exp`, and from now to its `exp`
 * (an `iat` in the future would otherwise stretch the first).
 */
function lifetimeProblem(payload: JWTPayload, maxAgeSeconds: number): string | undefined {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number;
  const lifetime = exp - Math.min(payload.iat ?? now, now);
  return lifetime > maxAgeSeconds ? `Invalid token: it lives ${lifetime} s, longer than the allowed ${maxAgeSeconds} s.` : undefined;
}

/**
 * Verifies signature, expiry (required, within the maximum token age), issuer/audience when
 * configured, then the claims' shape; a token that verified is not checked again until it expires
 * (verified-token-cache.ts).
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === "jwks" ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  const algorithms = config.kind === "jwks" ? ["RS256", "ES256", "PS256"] : ["HS256"];
  const maxAgeSeconds = config.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS;
  return cacheVerifiedTokens(async (token): Promise<VerifiedToken> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ["exp"],
      }));
    } catch (err) {
      throw new InvalidTokenError(`Invalid token: ${(err as Error).message}`);
    }
    const tooLong = lifetimeProblem(payload, maxAgeSeconds);
    if (tooLong) throw new InvalidTokenError(tooLong);
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw new InvalidTokenError(
        `Token claims rejected: ${claims.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    }
    return { claims: claims.data, expiresAt: payload.exp as number };
  });
}
