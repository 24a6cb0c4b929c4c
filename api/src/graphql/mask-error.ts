import { GraphQLError, Kind } from "graphql";
import { Neo4jError, error as driverErrors } from "neo4j-driver";
import { DomainError, ErrorCode } from "./errors.ts";

/** @neo4j/graphql's own error classes (not exported by the package), by their `name`. */
const NEO4J_GRAPHQL_CODES: Record<string, string> = {
  Neo4jGraphQLForbiddenError: ErrorCode.FORBIDDEN,
  Neo4jGraphQLAuthenticationError: ErrorCode.UNAUTHENTICATED,
};

/** Driver and server codes that mean "the database is not there right now", after the driver's own retries. */
const DATABASE_AWAY = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
]);
const RETRY_AFTER_SECONDS = 5;

/**
 * Errors we raise on purpose (GraphQL errors with a code, DomainErrors) keep their message and
 * `extensions.code`; @neo4j/graphql's authentication and authorization errors get stable codes;
 * a database that is unreachable or restarting is SERVICE_UNAVAILABLE (HTTP 503 with
 * Retry-After); variable values their type cannot parse, and the GraphQL layer's own errors
 * without a code, are BAD_USER_INPUT; anything else is a bug on our side: logged and answered
 * with a masked INTERNAL_SERVER_ERROR.
 */
export function maskError(error: unknown, message: string): Error {
  const graphQLError = error instanceof GraphQLError ? error : undefined;
  const original: unknown = graphQLError?.originalError ?? error;
  const path = graphQLError?.path;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, { path, extensions: { ...original.extensions, code: original.code } });
  }
  if (original instanceof Neo4jError && DATABASE_AWAY.has(original.code)) {
    return new GraphQLError("The database is unavailable right now; retry in a few seconds.", {
      path,
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
      },
    });
  }
  if (original instanceof Error && original.name in NEO4J_GRAPHQL_CODES) {
    return new GraphQLError(original.message, { path, extensions: { code: NEO4J_GRAPHQL_CODES[original.name] } });
  }
  // @authentication rejects an authenticated caller whose claims don't match with this generic error.
  if (original instanceof Error && original.constructor.name === "Neo4jGraphQLError" && original.message === "Unauthenticated") {
    return new GraphQLError("Forbidden: your role may not read this field.", { path, extensions: { code: ErrorCode.FORBIDDEN } });
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === "string") {
    return original === graphQLError ? original : new GraphQLError(original.message, { path, extensions: original.extensions });
  }
  // A variable value its type cannot parse (a scalar's parseValue threw): the request's input is wrong, not the server.
  if (graphQLError?.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) {
    return new GraphQLError(graphQLError.message, { nodes: graphQLError.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  // Errors of the GraphQL layer itself carry no original error: parse and validation errors (graphql-yoga has
  // given them their codes), and arguments that did not coerce at execution or an operation type the schema lacks.
  if (graphQLError && !graphQLError.originalError) {
    if (graphQLError.extensions.code) return graphQLError;
    return new GraphQLError(graphQLError.message, {
      nodes: graphQLError.nodes,
      path,
      extensions: { ...graphQLError.extensions, code: ErrorCode.BAD_USER_INPUT },
    });
  }
  console.error("Unexpected error while executing a GraphQL request:", original);
  return new GraphQLError(message, { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
