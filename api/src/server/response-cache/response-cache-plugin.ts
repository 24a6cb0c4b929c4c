import { getOperationAST, Kind } from "graphql";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import type { RequestContext } from "../../graphql/context.ts";
import type { ClaimsOf } from "../authentication-plugin.ts";
import { watchDatabaseVersion } from "./database-version.ts";
import type { ResponseCacheSettings } from "./response-cache-settings.ts";
import { ResponseStore } from "./response-store.ts";

/** yoga turns `extensions.http.headers` into response headers and leaves them out of the body. */
const said = (outcome: "hit" | "miss") => ({ http: { headers: { "X-Response-Cache": outcome } } });

/**
 * Answers a query again from memory when the same caller (subject, role and territories) sends
 * the same document and variables and nothing was written since: the key holds the database's
 * last committed transaction (database-version.ts, polled every `pollMs`) and the number of
 * mutations this instance has answered, so a write here makes earlier answers unreachable at
 * once and a write anywhere else within one poll. Only queries whose root fields are all in
 * `cacheableRootFields` (reads of the database alone) and that answered without errors are kept,
 * for at most `ttlMs` (answers that depend on today's date, such as ages, are never older).
 * A hit skips parsing, validation, the limits and the database: they all ran for the first answer.
 * The `X-Response-Cache` header says `hit` or `miss` (a read that may be kept); others carry none.
 */
export function responseCachePlugin(
  driver: Driver,
  claimsOf: ClaimsOf,
  settings: ResponseCacheSettings,
  cacheableRootFields: ReadonlySet<string>,
): { plugin: Plugin<RequestContext>; stop: () => void } {
  const version = watchDatabaseVersion(driver, settings.pollMs);
  const store = new ResponseStore(settings.maxBytes);
  /** The key of each request that missed: only those are stored (a hit has none, so it is never stored again). */
  const keys = new WeakMap<Request, string>();
  const cacheable = new WeakSet<Request>();
  const writes = new WeakSet<Request>();
  let mutationsAnswered = 0;

  const plugin: Plugin<RequestContext> = {
    onParams({ request, params, setResult }) {
      const databaseVersion = version.current();
      const claims = claimsOf(request);
      if (databaseVersion === null || !claims) return;
      const key = JSON.stringify([
        databaseVersion,
        mutationsAnswered,
        claims.sub,
        claims.role,
        claims.territories,
        params.operationName ?? null,
        params.query ?? null,
        params.variables ?? null,
      ]);
      const text = store.get(key, Date.now());
      if (text === undefined) {
        keys.set(request, key);
        return;
      }
      // yoga serialises a result with its own `stringify` when it has one: the stored text, as it was.
      const cached: ExecutionResult & { stringify: () => string } = { extensions: said("hit"), stringify: () => text };
      setResult(cached);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName);
      if (!request || !operation) return;
      if (operation.operation === "mutation") writes.add(request);
      else if (
        operation.operation === "query" &&
        operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && cacheableRootFields.has(s.name.value))
      ) {
        cacheable.add(request);
      }
    },
    onExecutionResult({ request, result, setResult }) {
      if (writes.has(request)) mutationsAnswered++;
      const key = keys.get(request);
      if (key === undefined || !cacheable.has(request) || !result || Symbol.asyncIterator in result) return;
      if (result.errors?.length) return;
      const text = JSON.stringify(result);
      store.set(key, text, Date.now() + settings.ttlMs);
      setResult({ ...result, extensions: { ...result.extensions, ...said("miss") }, stringify: () => text });
    },
  };
  return { plugin, stop: version.stop };
}
