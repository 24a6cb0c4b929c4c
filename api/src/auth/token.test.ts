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
      .sign(new TextEncoder().encode(secret));
    await expect(verify(bad)).rejects.toThrow(/role/);
    const none = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("u1").sign(new TextEncoder().encode(secret));
    await expect(verify(none)).rejects.toThrow(/role/);
  });

  it("rejects unsigned tokens (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(JSON.stringify({ sub: "u1", role: "ADMIN" })).toString("base64url");
    await expect(verify(`${header}.${body}.`)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
