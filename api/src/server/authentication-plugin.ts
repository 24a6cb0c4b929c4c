import { shouldRenderGraphiQL, type Plugin } from "graphql-yoga";
import { bearerToken } from "../auth/bearer-token.ts";
import { InvalidTokenError, type TokenVerifier } from "../auth/token-verifier.ts";
import { ErrorCode } from "../graphql/errors.ts";
import type { Claims } from "../model/claims.ts";

/** The verified claims of each request the plugin let through. */
export type ClaimsOf = (request: Request) => Claims | undefined;

function unauthenticated(fetchAPI: { Response: typeof Response }, message: string): Response {
  return fetchAPI.Response.json(
    { errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] },
    { status: 401, headers: { "WWW-Authenticate": "Bearer" } },
  );
}

/**
 * Verifies the bearer token as soon as a request arrives, before its body is read, parsed or
 * validated: without a valid token the answer is HTTP 401 and nothing else runs. GraphiQL (GET
 * from a browser) loads without a token; the context reads the claims stored here.
 */
export function authenticationPlugin(verifyToken: TokenVerifier): { plugin: Plugin; claimsOf: ClaimsOf } {
  const claims = new WeakMap<Request, Claims>();
  const plugin: Plugin = {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (shouldRenderGraphiQL(request)) return;
      const bearer = bearerToken(request.headers.get("authorization"));
      if ("problem" in bearer) return endResponse(unauthenticated(fetchAPI, bearer.problem));
      try {
        claims.set(request, await verifyToken(bearer.token));
      } catch (err) {
        if (err instanceof InvalidTokenError) return endResponse(unauthenticated(fetchAPI, err.message));
        throw err;
      }
    },
  };
  return { plugin, claimsOf: (request) => claims.get(request) };
}
