import type { Claims } from "../model/claims.ts";

/** A token that verified: its claims and its `exp` (seconds since the epoch). */
export interface VerifiedToken {
  claims: Claims;
  expiresAt: number;
}

export const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Remembers the tokens that verified until each one's `exp`, so a client that sends the same
 * token with every request pays for the signature check once (it was about a tenth of an HCP
 * detail read's CPU in the API process). Only successes are kept, looked up by the token's whole
 * text: a changed byte is a miss and is verified. At `maxEntries` the oldest entry makes room.
 * A JWKS key withdrawn at the identity provider stops new tokens at once; tokens it signed that
 * were already seen stay accepted until they expire, as they would in any stateless API.
 */
export function cacheVerifiedTokens(
  verify: (token: string) => Promise<VerifiedToken>,
  maxEntries = VERIFIED_TOKENS_KEPT,
): (token: string) => Promise<Claims> {
  const kept = new Map<string, VerifiedToken>();
  return async (token) => {
    const now = Date.now() / 1000;
    const hit = kept.get(token);
    if (hit && now < hit.expiresAt) return hit.claims;
    if (hit) kept.delete(token);
    const verified = await verify(token);
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
    kept.set(token, verified);
    return verified.claims;
  };
}
