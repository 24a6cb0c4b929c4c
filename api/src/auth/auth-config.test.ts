import { describe, expect, it } from "vitest";
import { authConfigFromEnv, DEVELOPMENT_SECRET } from "./auth-config.ts";

const SECRET = "x".repeat(40);
const JWKS = {
  AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json",
  AUTH_JWT_ISSUER: "https://idp.example.com/",
  AUTH_JWT_AUDIENCE: "pharmagraph",
};

describe("authConfigFromEnv", () => {
  it("without any key it refuses to start, naming what to set", () => {
    expect(() => authConfigFromEnv({})).toThrow(/AUTH_JWKS_URL .*AUTH_JWT_SECRET.*AUTH_DEV_LOGIN=true/);
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: "", AUTH_JWKS_URL: "" })).toThrow(/No token key/);
  });

  it("the development login and the built-in secret only with AUTH_DEV_LOGIN=true", () => {
    expect(authConfigFromEnv({ AUTH_DEV_LOGIN: "true" })).toMatchObject({ kind: "secret", secret: DEVELOPMENT_SECRET, devLogin: true });
    expect(authConfigFromEnv({ AUTH_DEV_LOGIN: "true", AUTH_JWT_SECRET: SECRET })).toMatchObject({ secret: SECRET, devLogin: true });
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET })).toEqual({ kind: "secret", secret: SECRET, devLogin: false });
    expect(() => authConfigFromEnv({ AUTH_DEV_LOGIN: "false" })).toThrow(/No token key/);
  });

  it("never the development login in production or beside a JWKS", () => {
    expect(() => authConfigFromEnv({ NODE_ENV: "production", AUTH_DEV_LOGIN: "true" })).toThrow(/NODE_ENV=production/);
    expect(() => authConfigFromEnv({ ...JWKS, AUTH_DEV_LOGIN: "true" })).toThrow(/AUTH_JWKS_URL/);
  });

  it("a JWKS URL wins and disables the development login", () => {
    expect(authConfigFromEnv({ ...JWKS, AUTH_JWT_SECRET: SECRET })).toEqual({
      kind: "jwks",
      jwksUrl: "https://idp.example.com/.well-known/jwks.json",
      issuer: "https://idp.example.com/",
      audience: "pharmagraph",
      devLogin: false,
    });
  });

  it("a JWKS needs https, an issuer and an audience", () => {
    expect(() => authConfigFromEnv({ ...JWKS, AUTH_JWKS_URL: "http://idp.example.com/jwks.json" })).toThrow(
      /AUTH_JWKS_URL: must be an https URL/,
    );
    expect(() => authConfigFromEnv({ ...JWKS, AUTH_JWT_ISSUER: undefined })).toThrow(/AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE/);
    expect(() => authConfigFromEnv({ ...JWKS, AUTH_JWT_AUDIENCE: "" })).toThrow(/AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE/);
  });

  it("production without a key is refused; with a secret the development login is off", () => {
    expect(() => authConfigFromEnv({ NODE_ENV: "production" })).toThrow(/AUTH_JWKS_URL .*AUTH_JWT_SECRET/);
    expect(authConfigFromEnv({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET })).toMatchObject({ devLogin: false });
  });

  it("AUTH_MAX_TOKEN_AGE: a duration in seconds, minutes, hours or days", () => {
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_AGE: "30m" })).toMatchObject({ maxTokenAgeSeconds: 1800 });
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_AGE: "1d" })).toMatchObject({ maxTokenAgeSeconds: 86_400 });
    expect(authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_AGE: "600" })).toMatchObject({ maxTokenAgeSeconds: 600 });
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_AGE: "forever" })).toThrow(/AUTH_MAX_TOKEN_AGE/);
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_AGE: "0h" })).toThrow(/AUTH_MAX_TOKEN_AGE/);
  });

  it("rejects short secrets and malformed URLs with the variable's name", () => {
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: "short" })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: "not a url" })).toThrow(/AUTH_JWKS_URL/);
  });
});
