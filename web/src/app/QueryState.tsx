import type { QueryResult } from "../api/use-query.ts";

/** What a section shows while its query is out or failed; nothing once there is an answer. */
export function QueryState({ result, what }: { result: QueryResult<unknown>; what: string }) {
  if (result.loading)
    return (
      <p className="muted" role="status">
        Loading {what}…
      </p>
    );
  if (result.error)
    return (
      <p className="error" role="alert">
        Could not load {what}: {result.error}
      </p>
    );
  return null;
}
