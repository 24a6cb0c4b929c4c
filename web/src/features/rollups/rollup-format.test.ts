import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "./explorer-state.ts";
import { csvFileName, formatValue, rollupCsv } from "./rollup-format.ts";

describe("roll-up formats", () => {
  it("groups thousands and keeps at most two decimals", () => {
    expect(formatValue(1234567.891)).toBe("1,234,567.89");
    expect(formatValue(-30)).toBe("-30");
    expect(formatValue(0.125)).toBe("0.13");
  });

  it("writes rows as CSV at full precision", () => {
    expect(rollupCsv([{ id: "A1", name: 'North, "East"', own: 10, rollup: 125.125 }])).toBe(
      'id,name,own,rollup\r\nA1,"North, ""East""",10,125.125\r\n',
    );
  });

  it("names the file after what it holds", () => {
    const state = { ...DEFAULT_STATE, level: "ACCOUNT" as const, period: "2026-Q3" };
    expect(csvFileName(state, { from: 11, to: 20 })).toBe("rollups-ACCOUNT-TRX-2026-Q3-rows-11-20.csv");
    expect(csvFileName({ ...state, asOf: "2025-06-30" }, "all")).toBe("rollups-ACCOUNT-TRX-2026-Q3-asof-2025-06-30-all.csv");
  });
});
