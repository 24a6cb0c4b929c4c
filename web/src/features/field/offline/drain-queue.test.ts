import { describe, expect, it, vi } from "vitest";
import { GraphQLRequestError } from "../../../api/client.ts";
import type { ActivityInput } from "../../../api/field-types.ts";
import { enqueue } from "./activity-queue.ts";
import { drainQueue, type SendActivity } from "./drain-queue.ts";
import { QueueStore } from "./queue-store.ts";

const visit: ActivityInput = {
  channel: "VISIT",
  hcpId: "H1",
  startedAt: "2027-01-05T09:00:00Z",
  durationMinutes: 20,
  outcome: "COMPLETED",
};
const T0 = Date.parse("2027-01-05T10:00:00Z");

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m };
}

function storeWith(keys: string[]) {
  const storage = memoryStorage();
  const store = new QueueStore(storage, "q");
  for (const key of keys) store.update((s) => enqueue(s, { key, activity: visit, label: key }, T0));
  return { store, storage };
}

const stored = (key: string) => ({ created: false, activity: { id: `rep|${key}` } }) as Awaited<ReturnType<SendActivity>>;

describe("draining the queue", () => {
  it("sends every due entry with its own key; created: false counts as sent", async () => {
    const { store } = storeWith(["k1", "k2"]);
    const send = vi.fn<SendActivity>(async (key) => stored(key));
    await drainQueue(store, send, () => T0);
    expect(send.mock.calls.map(([key]) => key)).toEqual(["k1", "k2"]);
    expect(store.get().pending).toEqual([]);
  });

  it("stops at the first unreachable send and keeps everything queued", async () => {
    const { store } = storeWith(["k1", "k2"]);
    const send = vi.fn<SendActivity>(async () => {
      throw new TypeError("Failed to fetch");
    });
    await drainQueue(store, send, () => T0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.get().pending.map((p) => [p.key, p.notBefore - T0])).toEqual([
      ["k1", 5_000],
      ["k2", 5_000],
    ]);
  });

  it("a refusal needs attention and the next entry is still sent; a database away postpones the rest", async () => {
    const { store } = storeWith(["bad", "good", "away", "later"]);
    const send = vi.fn<SendActivity>(async (key) => {
      if (key === "bad") throw new GraphQLRequestError("same key, different content", "CONFLICT");
      if (key === "away") throw new GraphQLRequestError("The database is unavailable right now", "SERVICE_UNAVAILABLE");
      return stored(key);
    });
    await drainQueue(store, send, () => T0);
    expect(store.get().attention.map((a) => [a.key, a.code, a.message])).toEqual([["bad", "CONFLICT", "same key, different content"]]);
    expect(store.get().pending.map((p) => [p.key, p.notBefore - T0])).toEqual([
      ["away", 5_000],
      ["later", 5_000],
    ]);
    expect(send.mock.calls.map(([key]) => key)).toEqual(["bad", "good", "away"]);
  });

  it("sends entries queued while it drains", async () => {
    const { store } = storeWith(["k1"]);
    const send = vi.fn<SendActivity>(async (key) => {
      if (key === "k1") store.update((s) => enqueue(s, { key: "k2", activity: visit, label: "k2" }, T0));
      return stored(key);
    });
    await drainQueue(store, send, () => T0);
    expect(send.mock.calls.map(([key]) => key)).toEqual(["k1", "k2"]);
  });
});

describe("the queue store", () => {
  it("persists every change and reads it back after a reload", () => {
    const { store, storage } = storeWith(["k1"]);
    const again = new QueueStore(storage, "q");
    expect(again.get()).toEqual(store.get());
    expect(again.get().pending[0]!.key).toBe("k1");
  });

  it("keeps unreadable stored text aside instead of overwriting it", () => {
    const storage = memoryStorage();
    storage.setItem("q", "{not json");
    expect(new QueueStore(storage, "q").get()).toEqual({ pending: [], attention: [] });
    expect(storage.map.get("q.unreadable")).toBe("{not json");
  });
});
