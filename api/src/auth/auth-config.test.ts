import { describe, expect, it } from "vitest";
import { authConfigFromEnv, DEVELOPMENT_SECRET } from "./auth-config.ts";

describe("authConfigFromEnv", () => {
  it("development: the built-in secret and the development login", () => {
    expect(authConfigFromEnv({})).toMatchObject({ kind: "secret", secret: DEVELOPMENT_SECRET, devLogin: true });
  });

  it("a JWKS URL wins and disables the development login", () => {
    expect(
      authConfigFromEnv({ AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json", AUTH_JWT_ISSUER: "https://idp.example.com/" }),
    ).toEqual({
      kind: "jwks",
      jwksUrl: "https://idp.example.com/.well-known/jwks.json",
      issuer: "https://idp.example.com/",
      audience: undefined,
      devLogin: false,
    });
  });

  it("production without a key is refused; with a secret the development login is off", () => {
    expect(() => authConfigFromEnv({ NODE_ENV: "production" })).toThrow(/AUTH_JWKS_URL or AUTH_JWT_SECRET/);
    expect(authConfigFromEnv({ NODE_ENV: "production", AUTH_JWT_SECRET: "x".repeat(40) })).toMatchObject({ devLogin: false });
  });

  it("rejects short secrets and malformed URLs with the variable's name", () => {
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: "short" })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: "not a url" })).toThrow(/AUTH_JWKS_URL/);
  });
});
