import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { claimsSchema, type Claims } from "../model/claims.ts";
import type { AuthConfig } from "./auth-config.ts";

export class InvalidTokenError extends Error {}

export type TokenVerifier = (token: string) => Promise<Claims>;

/** Verifies signature, expiry (and issuer/audience when configured), then the claims' shape. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === "jwks" ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  const algorithms = config.kind === "jwks" ? ["RS256", "ES256", "PS256"] : ["HS256"];
  return async (token) => {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, { algorithms, issuer: config.issuer, audience: config.audience }));
    } catch (err) {
      throw new InvalidTokenError(`Invalid token: ${(err as Error).message}`);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw new InvalidTokenError(
        `Token claims rejected: ${claims.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    }
    return claims.data;
  };
}
