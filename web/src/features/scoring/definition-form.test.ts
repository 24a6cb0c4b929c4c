import { describe, expect, it } from "vitest";
import { numberInput, prettyDefinition, segmentLabels, setAtPath, simpleFields } from "./definition-form.ts";

const model = {
  name: "core",
  description: "HCPs by volume",
  subject: "HCP",
  components: [
    {
      key: "trx",
      label: "TRx",
      source: { kind: "rollup", metric: "TRX", period: "2026-Q3" },
      transform: { kind: "percentile" },
      weight: 0.6,
    },
    { key: "fit", label: "Fit", source: { kind: "attribute", field: "specialty" }, transform: { kind: "minmax" }, weight: 0.4 },
  ],
  segmentation: {
    kind: "thresholds",
    thresholds: [
      { minScore: 70, label: "A" },
      { minScore: 0, label: "C" },
    ],
  },
  flags: [],
};
const text = JSON.stringify(model, null, 2);

describe("the definition's simple fields", () => {
  it("reads name, description, weights and thresholds", () => {
    expect(simpleFields(text)).toEqual({
      name: "core",
      description: "HCPs by volume",
      components: [
        { key: "trx", label: "TRx", weight: 0.6 },
        { key: "fit", label: "Fit", weight: 0.4 },
      ],
      thresholds: [
        { label: "A", minScore: 70 },
        { label: "C", minScore: 0 },
      ],
    });
  });

  it("has no thresholds for other segmentations, and no fields for text that is no JSON object", () => {
    expect(simpleFields(JSON.stringify({ ...model, segmentation: { kind: "deciles" } }))?.thresholds).toBeNull();
    expect(simpleFields("{ not json")).toBeNull();
    expect(simpleFields("[]")).toBeNull();
    expect(simpleFields("{}")).toEqual({ name: "", description: "", components: [], thresholds: null });
  });

  it("edits one value and keeps everything else", () => {
    const edited = setAtPath(text, ["segmentation", "thresholds", 0, "minScore"], 80);
    expect(JSON.parse(edited)).toEqual({
      ...model,
      segmentation: {
        kind: "thresholds",
        thresholds: [
          { minScore: 80, label: "A" },
          { minScore: 0, label: "C" },
        ],
      },
    });
    expect(JSON.parse(setAtPath(text, ["components", 1, "weight"], null)).components[1].weight).toBeNull();
    expect(JSON.parse(setAtPath(text, ["name"], "core2")).name).toBe("core2");
  });

  it("leaves text alone when it cannot place the value", () => {
    expect(setAtPath("{ broken", ["name"], "x")).toBe("{ broken");
    expect(setAtPath(text, ["segmentation", "labels", 0], "x")).toBe(text);
    expect(setAtPath(text, [], "x")).toBe(text);
  });

  it("reads number inputs, empty as null", () => {
    expect(numberInput("70")).toBe(70);
    expect(numberInput("0.25")).toBe(0.25);
    expect(numberInput("")).toBeNull();
    expect(numberInput("abc")).toBeNull();
  });

  it("indents a stored definition, and leaves text that is no JSON as it is", () => {
    expect(prettyDefinition('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyDefinition("{")).toBe("{");
  });

  it("lists the segment labels in the model's order", () => {
    expect(segmentLabels(text)).toEqual(["A", "C"]);
    expect(segmentLabels(JSON.stringify({ segmentation: { kind: "deciles" } }))).toHaveLength(10);
    expect(
      segmentLabels(
        JSON.stringify({
          segmentation: {
            kind: "matrix",
            labels: [
              ["HIGH", "GROW"],
              ["GROW", "LOW"],
            ],
          },
        }),
      ),
    ).toEqual(["HIGH", "GROW", "LOW"]);
    expect(segmentLabels("nope")).toEqual([]);
  });
});
