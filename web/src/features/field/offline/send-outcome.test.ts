import { describe, expect, it } from "vitest";
import { GraphQLRequestError, UnauthorizedError } from "../../../api/client.ts";
import { outcomeOfError } from "./send-outcome.ts";

describe("what a failed send means", () => {
  it("content the server refuses needs attention; server failures are retried a few times; anything else is retried", () => {
    for (const code of ["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"])
      expect(outcomeOfError(new GraphQLRequestError("no", code))).toEqual({ kind: "refused", message: "no", code });
    expect(outcomeOfError(new GraphQLRequestError("boom", "INTERNAL_SERVER_ERROR"))).toEqual({
      kind: "failed",
      message: "boom",
      code: "INTERNAL_SERVER_ERROR",
    });
    expect(outcomeOfError(new GraphQLRequestError("away", "SERVICE_UNAVAILABLE")).kind).toBe("unreachable");
    expect(outcomeOfError(new TypeError("Failed to fetch")).kind).toBe("unreachable");
    expect(outcomeOfError(new SyntaxError("Unexpected token <")).kind).toBe("unreachable");
    expect(outcomeOfError(new UnauthorizedError("expired")).kind).toBe("unreachable");
  });
});
