import { describe, expect, it } from "vitest";
import { ariaSort, nextSort } from "./table-sort.ts";

describe("organization table sort", () => {
  it("the same column turns around; another starts highest first (names A to Z)", () => {
    expect(nextSort({ by: "NPS", descending: true }, "NPS")).toEqual({ by: "NPS", descending: false });
    expect(nextSort({ by: "NPS", descending: false }, "CSAT")).toEqual({ by: "CSAT", descending: true });
    expect(nextSort({ by: "NPS", descending: true }, "NAME")).toEqual({ by: "NAME", descending: false });
    expect([ariaSort({ by: "NPS", descending: true }, "NPS"), ariaSort({ by: "NPS", descending: true }, "CSAT")]).toEqual([
      "descending",
      "none",
    ]);
  });
});
