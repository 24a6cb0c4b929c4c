import { describe, expect, it } from "vitest";
import { formatHashRoute, parseHashRoute } from "../../app/hash-route.ts";
import { DEFAULT_REVIEW_FILTERS, filtersFromParams, paramsOfFilters, type ReviewFilters } from "./review-filters.ts";

const allowed = { statuses: ["PENDING", "APPROVED", "REJECTED"], kinds: ["REASSIGN", "CHANGE_SET"] };
const roundTrip = (f: ReviewFilters) =>
  filtersFromParams(parseHashRoute(formatHashRoute("review", [], paramsOfFilters(f))).params, allowed);

describe("review filters <-> URL", () => {
  it("no parameters: pending requests of any kind, territory and age; the defaults make a bare #review", () => {
    expect(filtersFromParams(new URLSearchParams(), allowed)).toEqual(DEFAULT_REVIEW_FILTERS);
    expect(formatHashRoute("review", [], paramsOfFilters(DEFAULT_REVIEW_FILTERS))).toBe("#review");
  });

  it("round-trips every filter, 'any status' included", () => {
    const all: ReviewFilters = { status: "REJECTED", kind: "REASSIGN", territory: "T 1/x", minAgeDays: 7 };
    expect(roundTrip(all)).toEqual(all);
    expect(roundTrip({ ...DEFAULT_REVIEW_FILTERS, status: "" })).toEqual({ ...DEFAULT_REVIEW_FILTERS, status: "" });
    expect(formatHashRoute("review", [], paramsOfFilters({ ...DEFAULT_REVIEW_FILTERS, status: "" }))).toBe("#review?status=any");
  });

  it("unknown values and malformed ages fall back to the defaults", () => {
    const params = new URLSearchParams("status=DONE&kind=DROP&minAge=-3&territory=%20T1%20");
    expect(filtersFromParams(params, allowed)).toEqual({ status: "PENDING", kind: "", territory: " T1 ", minAgeDays: 0 });
    expect(paramsOfFilters({ ...DEFAULT_REVIEW_FILTERS, territory: "  " }).territory).toBeNull();
    expect(filtersFromParams(new URLSearchParams("minAge=1.5"), allowed).minAgeDays).toBe(0);
    expect(filtersFromParams(new URLSearchParams("minAge=99999"), allowed).minAgeDays).toBe(0);
  });
});
