import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { issueToken } from "./token-issuer.ts";
import { createTokenVerifier, InvalidTokenError } from "./token-verifier.ts";

const secret = "unit-test-secret-0123456789abcdefghij";
const verify = createTokenVerifier({ kind: "secret", secret, devLogin: false });

describe("tokens", () => {
  it("round-trip: issued claims verify to the same claims", async () => {
    const token = await issueToken({ sub: "u1", name: "U One", role: "REP", territories: ["T1", "T2"] }, secret);
    expect(await verify(token)).toEqual({ sub: "u1", name: "U One", role: "REP", territories: ["T1", "T2"] });
  });

  it("rejects a token signed with another secret", async () => {
    const token = await issueToken({ sub: "u1", role: "ADMIN", territories: [] }, "another-secret-0123456789abcdefghij");
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("rejects an expired token", async () => {
    const token = await new SignJWT({ role: "ADMIN", territories: [] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verify(token)).rejects.toThrow(/exp/);
  });

  it("rejects a token whose role is unknown or missing", async () => {
    const bad = await new SignJWT({ role: "SUPERUSER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));
    await expect(verify(bad)).rejects.toThrow(/role/);
    const none = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));
    await expect(verify(none)).rejects.toThrow(/role/);
  });

  it("rejects a token without an expiry", async () => {
    const forever = await new SignJWT({ role: "ADMIN", territories: [] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    await expect(verify(forever)).rejects.toThrow(/"exp" claim/);
  });

  it("rejects a token that lives longer than the maximum token age (default 12 h)", async () => {
    await expect(
      verify(await issueToken({ sub: "u1", role: "ADMIN", territories: [] }, secret, { expiresIn: "12h" })),
    ).resolves.toMatchObject({
      sub: "u1",
    });
    const dayLong = await issueToken({ sub: "u1", role: "ADMIN", territories: [] }, secret, { expiresIn: "24h" });
    await expect(verify(dayLong)).rejects.toThrow(/longer than the allowed 43200 s/);
    const now = Math.floor(Date.now() / 1000);
    // An issue time in the future does not make a far expiry acceptable.
    const futureIat = await new SignJWT({ role: "ADMIN", territories: [] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setIssuedAt(now + 30 * 86_400)
      .setExpirationTime(now + 30 * 86_400 + 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verify(futureIat)).rejects.toThrow(/longer than the allowed/);
  });

  it("AUTH_MAX_TOKEN_AGE shortens the allowed lifetime", async () => {
    const strict = createTokenVerifier({ kind: "secret", secret, devLogin: false, maxTokenAgeSeconds: 600 });
    const hour = await issueToken({ sub: "u1", role: "KAM", territories: [] }, secret, { expiresIn: "1h" });
    await expect(strict(hour)).rejects.toThrow(/longer than the allowed 600 s/);
    await expect(strict(await issueToken({ sub: "u1", role: "KAM", territories: [] }, secret, { expiresIn: "5m" }))).resolves.toMatchObject(
      {
        role: "KAM",
      },
    );
  });

  it("rejects unsigned tokens (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(JSON.stringify({ sub: "u1", role: "ADMIN" })).toString("base64url");
    await expect(verify(`${header}.${body}.`)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
