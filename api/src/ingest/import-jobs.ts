/**
 * Import jobs started over GraphQL: the upload is stored in the import storage shared by the API
 * instances (import-storage.ts), the job is recorded on its `(:Import)` record as queued
 * (import-queue.ts) and run by an import worker (import-worker.ts): this instance's, which claims
 * it at once when it has a free slot, or another instance's. Status and progress live on the
 * record and the error report in the shared storage, so any instance answers for any job.
 */
import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { parse } from "csv-parse";
import { z } from "zod";
import { importWorkerSettingsFromEnv, type ImportWorkerSettings } from "../config/import-worker-settings.ts";
import { processDriver } from "../db/request-scoped-driver.ts";
import { ConcurrencySlots } from "../graphql/concurrency-slots.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import type { ImportRecord } from "./import-record.ts";
import { enqueueImport } from "./import-queue.ts";
import { importStorage } from "./import-storage.ts";
import { runClaimedJob, startImportWorker, type ImportWorker } from "./import-worker.ts";
import type { KindName } from "./kinds/index.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { claimRollupRefresh, runRollupRefresh } from "./rollup-refresh.ts";
import type { ImportRequest } from "./run-import.ts";

export const errorReportUrl = (id: string) => `/imports/${encodeURIComponent(id)}/errors.csv`;

/** Import ids are UUIDs we generate; anything else never reaches the storage. */
export const isImportId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

export interface UploadedFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

export interface StartJobRequest extends Omit<ImportRequest, "filePath" | "fileName" | "importId" | "onProgress" | "batchSize"> {
  kind: KindName;
  file: UploadedFile;
}

/** Imports this API instance runs or receives at once (MAX_CONCURRENT_IMPORTS); the CLI is not counted. */
const importSlots = new ConcurrencySlots(
  z.coerce.number().int().positive().default(2).parse(process.env.MAX_CONCURRENT_IMPORTS),
  (running) =>
    new DomainError(
      ErrorCode.RATE_LIMITED,
      `${running} imports are running on this API instance, the most it runs at once (MAX_CONCURRENT_IMPORTS); start this one when one has finished.`,
      { retryAfterSeconds: 60 },
    ),
);

let workerSettings: ImportWorkerSettings | undefined;
const settings = () => (workerSettings ??= importWorkerSettingsFromEnv());

/**
 * Stores the upload and records the job; this instance claims and runs it (in the background,
 * without the request's time budget, on the process's driver) unless IMPORT_WORKER=off, in which
 * case another instance's worker will. Resolves once the record exists.
 */
export async function startImportJob(requestDriver: Driver, req: StartJobRequest): Promise<string> {
  const release = importSlots.take();
  try {
    const driver = processDriver(requestDriver);
    const importId = randomUUID();
    const { file, ...options } = req;
    const { checksum } = await importStorage.saveUpload(importId, file.name, readChunks(file));
    const job = {
      id: importId,
      kind: options.kind,
      fileName: file.name,
      checksum,
      mode: options.mode,
      snapshot: options.snapshot ?? false,
      force: options.force ?? false,
      snapshotMaxShare: options.snapshotMaxShare ?? null,
      snapshotPrefix: options.snapshotPrefix ?? null,
      levelPairs: [...(options.levelPairs ?? [])],
      actor: options.actor,
      requestId: options.requestId ?? randomUUID(),
      storage: importStorage.location,
    };
    const s = settings();
    const attempts = await enqueueImport(driver, job, s.enabled ? s : null);
    if (attempts === 0) release();
    else void runClaimedJob(driver, importStorage, { ...job, attempts }, s).finally(release);
    return importId;
  } catch (err) {
    release();
    throw err;
  }
}

/** Starts this instance's worker for jobs queued elsewhere or left by a dead instance; null with IMPORT_WORKER=off. */
export function startProcessImportWorker(driver: Driver): ImportWorker | null {
  const s = settings();
  if (!s.enabled) return null;
  return startImportWorker(processDriver(driver), importStorage, s, () => {
    try {
      return importSlots.take();
    } catch {
      return null;
    }
  });
}

/** Yoga hands over a web-standard File (its own ponyfill), so read it through the reader interface. */
async function* readChunks(file: UploadedFile): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** The GraphQL view of an import record. */
export async function jobView(r: ImportRecord) {
  const finished = r.status !== "RUNNING" && r.status !== "INTERRUPTED";
  return {
    ...r,
    kind: r.kind.toUpperCase(),
    mode: r.mode.replace(/-/g, "_").toUpperCase(),
    errorReportUrl: finished && (await importStorage.hasErrorReport(r.id)) ? errorReportUrl(r.id) : null,
    rollupRefresh: r.rollupRefresh && {
      status: r.rollupRefresh,
      full: r.rollupRefreshFull ?? false,
      entities: r.rollupRefreshEntities ?? 0,
      attempts: r.rollupRefreshAttempts ?? 1,
      error: r.rollupRefreshError,
      at: r.rollupRefreshAt,
    },
  };
}

/**
 * Retries an import's FAILED or INTERRUPTED roll-up refresh in the background, on the process's
 * driver (it outlives the request); resolves once the refresh is claimed (RUNNING).
 */
export async function retryRollupRefreshJob(requestDriver: Driver, importId: string): Promise<void> {
  const driver = processDriver(requestDriver);
  const plan = await claimRollupRefresh(driver, importId);
  void runRollupRefresh(driver, importId, plan).then(({ status, error }) => {
    if (status === "FAILED") console.error(`roll-up refresh of import ${importId} failed again: ${error}`);
  });
}

/** The first `limit` problems of a finished job's error report. */
export async function readProblems(id: string, limit: number): Promise<RowProblem[]> {
  const report = isImportId(id) ? await importStorage.openErrorReport(id) : null;
  if (!report) return [];
  const problems: RowProblem[] = [];
  const parser = report.pipe(parse({ columns: true, bom: true }));
  for await (const r of parser as AsyncIterable<Record<string, string>>) {
    if (problems.length >= limit) break;
    problems.push({
      row: Number(r.row),
      column: r.column ?? "",
      value: unneutralize(r.value ?? ""),
      message: unneutralize(r.message ?? ""),
    });
  }
  parser.destroy();
  return problems;
}

/** The report stores formula-like cells with a leading apostrophe; the API returns what was in the file. */
const unneutralize = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
