import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../../api/client.ts";
import { changeProblems } from "./change-errors.ts";

const ops = [{ op: "UPDATE_AFFILIATION" }, { op: "ADD_AFFILIATION" }];

describe("the server's reasons for refusing a change set", () => {
  it("a zod failure: its argument path and message", () => {
    const err = new GraphQLRequestError("Argument operations.1.weight: must be at most 1", "BAD_USER_INPUT", {
      argumentPath: ["operations", 1, "weight"],
    });
    expect(changeProblems(err, ops)).toEqual([{ path: "operations.1.weight (ADD_AFFILIATION)", message: "must be at most 1" }]);
  });

  it("the affiliation rules: each problem at its operation and field", () => {
    const err = new GraphQLRequestError("Operation 2: weight: sum 1.4 above 1; primary: two primaries", "INTEGRITY_VIOLATION", {
      operation: 1,
      problems: ["weight: sum 1.4 above 1", "primary: two primaries"],
    });
    expect(changeProblems(err, ops)).toEqual([
      { path: "operations.1.weight (ADD_AFFILIATION)", message: "sum 1.4 above 1" },
      { path: "operations.1.primary (ADD_AFFILIATION)", message: "two primaries" },
    ]);
  });

  it("other errors are not field problems", () => {
    expect(changeProblems(new GraphQLRequestError("stale", "CONFLICT"), ops)).toBeNull();
    expect(changeProblems(new Error("network"), ops)).toBeNull();
  });
});
