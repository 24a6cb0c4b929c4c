import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { RECORD_ACTIVITY } from "../../../api/field.ts";
import type { ActivityInput } from "../../../api/field-types.ts";
import type { Api } from "../../../api/use-api.ts";
import { dismiss, enqueue, nextDueAt, type QueuedActivity, type RefusedActivity, wake } from "./activity-queue.ts";
import { drainQueue } from "./drain-queue.ts";
import { newIdempotencyKey } from "./idempotency-key.ts";
import { QueueStore, queueKeyOf } from "./queue-store.ts";
import { useOnline } from "./use-online.ts";

export interface ActivityQueue {
  pending: QueuedActivity[];
  attention: RefusedActivity[];
  online: boolean;
  /** Queues a new activity under a new idempotency key (persisted at once) and tries to send it. Returns the key. */
  submit: (activity: ActivityInput, label: string) => string;
  dismiss: (key: string) => void;
  sendNow: () => void;
}

/**
 * The signed-in rep's activity queue: sent on submit, when the browser comes back online, and on
 * a timer with backoff while anything waits. One drain at a time.
 */
export function useActivityQueue(api: Api, userId: string): ActivityQueue {
  const store = useMemo(() => new QueueStore(localStorage, queueKeyOf(userId)), [userId]);
  const state = useSyncExternalStore(store.subscribe, store.get);
  const online = useOnline();
  const draining = useRef<Promise<void> | null>(null);

  const drain = useCallback(() => {
    if (draining.current || !navigator.onLine) return;
    const send = (key: string, activity: ActivityInput) =>
      api(RECORD_ACTIVITY, { idempotencyKey: key, activity }).then((d) => d.recordActivity);
    draining.current = drainQueue(store, send, Date.now).finally(() => {
      draining.current = null;
    });
  }, [api, store]);

  const sendNow = useCallback(() => {
    store.update((s) => wake(s, Date.now()));
    drain();
  }, [store, drain]);

  useEffect(() => {
    if (online) sendNow();
  }, [online, sendNow]);

  // Re-armed on every change of the queue: the next attempt at the earliest entry's time.
  const dueAt = nextDueAt(state);
  useEffect(() => {
    if (dueAt === null) return;
    const timer = window.setTimeout(drain, Math.max(0, dueAt - Date.now()) + 50);
    return () => window.clearTimeout(timer);
  }, [dueAt, drain]);

  const submit = useCallback(
    (activity: ActivityInput, label: string) => {
      const key = newIdempotencyKey();
      store.update((s) => enqueue(s, { key, activity, label }, Date.now()));
      drain();
      return key;
    },
    [store, drain],
  );

  return {
    pending: state.pending,
    attention: state.attention,
    online,
    submit,
    dismiss: useCallback((key: string) => store.update((s) => dismiss(s, key)), [store]),
    sendNow,
  };
}
