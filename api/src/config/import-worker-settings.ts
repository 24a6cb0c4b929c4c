import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { parseSettings } from "./configuration-error.ts";

/** How this API instance takes part in running queued import jobs (see docs/SCALING.md). */
export interface ImportWorkerSettings {
  /** IMPORT_WORKER: whether this instance claims and runs queued imports (default on). */
  enabled: boolean;
  /** Names this instance on the jobs it claims: host, process id and a random part. */
  instanceId: string;
  /** IMPORT_LEASE_SECONDS: a claimed job whose lease was not renewed for this long is reclaimed by another instance. */
  leaseMs: number;
  /** IMPORT_POLL_INTERVAL_MS: how often an idle worker looks for a queued job. */
  pollIntervalMs: number;
  /** IMPORT_BATCH_SIZE: rows per write batch (per transaction in partial mode). */
  batchSize: number;
}

const schema = z.object({
  IMPORT_WORKER: z.enum(["on", "off", "true", "false"]).default("on"),
  IMPORT_LEASE_SECONDS: z.coerce.number().positive().max(3_600).default(30),
  IMPORT_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5_000),
});

export function importWorkerSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportWorkerSettings {
  const s = parseSettings(schema, env, "import worker settings");
  return {
    enabled: s.IMPORT_WORKER === "on" || s.IMPORT_WORKER === "true",
    instanceId: `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    leaseMs: Math.round(s.IMPORT_LEASE_SECONDS * 1000),
    pollIntervalMs: s.IMPORT_POLL_INTERVAL_MS,
    batchSize: s.IMPORT_BATCH_SIZE,
  };
}
