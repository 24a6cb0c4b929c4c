import { describe, expect, it } from "vitest";
import { channelLabel, latestQuarter, npsCategory, percentValue, points, ratioPercent, signedPoints } from "./experience-format.ts";

describe("experience formatting", () => {
  it("NPS in points with one decimal at most; 'no value' without answers", () => {
    expect([points(100 / 3), points(25), points(-50), points(0), points(null)]).toEqual(["33.3", "25", "-50", "0", "no value"]);
    expect([signedPoints(16.666), signedPoints(-100), signedPoints(0), signedPoints(null)]).toEqual(["+16.7", "-100", "0", "no value"]);
  });

  it("CSAT and CRR are percentages already, engagement a ratio", () => {
    expect([percentValue(50), percentValue(null), ratioPercent(0.5), ratioPercent(2 / 3), ratioPercent(null)]).toEqual([
      "50%",
      "no value",
      "50%",
      "66.7%",
      "no value",
    ]);
  });

  it("answers 0-6 detract, 7-8 are passive, 9-10 promote", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(["detractor", "detractor", "passive", "passive", "promoter", "promoter"]);
  });

  it("the latest quarter, or none; channel names in words", () => {
    expect(latestQuarter([{ period: "2026-Q3" }, { period: "2026-Q4" }])).toEqual({ period: "2026-Q4" });
    expect(latestQuarter([])).toBeNull();
    expect(channelLabel("EMAIL_CAMPAIGN")).toBe("Email campaign");
  });
});
