import { describe, expect, it } from "vitest";
import { corsOriginsFromEnv } from "./cors.ts";

describe("corsOriginsFromEnv", () => {
  it("unset or empty: same origin only", () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(corsOriginsFromEnv({ CORS_ORIGINS: " " })).toEqual([]);
  });

  it("a comma-separated list of origins", () => {
    expect(corsOriginsFromEnv({ CORS_ORIGINS: "https://app.example.com, http://localhost:5173" })).toEqual([
      "https://app.example.com",
      "http://localhost:5173",
    ]);
  });

  it("refuses wildcards, paths and non-URLs, naming the variable and the value", () => {
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS: "\*" is not an origin/);
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: "https://app.example.com/" })).toThrow(
      /"https:\/\/app.example.com\/" is not an origin/,
    );
    expect(() => corsOriginsFromEnv({ CORS_ORIGINS: "app.example.com" })).toThrow(/CORS_ORIGINS/);
  });
});
