import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../../api/client.ts";
import { definitionProblem, fieldOfProblem, jsonProblem } from "./definition-problem.ts";

const badInput = (message: string, argumentPath: unknown) => new GraphQLRequestError(message, "BAD_USER_INPUT", { argumentPath });

describe("definition problems", () => {
  it("reads the path inside the definition and the message without the argument's name", () => {
    expect(
      definitionProblem(
        badInput("Argument definition.segmentation.thresholds.0.minScore: Too big: expected number to be <=100", [
          "definition",
          "segmentation",
          "thresholds",
          0,
          "minScore",
        ]),
      ),
    ).toEqual({ path: "segmentation.thresholds.0.minScore", message: "Too big: expected number to be <=100" });
    expect(definitionProblem(badInput("Argument definition: not valid JSON", ["definition"]))).toEqual({
      path: "",
      message: "not valid JSON",
    });
    // A subject conflict names its field but is worded as a sentence of its own.
    expect(definitionProblem(badInput("Model m scores HCP subjects (version 1).", ["definition", "subject"]))).toEqual({
      path: "subject",
      message: "Model m scores HCP subjects (version 1).",
    });
  });

  it("is null for errors about something else", () => {
    expect(definitionProblem(badInput("Version 1 of m is already active.", ["version"]))).toBeNull();
    expect(definitionProblem(new GraphQLRequestError("no", "FORBIDDEN", {}))).toBeNull();
    expect(definitionProblem(new Error("network"))).toBeNull();
  });

  it("finds JSON that is not an object before sending it", () => {
    expect(jsonProblem('{"name": "m"}')).toBeNull();
    expect(jsonProblem("[1]")?.message).toBe("The definition must be a JSON object.");
    expect(jsonProblem('{"name": ')?.message).toMatch(/^Not valid JSON: /);
  });

  it("places a problem at its field, the nearest enclosing group, or the JSON text", () => {
    const fields = ["name", "components", "components.0.weight", "segmentation.thresholds.0.minScore"];
    const groups = ["segmentation.thresholds"];
    expect(fieldOfProblem("components.0.weight", fields, groups)).toBe("components.0.weight");
    expect(fieldOfProblem("components", fields, groups)).toBe("components");
    expect(fieldOfProblem("components.2.source.field", fields, groups)).toBe("");
    expect(fieldOfProblem("segmentation.thresholds.0.minScore", fields, groups)).toBe("segmentation.thresholds.0.minScore");
    expect(fieldOfProblem("segmentation.thresholds.1.minScore", fields, groups)).toBe("segmentation.thresholds");
    expect(fieldOfProblem("segmentation.thresholds", fields, groups)).toBe("segmentation.thresholds");
    expect(fieldOfProblem("names", fields, groups)).toBe("");
    expect(fieldOfProblem("flags.0.when.measure", fields, groups)).toBe("");
  });
});
