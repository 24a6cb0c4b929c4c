import { useCallback } from "react";
import { graphql, GraphQLRequestError, UnauthorizedError } from "./client.ts";
import type { Session } from "./session.ts";

/** A GraphQL caller bound to the session; a 401 signs the user out. */
export function useApi(session: Session, onUnauthorized: () => void) {
  return useCallback(
    async <T,>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      try {
        return await graphql<T>(session.token, query, variables);
      } catch (err) {
        if (err instanceof UnauthorizedError) onUnauthorized();
        throw err;
      }
    },
    [session.token, onUnauthorized],
  );
}

export type Api = ReturnType<typeof useApi>;

/** A message for the user, with the API's error code when there is one. */
export function errorMessage(err: unknown): string {
  if (err instanceof GraphQLRequestError && err.code) return `${err.message} (${err.code})`;
  return err instanceof Error ? err.message : String(err);
}
