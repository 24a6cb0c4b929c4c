import { randomUUID } from "node:crypto";
import { createFetch } from "@whatwg-node/fetch";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { TokenVerifier } from "../auth/token-verifier.ts";
import { requestScopedDriver } from "../db/request-scoped-driver.ts";
import type { RequestContext } from "../graphql/context.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import { maskError } from "../graphql/mask-error.ts";
import { connectionSelectionsPlugin } from "./connection-selections-plugin.ts";
import { authenticationPlugin } from "./authentication-plugin.ts";
import { graphqlArmor } from "./graphql-armor.ts";
import { inputValidationPlugin } from "./input-validation-plugin.ts";
import { jsonBodyLimitPlugin } from "./json-body-limit-plugin.ts";
import { rateLimitPlugin } from "./rate-limit-plugin.ts";
import { unreadableRequestPlugin } from "./unreadable-request-plugin.ts";
import { requestLimitsFromEnv, type RequestLimits } from "./request-limits.ts";
import { cacheableRootFields } from "./response-cache/cacheable-root-fields.ts";
import { responseCachePlugin } from "./response-cache/response-cache-plugin.ts";
import { type ResponseCacheSettings, responseCacheSettingsFromEnv } from "./response-cache/response-cache-settings.ts";

export type GraphQLApp = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** Overrides of the limits and the response cache the environment sets (tests). */
export type GraphQLAppOptions = Partial<RequestLimits> & { responseCache?: ResponseCacheSettings };

/**
 * The /graphql endpoint. Every operation needs `Authorization: Bearer <jwt>`; a missing or
 * invalid token is answered with HTTP 401 before the body is read. GraphiQL (GET from a browser)
 * loads without a token; set the header in its Headers tab. What one request may cost is bounded
 * (docs/ACCESS-CONTROL.md: Limits).
 */
export function createGraphQLApp(
  schema: GraphQLSchema,
  driver: Driver,
  verifyToken: TokenVerifier,
  options: GraphQLAppOptions = {},
): GraphQLApp {
  const { responseCache: cacheSettings = responseCacheSettingsFromEnv(), ...limitOverrides } = options;
  const limits: RequestLimits = { ...requestLimitsFromEnv(), ...limitOverrides };
  const authentication = authenticationPlugin(verifyToken);
  const responseCache =
    cacheSettings.ttlMs > 0 ? responseCachePlugin(driver, authentication.claimsOf, cacheSettings, cacheableRootFields(schema)) : null;
  const timedOut = () =>
    new DomainError(
      ErrorCode.TIMEOUT,
      `The request ran out of time in the database (${limits.neo4jRequestTimeoutMs} ms, NEO4J_REQUEST_TIMEOUT_MS); ask for less.`,
    );
  const cancelled = () => new DomainError(ErrorCode.CANCELLED, "The request was cancelled: its client went away.");
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "pharmagraph GraphQL", defaultQuery: "{ me { id role territories } }" },
    batching: false,
    // CORS is answered for every route by cors.ts (an allowlist); yoga's default reflects any origin.
    cors: false,
    // An upload is held in memory by the multipart parser (@whatwg-node's busboy) until the resolver stores it.
    maxRequestBodySize: limits.maxUploadBytes + limits.maxJsonBodyBytes,
    fetchAPI: createFetch({ formDataLimits: { fileSize: limits.maxUploadBytes, files: 1, fieldSize: limits.maxJsonBodyBytes } }),
    plugins: [
      authentication.plugin,
      jsonBodyLimitPlugin(limits.maxJsonBodyBytes),
      unreadableRequestPlugin(),
      ...graphqlArmor(limits),
      connectionSelectionsPlugin(),
      inputValidationPlugin(),
      rateLimitPlugin(limits),
      ...(responseCache ? [responseCache.plugin, { onDispose: responseCache.stop }] : []),
    ],
    // Expected errors (NOT_FOUND, BAD_USER_INPUT...) are answers, not incidents; maskError logs the unexpected ones.
    logging: false,
    maskedErrors: { maskError },
    context: ({ request }): RequestContext => {
      const jwt = authentication.claimsOf(request);
      if (!jwt)
        throw new GraphQLError("Authentication required", { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
      const scoped = requestScopedDriver(driver, {
        deadline: Date.now() + limits.neo4jRequestTimeoutMs,
        signal: request.signal,
        timedOut,
        cancelled,
      });
      return { jwt, executionContext: scoped, driver: scoped, requestId: request.headers.get("x-request-id") ?? randomUUID() };
    },
  });
}
