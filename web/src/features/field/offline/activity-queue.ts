/**
 * The offline activity queue as plain data: what a rep recorded and the API has not confirmed yet
 * (`pending`), and what the API refused and the rep must look at (`attention`). Every function
 * returns a new state; the store persists it and the sender drives it (docs/FIELD.md, Activities).
 */
import type { ActivityInput } from "../../../api/field-types.ts";

export interface QueuedActivity {
  /** The idempotency key, made once when the rep saved the entry: every resend carries it. */
  key: string;
  activity: ActivityInput;
  /** What the lists show, e.g. "VISIT · Smith, Ann MD". */
  label: string;
  queuedAt: string;
  /** Failed sends so far; the backoff grows with them. */
  attempts: number;
  /** Server errors (not network failures) so far: past MAX_SERVER_FAILURES the entry needs attention. */
  serverFailures: number;
  /** Not sent again before this time (epoch ms). */
  notBefore: number;
  lastError: string | null;
}

export interface RefusedActivity {
  key: string;
  activity: ActivityInput;
  label: string;
  queuedAt: string;
  message: string;
  code: string | null;
}

export interface QueueState {
  pending: QueuedActivity[];
  attention: RefusedActivity[];
}

/** What one send came to (send-outcome.ts tells them apart). */
export type SendOutcome =
  | { kind: "sent" }
  /** No answer from the server (offline, connection dropped, a gateway page): send again later, however long it takes. */
  | { kind: "unreachable"; message: string }
  /** The server failed (a bug, an outage it reported): send again later, a few times. */
  | { kind: "failed"; message: string; code: string | null }
  /** The server refused the content (invalid, conflicting, not allowed): sending it again cannot help. */
  | { kind: "refused"; message: string; code: string | null };

export const EMPTY_QUEUE: QueueState = { pending: [], attention: [] };
export const MAX_SERVER_FAILURES = 5;
const FIRST_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** The wait after the n-th failed send: 5 s, 10 s, 20 s, ... at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export function enqueue(state: QueueState, entry: { key: string; activity: ActivityInput; label: string }, now: number): QueueState {
  if (state.pending.some((p) => p.key === entry.key)) return state;
  const queued: QueuedActivity = {
    ...entry,
    queuedAt: new Date(now).toISOString(),
    attempts: 0,
    serverFailures: 0,
    notBefore: now,
    lastError: null,
  };
  return { ...state, pending: [...state.pending, queued] };
}

/** The entries to send now, oldest first. */
export function dueEntries(state: QueueState, now: number): QueuedActivity[] {
  return state.pending.filter((p) => p.notBefore <= now);
}

/** When the next entry becomes due (epoch ms), or null when nothing waits. */
export function nextDueAt(state: QueueState): number | null {
  return state.pending.length === 0 ? null : Math.min(...state.pending.map((p) => p.notBefore));
}

/** Everything waiting is due now: the browser is back online, or the rep asked to send. */
export function wake(state: QueueState, now: number): QueueState {
  return { ...state, pending: state.pending.map((p) => (p.notBefore > now ? { ...p, notBefore: now } : p)) };
}

/** Applies the outcome of sending one entry. An entry no longer pending (sent or discarded meanwhile) is left alone. */
export function settle(state: QueueState, key: string, outcome: SendOutcome, now: number): QueueState {
  const entry = state.pending.find((p) => p.key === key);
  if (!entry) return state;
  const others = state.pending.filter((p) => p.key !== key);
  if (outcome.kind === "sent") return { ...state, pending: others };
  const serverFailures = entry.serverFailures + (outcome.kind === "failed" ? 1 : 0);
  if (outcome.kind === "refused" || serverFailures >= MAX_SERVER_FAILURES) {
    const { key: k, activity, label, queuedAt } = entry;
    const code = outcome.kind === "unreachable" ? null : outcome.code;
    return { pending: others, attention: [...state.attention, { key: k, activity, label, queuedAt, message: outcome.message, code }] };
  }
  const attempts = entry.attempts + 1;
  const notBefore = now + backoffMs(attempts);
  const retried = { ...entry, attempts, serverFailures, notBefore, lastError: outcome.message };
  // Unreachable means the network, not this entry: the others wait as long.
  const pending = state.pending.map((p) =>
    p.key === key ? retried : outcome.kind === "unreachable" ? { ...p, notBefore: Math.max(p.notBefore, notBefore) } : p,
  );
  return { ...state, pending };
}

/** The rep has seen a refused entry and lets it go (or re-entered it as a new activity). */
export function dismiss(state: QueueState, key: string): QueueState {
  return { ...state, attention: state.attention.filter((a) => a.key !== key) };
}
