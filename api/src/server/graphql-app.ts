import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { bearerToken } from "../auth/bearer-token.ts";
import { InvalidTokenError, type TokenVerifier } from "../auth/token-verifier.ts";
import type { RequestContext } from "../graphql/context.ts";
import { ErrorCode } from "../graphql/errors.ts";
import { maskError } from "../graphql/mask-error.ts";
import { inputValidationPlugin } from "./input-validation-plugin.ts";

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
  });
}

export type GraphQLApp = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * The /graphql endpoint. Every operation needs `Authorization: Bearer <jwt>`; a missing or
 * invalid token is answered with HTTP 401 before anything reaches the schema. GraphiQL (GET
 * from a browser) loads without a token; set the header in its Headers tab.
 */
export function createGraphQLApp(schema: GraphQLSchema, driver: Driver, verifyToken: TokenVerifier): GraphQLApp {
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "pharmagraph GraphQL", defaultQuery: "{ me { id role territories } }" },
    plugins: [inputValidationPlugin()],
    // Expected errors (NOT_FOUND, BAD_USER_INPUT...) are answers, not incidents; maskError logs the unexpected ones.
    logging: false,
    maskedErrors: { maskError },
    context: async ({ request }): Promise<RequestContext> => {
      const bearer = bearerToken(request.headers.get("authorization"));
      if ("problem" in bearer) throw unauthenticated(bearer.problem);
      try {
        const jwt = await verifyToken(bearer.token);
        return { jwt, executionContext: driver, driver, requestId: request.headers.get("x-request-id") ?? randomUUID() };
      } catch (err) {
        if (err instanceof InvalidTokenError) throw unauthenticated(err.message);
        throw err;
      }
    },
  });
}
