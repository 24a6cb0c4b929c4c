import { describe, expect, it } from "vitest";
import { formatHashRoute, parseHashRoute } from "./hash-route.ts";

describe("hash routes", () => {
  it("reads the page, the segments and the parameters", () => {
    const r = parseHashRoute("#explore/hierarchy/ORG%201?asOf=2025-01-01&metric=TRX");
    expect(r.page).toBe("explore");
    expect(r.path).toEqual(["hierarchy", "ORG 1"]);
    expect(r.params.get("asOf")).toBe("2025-01-01");
    expect(r.params.get("metric")).toBe("TRX");
  });

  it("treats an empty hash as no page", () => {
    expect(parseHashRoute("")).toMatchObject({ page: "", path: [] });
    expect(parseHashRoute("#review").page).toBe("review");
  });

  it("round-trips what it formats, leaving out empty parameters", () => {
    const hash = formatHashRoute("explore", ["influence", "HCP/1"], { depth: "2", asOf: null, q: "" });
    expect(hash).toBe("#explore/influence/HCP%2F1?depth=2");
    const back = parseHashRoute(hash);
    expect(back.path).toEqual(["influence", "HCP/1"]);
    expect([...back.params.keys()]).toEqual(["depth"]);
  });
});
