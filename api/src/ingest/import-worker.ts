/**
 * The import worker each API instance runs (unless IMPORT_WORKER=off): it runs the jobs its
 * instance claimed when they were uploaded, and every poll interval claims the oldest queued job,
 * or one whose instance died, while it has a free slot (MAX_CONCURRENT_IMPORTS). While a job
 * runs, its lease is renewed; a resumed job re-validates the file and writes only the rows not
 * yet stored (the resume path of docs/FAULTS.md), so nothing is written twice.
 */
import type { Driver } from "neo4j-driver";
import type { ImportWorkerSettings } from "../config/import-worker-settings.ts";
import { startHeartbeat } from "../db/job-heartbeat.ts";
import { driverRunner } from "../db/cypher-runner.ts";
import { finishImportRecord } from "./import-record.ts";
import { claimOldestJob, markJobDone, renewLease, type Claimant, type QueuedJob } from "./import-queue.ts";
import type { ImportStorage } from "./import-storage.ts";
import { runImport, type ImportSummary } from "./run-import.ts";

/** Runs a job this instance claimed, records how it ended, and releases the claim. */
export async function runClaimedJob(
  driver: Driver,
  storage: ImportStorage,
  job: QueuedJob,
  settings: Pick<ImportWorkerSettings, "instanceId" | "leaseMs" | "batchSize">,
): Promise<void> {
  const claimant: Claimant = settings;
  const renew = async () => {
    // Another instance took the job over after this one missed its lease (a pause longer than IMPORT_LEASE_SECONDS).
    if (!(await renewLease(driver, job.id, claimant))) console.error(`import ${job.id}: lease lost to another instance`);
  };
  const lease = startHeartbeat(renew, Math.max(50, Math.floor(settings.leaseMs / 3)));
  try {
    const summary = await runImport(driver, {
      kind: job.kind,
      filePath: await storage.uploadFile(job.id, job.fileName),
      fileName: job.fileName,
      importId: job.id,
      mode: job.mode,
      snapshot: job.snapshot,
      force: job.force,
      snapshotMaxShare: job.snapshotMaxShare ?? undefined,
      snapshotPrefix: job.snapshotPrefix ?? undefined,
      levelPairs: job.levelPairs,
      actor: job.actor,
      requestId: job.requestId,
      batchSize: settings.batchSize,
    });
    await writeReport(storage, summary);
  } catch (err) {
    console.error(`import ${job.id} failed`, err);
    const message = `The import failed: ${err instanceof Error ? err.message : String(err)}.`;
    await finishImportRecord(driverRunner(driver), job.id, { status: "FAILED", message }).catch(() => undefined);
  } finally {
    await lease.stop();
    await markJobDone(driver, job.id, claimant).catch((err: unknown) =>
      console.error(`import ${job.id}: could not release its claim`, err),
    );
  }
}

/** The error report of a finished import that found problems. */
async function writeReport(storage: ImportStorage, summary: ImportSummary): Promise<void> {
  if (summary.problemCount === 0 && summary.status !== "REJECTED") return;
  const notes = [
    summary.problems.length ? null : summary.message,
    summary.problemCount > summary.problems.length
      ? `${summary.problemCount - summary.problems.length} further problems are not listed`
      : null,
  ];
  await storage.writeErrorReport(
    summary.importId,
    summary.problems,
    notes.filter((n): n is string => n !== null),
  );
}

export interface ImportWorker {
  /** Stops looking for jobs (jobs running go on until the process ends; their leases then run out). */
  stop(): void;
}

/**
 * Polls for claimable jobs. `takeSlot` returns a release function, or null when this instance
 * runs as many imports as it may.
 */
export function startImportWorker(
  driver: Driver,
  storage: ImportStorage,
  settings: ImportWorkerSettings,
  takeSlot: () => (() => void) | null,
): ImportWorker {
  let stopped = false;
  let polling = false;
  const poll = async () => {
    if (polling || stopped) return;
    polling = true;
    try {
      for (;;) {
        const release = takeSlot();
        if (!release) return;
        const job = await claimOldestJob(driver, { ...settings, storage: storage.location }).catch((err: unknown) => {
          console.error("import worker: claiming a job failed", err);
          return null;
        });
        if (!job) {
          release();
          return;
        }
        void runClaimedJob(driver, storage, job, settings).finally(release);
      }
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), settings.pollIntervalMs);
  timer.unref();
  void poll();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
