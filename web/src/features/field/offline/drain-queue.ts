import type { RecordActivityMutation } from "../../../api/generated/graphql.ts";
import type { ActivityInput } from "../../../api/field-types.ts";
import { dueEntries, type SendOutcome, settle } from "./activity-queue.ts";
import type { QueueStore } from "./queue-store.ts";
import { outcomeOfError } from "./send-outcome.ts";

export type SendActivity = (key: string, activity: ActivityInput) => Promise<RecordActivityMutation["recordActivity"]>;

/**
 * Sends due entries one by one, oldest first, settling each in the store, until none is due (entries
 * queued meanwhile included). `created: false` is success too: the server had stored it already (an
 * earlier send whose answer was lost). Stops at the first entry the server could not be reached
 * for: the rest would fail the same way, and settling it postponed them all.
 */
export async function drainQueue(store: QueueStore, send: SendActivity, now: () => number): Promise<void> {
  for (let entry = dueEntries(store.get(), now())[0]; entry; entry = dueEntries(store.get(), now())[0]) {
    let outcome: SendOutcome = { kind: "sent" };
    try {
      await send(entry.key, entry.activity);
    } catch (err) {
      outcome = outcomeOfError(err);
    }
    store.update((s) => settle(s, entry!.key, outcome, now()));
    if (outcome.kind === "unreachable") return;
  }
}
