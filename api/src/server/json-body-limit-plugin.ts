import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../graphql/errors.ts";

const isMultipart = (request: Request) => (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`Request body too large: a GraphQL request may be at most ${limit} bytes (MAX_JSON_BODY_BYTES).`, {
    extensions: { code: ErrorCode.REQUEST_ENTITY_TOO_LARGE, http: { status: 413 } },
  });
}

/** Reads the whole body, refusing it as soon as it passes `limit` bytes (a missing or wrong Content-Length included). */
async function readBounded(request: Request, limit: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(next.value);
  }
  return chunks;
}

/**
 * Every body except an upload (multipart, bounded by yoga's `maxRequestBodySize` and the form-data
 * limits) may be at most `limit` bytes: HTTP 413 otherwise, before it is parsed.
 */
export function jsonBodyLimitPlugin(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (isMultipart(request) || request.body === null || requestParser === undefined) return;
      if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
      setRequestParser(async (req) => {
        const body = req.body === null ? null : Buffer.concat(await readBounded(req, limit));
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal }));
      });
    },
  };
}
