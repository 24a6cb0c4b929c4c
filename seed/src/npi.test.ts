import { describe, expect, it } from "vitest";
import { isValidNpi, luhnCheckDigit, npiFromBody } from "./npi.ts";

describe("NPI", () => {
  it("matches the CMS example (123456789 -> check digit 3)", () => {
    expect(npiFromBody(123456789)).toBe("1234567893");
    expect(isValidNpi("1234567893")).toBe(true);
    expect(isValidNpi("1234567890")).toBe(false);
  });

  it("computes Luhn check digits", () => {
    expect(luhnCheckDigit("7992739871")).toBe("3");
  });
});
