import { GraphQLError } from "graphql";
import { z } from "zod";

/** Stable `extensions.code` values of the errors we raise on purpose. */
export const ErrorCode = {
  /** The HTTP request is no GraphQL request (unreadable JSON, a body or parameter of the wrong shape); HTTP 400, as graphql-yoga answers the same. */
  BAD_REQUEST: "BAD_REQUEST",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  /** A write sent a stale version; `extensions.current` holds what is stored now. */
  CONFLICT: "CONFLICT",
  /** A write would break the hierarchy's integrity (levels, weights, primaries, cycles). */
  INTEGRITY_VIOLATION: "INTEGRITY_VIOLATION",
  /** The document is deeper, costlier, longer or has more aliases or directives than the API accepts. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** The request body or an uploaded file is larger than the API accepts (HTTP 413). */
  REQUEST_ENTITY_TOO_LARGE: "REQUEST_ENTITY_TOO_LARGE",
  /** The request's time budget in Neo4j ran out. */
  TIMEOUT: "TIMEOUT",
  /** The client went away before the answer; its transactions were cancelled (the answer is never sent). */
  CANCELLED: "CANCELLED",
  /** An answer would be larger than the API computes in one request; narrow the question. */
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  /** Too many requests of a kind from one user, or too many imports running; `extensions.retryAfterSeconds` says when to retry. */
  RATE_LIMITED: "RATE_LIMITED",
  /** Neo4j is unreachable or restarting (HTTP 503, `Retry-After`); the request changed nothing it reported, retry it shortly. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;

export function badUserInput(message: string, argumentPath: (string | number)[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/**
 * An error a capability raises on purpose: the API answers it with its message, its stable
 * `code` and any further `extensions` (maskError does the mapping, in one place).
 */
export class DomainError extends Error {
  constructor(
    readonly code: (typeof ErrorCode)[keyof typeof ErrorCode],
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Parses resolver arguments with zod; the first issue becomes a BAD_USER_INPUT naming the argument path. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  throw badUserInput(`Argument ${path.join(".") || "(root)"}: ${issue.message}`, path);
}

/** Parses a JSON-text argument named `name`, then validates it with zod; errors name the argument and the path inside it. */
export function parseJsonArgument<S extends z.ZodType>(name: string, raw: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw badUserInput(`Argument ${name}: not valid JSON`, [name]);
  }
  return parseArgs(z.object({ [name]: schema }), { [name]: json })[name] as z.infer<S>;
}
