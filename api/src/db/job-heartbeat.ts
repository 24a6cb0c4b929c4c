/**
 * Liveness of the long jobs recorded in the graph (imports, their roll-up refresh, influence
 * runs): while a job runs, its record says RUNNING and its process writes a heartbeat every few
 * seconds. Readers report a RUNNING record whose heartbeat is older than
 * HEARTBEAT_TIMEOUT_SECONDS as INTERRUPTED: its process or the database died mid-job, and
 * nobody will finish it but a retry.
 */

/** A running job whose last heartbeat is older than this is considered dead. */
export const HEARTBEAT_TIMEOUT_SECONDS = 120;
/** How often a running job writes its heartbeat (well below the timeout). */
export const HEARTBEAT_INTERVAL_MS = 2_000;

/**
 * Cypher expression: the status readers report for a record's stored `status` and
 * `heartbeatAt` (property expressions such as `i.status`). Takes `$heartbeatTimeout`.
 */
export const LIVE_STATUS = (status: string, heartbeatAt: string) =>
  `CASE WHEN ${status} = 'RUNNING' AND ${heartbeatAt} < datetime() - duration({seconds: $heartbeatTimeout}) THEN 'INTERRUPTED' ELSE ${status} END`;

/** The parameter LIVE_STATUS reads. */
export const heartbeatParams = () => ({ heartbeatTimeout: HEARTBEAT_TIMEOUT_SECONDS });

export interface Heartbeat {
  /** Stops beating and waits for a beat in flight. */
  stop(): Promise<void>;
}

/**
 * Calls `beat` (which writes the heartbeat) every HEARTBEAT_INTERVAL_MS until stopped. A failed
 * beat (the database is away) is ignored: the next one tries again, and if none gets through the
 * record goes stale and reads as INTERRUPTED, which is the truth.
 */
export function startHeartbeat(beat: () => Promise<unknown>, intervalMs = HEARTBEAT_INTERVAL_MS): Heartbeat {
  let inFlight: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(beat).catch(() => undefined);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
    },
  };
}
