import { afterEach, describe, expect, it, vi } from "vitest";
import type { Claims } from "../model/claims.ts";
import { cacheVerifiedTokens, type VerifiedToken } from "./verified-token-cache.ts";

const claims = (sub: string): Claims => ({ sub, role: "REP", territories: ["T1"] });
const inSeconds = (s: number) => Date.now() / 1000 + s;

/** A verifier that counts its calls and accepts every token "ok-<sub>" until `expiresAt`. */
function countingVerifier(expiresAt: () => number) {
  const calls: string[] = [];
  const verify = async (token: string): Promise<VerifiedToken> => {
    calls.push(token);
    if (!token.startsWith("ok-")) throw new Error(`bad token ${token}`);
    return { claims: claims(token.slice(3)), expiresAt: expiresAt() };
  };
  return { calls, verify };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("cacheVerifiedTokens", () => {
  it("verifies a token once while it lives, and again after it expired", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-03T12:00:00Z") });
    const { calls, verify } = countingVerifier(() => inSeconds(60));
    const cached = cacheVerifiedTokens(verify);
    expect(await cached("ok-a")).toEqual(claims("a"));
    expect(await cached("ok-a")).toEqual(claims("a"));
    expect(calls).toEqual(["ok-a"]);
    vi.setSystemTime(new Date("2026-12-03T12:01:00Z")); // exp reached: no longer valid from the cache
    await cached("ok-a");
    expect(calls).toEqual(["ok-a", "ok-a"]);
  });

  it("never keeps a refusal: a bad token is checked, and refused, every time", async () => {
    const { calls, verify } = countingVerifier(() => inSeconds(60));
    const cached = cacheVerifiedTokens(verify);
    await expect(cached("forged")).rejects.toThrow(/bad token/);
    await expect(cached("forged")).rejects.toThrow(/bad token/);
    expect(calls).toEqual(["forged", "forged"]);
  });

  it("holds at most maxEntries tokens, dropping the oldest", async () => {
    const { calls, verify } = countingVerifier(() => inSeconds(60));
    const cached = cacheVerifiedTokens(verify, 2);
    for (const t of ["ok-a", "ok-b", "ok-c"]) await cached(t);
    await cached("ok-c");
    await cached("ok-b");
    expect(calls).toEqual(["ok-a", "ok-b", "ok-c"]);
    await cached("ok-a"); // dropped for c: verified again
    expect(calls).toEqual(["ok-a", "ok-b", "ok-c", "ok-a"]);
  });
});
