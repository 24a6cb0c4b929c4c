import { describe, expect, it } from "vitest";
import { parseHashRoute } from "../../app/hash-route.ts";
import { DEFAULT_STATE, explorerHash, parseExplorerState, withFilter } from "./explorer-state.ts";

const stateOf = (hash: string) => parseExplorerState(parseHashRoute(hash).params);

describe("the roll-up explorer's URL", () => {
  it("reads every setting, and the defaults where one is missing or unknown", () => {
    expect(stateOf("#rollups?level=ACCOUNT&metric=NRX&period=2026-Q3&asOf=2025-06-30&sort=NAME&limit=10&offset=20")).toEqual({
      level: "ACCOUNT",
      metric: "NRX",
      period: "2026-Q3",
      asOf: "2025-06-30",
      sort: "NAME",
      limit: 10,
      offset: 20,
    });
    expect(stateOf("#rollups")).toEqual(DEFAULT_STATE);
    expect(stateOf("#rollups?level=PLANET&metric=x&period=soon&asOf=yesterday&sort=RANDOM&limit=7&offset=-3")).toEqual(DEFAULT_STATE);
  });

  it("snaps an offset off the page grid down to its page", () => {
    expect(stateOf("#rollups?limit=10&offset=27").offset).toBe(20);
    expect(stateOf("#rollups?offset=1.5").offset).toBe(0);
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    expect(explorerHash(DEFAULT_STATE)).toBe("#rollups");
    const state = { ...DEFAULT_STATE, level: "ACCOUNT" as const, period: "2026-Q3", limit: 10, offset: 10 };
    const hash = explorerHash(state);
    expect(hash).toBe("#rollups?level=ACCOUNT&period=2026-Q3&limit=10&offset=10");
    expect(stateOf(hash)).toEqual(state);
  });

  it("goes back to the first page when a filter changes", () => {
    const paged = { ...DEFAULT_STATE, period: "2026-Q3", offset: 50 };
    expect(withFilter(paged, { sort: "NAME" })).toEqual({ ...paged, sort: "NAME", offset: 0 });
  });
});
