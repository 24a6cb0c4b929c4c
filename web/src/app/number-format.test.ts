import { describe, expect, it } from "vitest";
import { compactNumber, shareOf, wholeNumber } from "./number-format.ts";

describe("number formats", () => {
  it("abbreviates large values and keeps small ones", () => {
    expect(compactNumber(1234)).toBe("1.2K");
    expect(compactNumber(3_400_000)).toBe("3.4M");
    expect(compactNumber(12)).toBe("12");
  });
  it("writes whole numbers with separators", () => {
    expect(wholeNumber(1234567.4)).toBe("1,234,567");
  });
  it("gives a share with one decimal, and a dash without a total", () => {
    expect(shareOf(25, 200)).toBe("12.5%");
    expect(shareOf(25, 0)).toBe("–");
    expect(shareOf(25, null)).toBe("–");
  });
});
