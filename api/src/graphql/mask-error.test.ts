import { describe, expect, it, vi } from "vitest";
import { GraphQLError, parse, type OperationDefinitionNode } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { maskError } from "./mask-error.ts";
import { badUserInput } from "./errors.ts";

describe("maskError", () => {
  it("keeps errors raised on purpose, with their code", () => {
    const err = badUserInput("Argument depth: too deep", ["depth"]);
    expect(maskError(err, "Unexpected error.")).toBe(err);
  });

  it("masks anything else as INTERNAL_SERVER_ERROR and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const wrapped = new GraphQLError("boom", { originalError: new Error("Neo4jError: connection refused at 10.0.0.3") });
    const masked = maskError(wrapped, "Unexpected error.") as GraphQLError;
    expect(masked.message).toBe("Unexpected error.");
    expect(masked.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("gives @neo4j/graphql's authorization errors stable codes", () => {
    class Neo4jGraphQLError extends GraphQLError {}
    const forbidden = Object.defineProperty(new Neo4jGraphQLError("Forbidden"), "name", { value: "Neo4jGraphQLForbiddenError" });
    expect((maskError(new GraphQLError("x", { originalError: forbidden }), "m") as GraphQLError).extensions.code).toBe("FORBIDDEN");
    const unauthenticated = new Neo4jGraphQLError("Unauthenticated");
    expect((maskError(new GraphQLError("x", { originalError: unauthenticated }), "m") as GraphQLError).extensions.code).toBe("FORBIDDEN");
  });

  it("passes GraphQL's own validation errors through", () => {
    const err = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(maskError(err, "m")).toBe(err);
  });

  it("gives the GraphQL layer's errors without a code (arguments that did not coerce) BAD_USER_INPUT", () => {
    const err = new GraphQLError('Argument "text" of non-null type "String!" must not be null.');
    const masked = maskError(err, "m") as GraphQLError;
    expect(masked.message).toBe(err.message);
    expect(masked.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("answers a variable value its scalar cannot parse with BAD_USER_INPUT, not an internal error", () => {
    const operation = parse("query($d: Date) { rollupSummary(asOf: $d) { written } }").definitions[0] as OperationDefinitionNode;
    const scalarError = new GraphQLError("Date cannot represent non string value: true");
    const err = new GraphQLError('Variable "$d" got invalid value true; Date cannot represent non string value: true', {
      nodes: operation.variableDefinitions![0],
      originalError: scalarError,
    });
    const masked = maskError(err, "Unexpected error.") as GraphQLError;
    expect(masked.extensions.code).toBe("BAD_USER_INPUT");
    expect(masked.message).toBe(err.message);
  });

  it("answers a database that is away SERVICE_UNAVAILABLE with HTTP 503, without its details", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]) {
      const away = new Neo4jError("Could not perform discovery at 127.0.0.1:7687", code, "", "");
      const masked = maskError(new GraphQLError("x", { originalError: away, path: ["hcps"] }), "m") as GraphQLError;
      expect(masked.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: { "Retry-After": "5" } } });
      expect(masked.message).not.toContain("127.0.0.1");
      expect(masked.path).toEqual(["hcps"]);
    }
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const syntax = new Neo4jError("Invalid input", "Neo.ClientError.Statement.SyntaxError", "", "");
    expect((maskError(new GraphQLError("x", { originalError: syntax }), "m") as GraphQLError).extensions.code).toBe(
      "INTERNAL_SERVER_ERROR",
    );
    log.mockRestore();
  });
});
