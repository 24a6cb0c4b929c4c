import { GraphQLRequestError } from "../../../api/client.ts";
import type { SendOutcome } from "./activity-queue.ts";

/** Answers about the content itself: the same request would be refused again. */
const REFUSALS = new Set(["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"]);

/** What a failed `recordActivity` call means for its queue entry. */
export function outcomeOfError(err: unknown): SendOutcome {
  if (err instanceof GraphQLRequestError && err.code !== undefined && err.code !== "SERVICE_UNAVAILABLE") {
    return REFUSALS.has(err.code)
      ? { kind: "refused", message: err.message, code: err.code }
      : { kind: "failed", message: err.message, code: err.code };
  }
  // A fetch that threw (offline), a body that was not the API's JSON, a database away, a signed-out session: try later.
  return { kind: "unreachable", message: err instanceof Error ? err.message : String(err) };
}
