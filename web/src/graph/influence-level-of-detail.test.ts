import { describe, expect, it } from "vitest";
import { OVERVIEW_MIN_NODES, OVERVIEW_ZOOM, overviewHidesMembers } from "./influence-level-of-detail.ts";

describe("overviewHidesMembers", () => {
  it("leaves out the unlabelled HCPs of a big view when zoomed out, never of a small one", () => {
    expect(overviewHidesMembers(OVERVIEW_ZOOM / 2, 20_000)).toBe(true);
    expect(overviewHidesMembers(OVERVIEW_ZOOM, 20_000)).toBe(false);
    expect(overviewHidesMembers(0.01, OVERVIEW_MIN_NODES - 1)).toBe(false);
  });
});
