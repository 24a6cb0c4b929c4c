/**
 * Import jobs started over GraphQL: the upload is stored under the import directory
 * (`IMPORT_DIR`, default `.data/imports/` in the repository; share it between API instances),
 * imported in the background, and its error report written beside it. Status and progress
 * live on the `(:Import)` record, so any API instance can answer the job query.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { paths } from "../config/paths.ts";
import { processDriver } from "../db/request-scoped-driver.ts";
import { ConcurrencySlots } from "../graphql/concurrency-slots.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import { writeErrorReport } from "./error-report.ts";
import type { ImportRecord } from "./import-record.ts";
import type { KindName } from "./kinds/index.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { claimRollupRefresh, runRollupRefresh } from "./rollup-refresh.ts";
import { runImport, type ImportRequest } from "./run-import.ts";

const jobFolder = (id: string) => path.join(paths.imports(), id);
export const errorReportPath = (id: string) => path.join(jobFolder(id), "errors.csv");
export const errorReportUrl = (id: string) => `/imports/${encodeURIComponent(id)}/errors.csv`;

/** Import ids are UUIDs we generate; anything else never reaches the file system. */
export const isImportId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

export interface UploadedFile {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

export interface StartJobRequest extends Omit<ImportRequest, "filePath" | "fileName" | "importId" | "onProgress"> {
  kind: KindName;
  file: UploadedFile;
}

/** Imports this API instance runs at once (MAX_CONCURRENT_IMPORTS); the CLI is not counted. */
const importSlots = new ConcurrencySlots(
  z.coerce.number().int().positive().default(2).parse(process.env.MAX_CONCURRENT_IMPORTS),
  (running) =>
    new DomainError(
      ErrorCode.RATE_LIMITED,
      `${running} imports are running on this API instance, the most it runs at once (MAX_CONCURRENT_IMPORTS); start this one when one has finished.`,
      { retryAfterSeconds: 60 },
    ),
);

/**
 * Stores the upload, starts the import without waiting for it, and resolves once its record
 * exists. The job outlives the request, so it runs on the process's driver, without the
 * request's time budget; its slot is freed when it ends.
 */
export async function startImportJob(requestDriver: Driver, req: StartJobRequest): Promise<string> {
  const release = importSlots.take();
  try {
    return await storeAndStart(processDriver(requestDriver), req, release);
  } catch (err) {
    release();
    throw err;
  }
}

async function storeAndStart(driver: Driver, req: StartJobRequest, finished: () => void): Promise<string> {
  const importId = randomUUID();
  await mkdir(jobFolder(importId), { recursive: true });
  const filePath = path.join(jobFolder(importId), `upload${path.extname(req.file.name).toLowerCase() || ".csv"}`);
  await saveUpload(req.file, filePath);

  let recorded!: () => void;
  const created = new Promise<void>((resolve) => (recorded = resolve));
  const { file, ...options } = req;
  const done = runImport(driver, {
    ...options,
    filePath,
    fileName: file.name,
    importId,
    onProgress: () => recorded(),
  }).then(async (summary) => {
    if (summary.problemCount > 0 || summary.status === "REJECTED") {
      const notes = [
        summary.problems.length ? null : summary.message,
        summary.problemCount > summary.problems.length
          ? `${summary.problemCount - summary.problems.length} further problems are not listed`
          : null,
      ];
      await writeErrorReport(
        errorReportPath(importId),
        summary.problems,
        notes.filter((n): n is string => n !== null),
      );
    }
  });
  done
    .catch((err: unknown) => console.error(`import ${importId} failed`, err))
    .finally(() => {
      finished();
      recorded();
    });
  await created;
  return importId;
}

/** Streams the upload to disk. Yoga hands over a web-standard File (its own ponyfill), so read it through the reader interface. */
async function saveUpload(file: UploadedFile, filePath: string): Promise<void> {
  const reader = file.stream().getReader();
  const chunks = async function* () {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  };
  await pipeline(Readable.from(chunks()), createWriteStream(filePath));
}

/** The GraphQL view of an import record. */
export function jobView(r: ImportRecord) {
  const finished = r.status !== "RUNNING" && r.status !== "INTERRUPTED";
  return {
    ...r,
    kind: r.kind.toUpperCase(),
    mode: r.mode.replace(/-/g, "_").toUpperCase(),
    errorReportUrl: finished && existsSync(errorReportPath(r.id)) ? errorReportUrl(r.id) : null,
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
  const file = errorReportPath(id);
  if (!isImportId(id) || !existsSync(file)) return [];
  const problems: RowProblem[] = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true }));
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
