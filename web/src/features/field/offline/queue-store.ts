import { EMPTY_QUEUE, type QueueState } from "./activity-queue.ts";

/** The part of the Web Storage API the store uses (localStorage in the browser, a map in tests). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

const isQueueState = (v: unknown): v is QueueState =>
  typeof v === "object" && v !== null && Array.isArray((v as QueueState).pending) && Array.isArray((v as QueueState).attention);

/**
 * One user's queue, kept in storage so it survives reloads and a closed tab: every change is
 * written before listeners hear of it. Unreadable stored text is kept aside under `<key>.unreadable`
 * rather than overwritten, so nothing a rep entered is lost without a trace.
 */
export class QueueStore {
  private state: QueueState;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    this.state = this.read();
  }

  get = (): QueueState => this.state;

  update(change: (s: QueueState) => QueueState): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    this.storage.setItem(this.key, JSON.stringify(next));
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private read(): QueueState {
    const raw = this.storage.getItem(this.key);
    if (raw === null) return EMPTY_QUEUE;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isQueueState(parsed)) return parsed;
    } catch {
      // kept aside below
    }
    this.storage.setItem(`${this.key}.unreadable`, raw);
    return EMPTY_QUEUE;
  }
}

/** The storage key of a user's queue: an activity's id is `<rep>|<key>`, so only its rep may send it. */
export const queueKeyOf = (userId: string) => `pharmagraph.activityQueue.${userId}`;
