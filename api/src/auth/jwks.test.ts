import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { createTokenVerifier, InvalidTokenError } from "./token-verifier.ts";

/** Production verification against a JWKS endpoint (served locally), as an identity provider would. */
let server: Server;
let jwksUrl: string;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const sign = (claims: Record<string, unknown>, issuer = "https://idp.test/", audience = "pharmagraph") =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setSubject("u9")
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);

const jwksConfig = () => ({ kind: "jwks", jwksUrl, issuer: "https://idp.test/", audience: "pharmagraph", devLogin: false }) as const;

describe("JWKS verification", () => {
  it("accepts a token signed by the provider's key, with the configured issuer", async () => {
    const verify = createTokenVerifier(jwksConfig());
    expect(await verify(await sign({ role: "KAM", territories: [] }))).toEqual({ sub: "u9", role: "KAM", territories: [] });
  });

  it("rejects another issuer", async () => {
    const verify = createTokenVerifier(jwksConfig());
    await expect(verify(await sign({ role: "KAM" }, "https://evil.test/"))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("rejects another audience", async () => {
    const verify = createTokenVerifier(jwksConfig());
    await expect(verify(await sign({ role: "KAM" }, "https://idp.test/", "another-app"))).rejects.toThrow(/"aud" claim/);
  });

  it("rejects a provider's token without an expiry or living longer than the maximum token age", async () => {
    const verify = createTokenVerifier(jwksConfig());
    const base = () =>
      new SignJWT({ role: "KAM" })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setSubject("u9")
        .setIssuer("https://idp.test/")
        .setAudience("pharmagraph");
    await expect(verify(await base().sign(privateKey))).rejects.toThrow(/"exp" claim/);
    await expect(verify(await base().setIssuedAt().setExpirationTime("13h").sign(privateKey))).rejects.toThrow(/longer than the allowed/);
  });

  it("rejects an HS256 token even if signed with the JWKS document as secret (algorithm confusion)", async () => {
    const verify = createTokenVerifier(jwksConfig());
    const hs = await new SignJWT({ role: "ADMIN" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("https://idp.test/")
      .setAudience("pharmagraph")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("k".repeat(40)));
    await expect(verify(hs)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
