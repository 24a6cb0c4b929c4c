import { describe, expect, it } from "vitest";
import { percent, rate, toPercent } from "./kpi-format.ts";

describe("KPI formatting", () => {
  it("ratios as percentages, with a dash or a gap when there is no denominator", () => {
    expect([percent(0.456), percent(1), percent(null)]).toEqual(["46%", "100%", "–"]);
    expect([rate(2.345), rate(undefined)]).toEqual(["2.3", "–"]);
    expect([toPercent(0.4567), toPercent(null)]).toEqual([45.7, null]);
  });
});
