import { useCallback } from "react";
import { GraphQLRequestError, request, UnauthorizedError, type Document, type VariablesArg } from "./client.ts";
import type { Session } from "./session.ts";

/** Sends one of the app's operations with the session's token; the result is typed by the document. */
export type Api = <R, V>(document: Document<R, V>, ...variables: VariablesArg<V>) => Promise<R>;

/** A GraphQL caller bound to the session; a 401 signs the user out. */
export function useApi(session: Session, onUnauthorized: () => void): Api {
  return useCallback<Api>(
    async (document, ...variables) => {
      try {
        return await request(session.token, document, ...variables);
      } catch (err) {
        if (err instanceof UnauthorizedError) onUnauthorized();
        throw err;
      }
    },
    [session.token, onUnauthorized],
  );
}

/** A message for the user, with the API's error code when there is one. */
export function errorMessage(err: unknown): string {
  if (err instanceof GraphQLRequestError && err.code) return `${err.message} (${err.code})`;
  return err instanceof Error ? err.message : String(err);
}
