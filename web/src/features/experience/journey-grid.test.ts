import { describe, expect, it } from "vitest";
import { journeyGrid } from "./journey-grid.ts";

describe("journeyGrid", () => {
  it("puts every stage in a row and every channel with a touchpoint in a column, shaded by the largest cell", () => {
    const g = journeyGrid(
      ["AWARENESS", "CONSIDERATION", "TRIAL"],
      [
        { stage: "AWARENESS", channel: "EMAIL_CAMPAIGN", touchpoints: 4 },
        { stage: "CONSIDERATION", channel: "WEBINAR", touchpoints: 2 },
        { stage: "AWARENESS", channel: "WEBINAR", touchpoints: 1 },
      ],
    );
    expect(g.channels).toEqual(["EMAIL_CAMPAIGN", "WEBINAR"]);
    expect(g.counts).toEqual([
      [4, 1],
      [0, 2],
      [0, 0],
    ]);
    expect(g.shade[1]).toEqual([0, 0.5]);
  });
  it("an empty map has no columns and no shade", () => {
    expect(journeyGrid(["AWARENESS"], [])).toEqual({ stages: ["AWARENESS"], channels: [], counts: [[]], shade: [[]] });
  });
});
