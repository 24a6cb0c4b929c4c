import { describe, expect, it } from "vitest";
import { nextRowIndex } from "./row-navigation.ts";

describe("row navigation", () => {
  it("arrows move one row and stop at the ends", () => {
    expect(nextRowIndex(0, "ArrowDown", 3)).toBe(1);
    expect(nextRowIndex(2, "ArrowDown", 3)).toBe(2);
    expect(nextRowIndex(1, "ArrowUp", 3)).toBe(0);
    expect(nextRowIndex(0, "ArrowUp", 3)).toBe(0);
  });

  it("Home, End and the page keys", () => {
    expect(nextRowIndex(4, "Home", 30)).toBe(0);
    expect(nextRowIndex(4, "End", 30)).toBe(29);
    expect(nextRowIndex(4, "PageDown", 30)).toBe(14);
    expect(nextRowIndex(25, "PageDown", 30)).toBe(29);
    expect(nextRowIndex(4, "PageUp", 30)).toBe(0);
  });

  it("other keys and an empty list are not movements", () => {
    expect(nextRowIndex(0, "Enter", 3)).toBeNull();
    expect(nextRowIndex(0, "a", 3)).toBeNull();
    expect(nextRowIndex(0, "ArrowDown", 0)).toBeNull();
  });
});
