import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../../api/client.ts";
import { problemsByQuestion } from "./server-problems.ts";

describe("answerSurvey problems by question", () => {
  it("reads extensions.problems, the first message per question", () => {
    const err = new GraphQLRequestError("Argument answers.patients: required", "BAD_USER_INPUT", {
      argumentPath: ["answers", "patients"],
      problems: [
        { question: "patients", message: "required" },
        { question: "recommend", message: "must be a whole number from 0 to 10" },
        { question: "patients", message: "second" },
      ],
    });
    expect(problemsByQuestion(err)).toEqual({ patients: "required", recommend: "must be a whole number from 0 to 10" });
  });

  it("falls back to argumentPath; other errors are not about answers", () => {
    const one = new GraphQLRequestError("Argument answers.x: bad", "BAD_USER_INPUT", { argumentPath: ["answers", "x"] });
    expect(problemsByQuestion(one)).toEqual({ x: "Argument answers.x: bad" });
    expect(problemsByQuestion(new GraphQLRequestError("HCP H1 not found", "NOT_FOUND"))).toBeNull();
    expect(problemsByQuestion(new TypeError("Failed to fetch"))).toBeNull();
  });
});
