import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.ts";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('North, "East" Clinic')).toBe('"North, ""East"" Clinic"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });

  it("writes numbers as they are, nothing for missing values, and neutralizes formulas in text", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(0)).toBe("0");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvField("-1,2")).toBe('"\'-1,2"');
    expect(csvField("@home")).toBe("'@home");
  });

  it("joins a header and rows with CRLF after every line", () => {
    expect(
      toCsv(
        ["id", "name", "rollup"],
        [
          ["A1", "Clinic, One", 125],
          ["A2", "Two", 0],
        ],
      ),
    ).toBe('id,name,rollup\r\nA1,"Clinic, One",125\r\nA2,Two,0\r\n');
    expect(toCsv(["id"], [])).toBe("id\r\n");
  });
});
