import { describe, expect, it } from "vitest";
import { describeDefinition } from "./describe-definition.ts";

describe("a definition in words", () => {
  it("describes components, segmentation and flags", () => {
    const d = describeDefinition(
      JSON.stringify({
        name: "acc",
        description: "Accounts",
        subject: "ACCOUNT",
        components: [
          {
            key: "trx",
            label: "TRx",
            source: { kind: "rollup", metric: "TRX", period: "2026-Q3" },
            transform: { kind: "percentile" },
            weight: 0.5,
          },
          {
            key: "kol",
            label: "",
            source: { kind: "influence", measure: "reach", aggregate: "max" },
            transform: { kind: "zscore", clip: 2 },
            weight: 0.3,
          },
          {
            key: "fit",
            label: "Fit",
            source: { kind: "attribute", field: "kind" },
            transform: {
              kind: "bucket",
              buckets: [
                { equals: "CLINIC", value: 1 },
                { upTo: 5, value: 0.5 },
              ],
            },
            weight: 0.2,
          },
        ],
        segmentation: {
          kind: "thresholds",
          thresholds: [
            { minScore: 70, label: "KEY" },
            { minScore: 0, label: "REST" },
          ],
        },
        flags: [{ flag: "BIG", when: { measure: "trx", op: ">=", value: 500 } }],
      }),
    );
    expect(d).toEqual({
      description: "Accounts",
      components: [
        { key: "trx", label: "TRx", source: "roll-up of TRX 2026-Q3", transform: "percentile", weight: "0.5" },
        { key: "kol", label: "kol", source: "influence reach (max of its HCPs)", transform: "z-score, clipped at ±2", weight: "0.3" },
        { key: "fit", label: "Fit", source: "attribute kind", transform: "buckets: = CLINIC → 1, ≤ 5 → 0.5", weight: "0.2" },
      ],
      segmentation: "KEY from 70, REST from 0",
      flags: ["BIG when trx >= 500"],
    });
  });

  it("words the other segmentations, and nothing for text that is no JSON object", () => {
    expect(describeDefinition(JSON.stringify({ segmentation: { kind: "deciles" } }))?.segmentation).toBe("deciles D1 (top tenth) to D10");
    expect(describeDefinition(JSON.stringify({ segmentation: { kind: "matrix", value: "score", potential: "trx" } }))?.segmentation).toBe(
      "matrix of score bands by trx bands",
    );
    expect(describeDefinition("{")).toBeNull();
    expect(describeDefinition("3")).toBeNull();
  });
});
