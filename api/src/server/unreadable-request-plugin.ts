import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../graphql/errors.ts";

/**
 * graphql-yoga (5.24) reads some malformed requests without catching what that throws, which
 * would be answered as an internal error: `variables` or `extensions` that are not JSON in a GET
 * query string or a urlencoded body (SyntaxError), multipart `operations` that are JSON but not
 * an object (TypeError while it sets the file into them). Those get HTTP 400 BAD_REQUEST, as
 * malformed JSON in a POST body does.
 */
export function unreadableRequestPlugin(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser === undefined) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (err) {
          if (!(err instanceof SyntaxError || err instanceof TypeError)) throw err;
          throw new GraphQLError(`The request could not be read as a GraphQL request: ${err.message}`, {
            extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
          });
        }
      });
    },
  };
}
