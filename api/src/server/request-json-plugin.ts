import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../graphql/errors.ts";

/**
 * `variables` and `extensions` in a GET query string or a urlencoded body are JSON that
 * graphql-yoga (5.24) parses without catching a SyntaxError, which would be answered as an
 * internal error: they get HTTP 400 BAD_REQUEST, like malformed JSON in a POST body does.
 */
export function requestJsonPlugin(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser === undefined) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (err) {
          if (!(err instanceof SyntaxError)) throw err;
          throw new GraphQLError(`The request's variables or extensions are not valid JSON: ${err.message}`, {
            extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
          });
        }
      });
    },
  };
}
