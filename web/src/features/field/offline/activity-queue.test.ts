import { describe, expect, it } from "vitest";
import type { ActivityInput } from "../../../api/field-types.ts";
import { backoffMs, dismiss, dueEntries, EMPTY_QUEUE, enqueue, MAX_SERVER_FAILURES, nextDueAt, settle, wake } from "./activity-queue.ts";

const visit: ActivityInput = {
  channel: "VISIT",
  hcpId: "H1",
  startedAt: "2027-01-05T09:00:00Z",
  durationMinutes: 20,
  outcome: "COMPLETED",
};
const T0 = Date.parse("2027-01-05T10:00:00Z");
const two = enqueue(
  enqueue(EMPTY_QUEUE, { key: "k1", activity: visit, label: "one" }, T0),
  { key: "k2", activity: visit, label: "two" },
  T0,
);

describe("the offline activity queue", () => {
  it("queues entries once per key, due at once, oldest first", () => {
    expect(two.pending.map((p) => [p.key, p.attempts, p.notBefore])).toEqual([
      ["k1", 0, T0],
      ["k2", 0, T0],
    ]);
    expect(enqueue(two, { key: "k1", activity: visit, label: "again" }, T0 + 1)).toBe(two);
    expect(dueEntries(two, T0).map((p) => p.key)).toEqual(["k1", "k2"]);
    expect(nextDueAt(EMPTY_QUEUE)).toBeNull();
  });

  it("a sent entry leaves the queue", () => {
    expect(settle(two, "k1", { kind: "sent" }, T0).pending.map((p) => p.key)).toEqual(["k2"]);
  });

  it("unreachable: the entry backs off and every other entry waits as long; wake makes all due again", () => {
    let s = settle(two, "k1", { kind: "unreachable", message: "Failed to fetch" }, T0);
    expect(s.pending.map((p) => [p.key, p.attempts, p.notBefore - T0, p.lastError])).toEqual([
      ["k1", 1, 5_000, "Failed to fetch"],
      ["k2", 0, 5_000, null],
    ]);
    expect(dueEntries(s, T0 + 4_999)).toEqual([]);
    expect(nextDueAt(s)).toBe(T0 + 5_000);
    s = settle(s, "k1", { kind: "unreachable", message: "Failed to fetch" }, T0 + 5_000);
    expect(s.pending[0]!.notBefore).toBe(T0 + 15_000);
    expect(dueEntries(wake(s, T0 + 6_000), T0 + 6_000).map((p) => p.key)).toEqual(["k1", "k2"]);
    expect(s.attention).toEqual([]);
  });

  it("never gives up on an unreachable server; the backoff stops growing at 5 minutes", () => {
    let s = two;
    for (let i = 0; i < 40; i++) s = settle(s, "k1", { kind: "unreachable", message: "offline" }, T0);
    expect(s.pending[0]!.attempts).toBe(40);
    expect(s.pending[0]!.notBefore - T0).toBe(300_000);
    expect([1, 2, 3, 7, 100].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 300_000, 300_000]);
  });

  it("a refusal moves the entry to needs-attention with the server's message, once", () => {
    const s = settle(two, "k2", { kind: "refused", message: "Argument activity.hcpId: HCP H9 not found", code: "NOT_FOUND" }, T0);
    expect(s.pending.map((p) => p.key)).toEqual(["k1"]);
    expect(s.attention).toEqual([
      {
        key: "k2",
        activity: visit,
        label: "two",
        queuedAt: new Date(T0).toISOString(),
        message: "Argument activity.hcpId: HCP H9 not found",
        code: "NOT_FOUND",
      },
    ]);
    expect(settle(s, "k2", { kind: "sent" }, T0)).toBe(s);
    expect(dismiss(s, "k2").attention).toEqual([]);
  });

  it("server failures are retried with backoff, then need attention", () => {
    let s = two;
    for (let i = 1; i < MAX_SERVER_FAILURES; i++) {
      s = settle(s, "k1", { kind: "failed", message: "Internal server error", code: "INTERNAL_SERVER_ERROR" }, T0);
      expect(s.pending.find((p) => p.key === "k1")!.serverFailures).toBe(i);
    }
    // A failure is about this entry, not the network: the other one stays due.
    expect(dueEntries(s, T0).map((p) => p.key)).toEqual(["k2"]);
    s = settle(s, "k1", { kind: "failed", message: "Internal server error", code: "INTERNAL_SERVER_ERROR" }, T0);
    expect(s.pending.map((p) => p.key)).toEqual(["k2"]);
    expect(s.attention.map((a) => [a.key, a.code])).toEqual([["k1", "INTERNAL_SERVER_ERROR"]]);
  });
});
