/**
 * The API process seals the audit log in the background: every few seconds, whatever the write
 * paths of any process (API, imports from the command line) appended since. A failed round is
 * reported and retried at the next tick; the events wait, unsealed, in the meantime.
 */
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { parseSettings } from "../config/configuration-error.ts";
import { sealAuditLog } from "./seal-audit-log.ts";

export interface AuditSealSettings {
  intervalMs: number;
  /** Where each new chain head is appended, outside the database (none: no anchors). */
  anchorFile?: string;
}

const settingsSchema = z.object({
  AUDIT_SEAL_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
});

export function auditSealSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuditSealSettings {
  const s = parseSettings(settingsSchema, env, "audit sealing settings");
  return { intervalMs: s.AUDIT_SEAL_INTERVAL_SECONDS * 1000, anchorFile: s.AUDIT_ANCHOR_FILE };
}

export interface AuditSealer {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

export function startAuditSealer(driver: Driver, settings: AuditSealSettings, log: (line: string) => void = console.error): AuditSealer {
  let round: Promise<void> | null = null;
  let lastError = "";
  const timer = setInterval(() => {
    if (round) return;
    round = sealAuditLog(driver, { anchorFile: settings.anchorFile })
      .then(
        () => {
          lastError = "";
        },
        (err: unknown) => {
          const message = err instanceof Error ? err.message : String(err);
          // One line per new problem, not one per tick while the database is away.
          if (message !== lastError) log(`audit sealing failed, retrying every ${settings.intervalMs / 1000} s: ${message}`);
          lastError = message;
        },
      )
      .finally(() => {
        round = null;
      });
  }, settings.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await round;
    },
  };
}
