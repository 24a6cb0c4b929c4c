import { describe, expect, it } from "vitest";
import { parseHashRoute } from "../../app/hash-route.ts";
import { exploreHash, exploreViewOf, type ExploreView } from "./explore-route.ts";

const viewOf = (hash: string) => exploreViewOf(parseHashRoute(hash));

describe("explore deep links", () => {
  it("round-trips each view through its hash", () => {
    const views: ExploreView[] = [
      { view: "hierarchy", id: "ORG/1", asOf: "2025-06-30", metric: "SALES", period: "2026-Q3", selected: "ACC-9" },
      { view: "hierarchy", id: "ORG-1", asOf: null, metric: null, period: null, selected: null },
      { view: "influence", id: "HCP-1", depth: 2, selected: null },
      { view: "diff", id: "ORG-1", from: "2024-01-01", to: "2025-01-01", metric: "TRX", period: "2026-Q3", selected: null },
    ];
    for (const v of views) expect(viewOf(exploreHash(v))).toEqual(v);
    expect(exploreHash(views[1]!)).toBe("#explore/hierarchy/ORG-1");
  });

  it("ignores what it cannot use and refuses routes without an id or a diff without both dates", () => {
    expect(viewOf("#explore/hierarchy/ORG-1?asOf=yesterday&metric=NOPE&depth=9")).toEqual({
      view: "hierarchy",
      id: "ORG-1",
      asOf: null,
      metric: null,
      period: null,
      selected: null,
    });
    expect(viewOf("#explore/influence/HCP-1?depth=7")).toMatchObject({ depth: 1 });
    expect(viewOf("#explore")).toBeNull();
    expect(viewOf("#explore/hierarchy")).toBeNull();
    expect(viewOf("#explore/diff/ORG-1?from=2024-01-01")).toBeNull();
    expect(viewOf("#explore/map/ORG-1")).toBeNull();
    expect(viewOf("#import/hierarchy/ORG-1")).toBeNull();
  });
});
