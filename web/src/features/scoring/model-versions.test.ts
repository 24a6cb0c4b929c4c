import { describe, expect, it } from "vitest";
import { parseHashRoute } from "../../app/hash-route.ts";
import { byModel, formatTime, versionHash, versionOfPath } from "./model-versions.ts";

describe("scoring model versions", () => {
  it("reads a version from the route, and the list otherwise", () => {
    expect(versionOfPath(parseHashRoute("#scoring/core/3").path)).toEqual({ name: "core", version: 3 });
    expect(versionOfPath(parseHashRoute("#scoring").path)).toBeNull();
    expect(versionOfPath(parseHashRoute("#scoring/core").path)).toBeNull();
    expect(versionOfPath(parseHashRoute("#scoring/core/0").path)).toBeNull();
    expect(versionOfPath(parseHashRoute("#scoring/core/x").path)).toBeNull();
  });

  it("links a version and reads the link back", () => {
    expect(versionHash({ name: "core", version: 2 })).toBe("#scoring/core/2");
    expect(versionHash(null)).toBe("#scoring");
    expect(versionOfPath(parseHashRoute(versionHash({ name: "core", version: 12 })).path)).toEqual({ name: "core", version: 12 });
  });

  it("groups versions by model name, newest first", () => {
    const v = (name: string, version: number) => ({ name, version });
    expect(byModel([v("b", 1), v("a", 1), v("a", 3), v("a", 2)])).toEqual([
      { name: "a", versions: [v("a", 3), v("a", 2), v("a", 1)] },
      { name: "b", versions: [v("b", 1)] },
    ]);
  });

  it("shows times to the minute", () => {
    expect(formatTime("2026-12-03T13:45:12.123Z")).toBe("2026-12-03 13:45");
    expect(formatTime(null)).toBe("—");
  });
});
