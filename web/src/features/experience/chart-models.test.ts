import { describe, expect, it } from "vitest";
import { npsDistributionChart, npsTrendChart } from "./chart-models.ts";

describe("chart models", () => {
  it("the distribution has one stacked series per category, each holding only its own scores", () => {
    const chart = npsDistributionChart([1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]);
    const series = chart.option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(["Detractors (0-6)", "Passives (7-8)", "Promoters (9-10)"]);
    expect(series[0]!.data).toEqual([1, 0, 0, 1, 0, 0, 0, null, null, null, null]);
    expect(series[1]!.data).toEqual([null, null, null, null, null, null, null, 0, 1, null, null]);
    expect(series[2]!.data).toEqual([null, null, null, null, null, null, null, null, null, 1, 1]);
    expect(chart.rows[9]).toEqual(["9", "promoter", "1"]);
  });

  it("a month without answers is a gap in the line and 'no value' in the table", () => {
    const chart = npsTrendChart([
      { month: "2026-10", nps: { score: null, responses: 0 } },
      { month: "2026-11", nps: { score: 100 / 3, responses: 3 } },
    ]);
    expect((chart.option.series as { data: (number | null)[] }[])[0]!.data).toEqual([null, 100 / 3]);
    expect(chart.rows).toEqual([
      ["2026-10", "no value", "0"],
      ["2026-11", "33.3", "3"],
    ]);
  });
});
