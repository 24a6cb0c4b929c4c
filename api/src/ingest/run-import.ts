/**
 * One import from start to finish: record it, validate the whole file (pass 1), then, unless
 * it is a dry run or all-or-nothing found problems, stream the file again and write it
 * (pass 2). All-or-nothing writes everything, the snapshot end-dating, the audit events and the
 * final record in ONE transaction: if the process or Neo4j dies, nothing is applied. Partial
 * writes each batch in its own transaction; every write is an upsert by key, so re-running an
 * interrupted partial import completes it without duplicates. The roll-up refresh runs after
 * the commit, with a status of its own (rollup-refresh.ts): a failed refresh never makes a
 * committed import read as failed.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Driver } from "neo4j-driver";
import { driverRunner, transactionRunner, type CypherRunner } from "../db/cypher-runner.ts";
import { HEARTBEAT_INTERVAL_MS } from "../db/job-heartbeat.ts";
import type { AuditContext } from "../model/audit-event.ts";
import {
  countWritten,
  finishImportRecord,
  recordProgress,
  type ImportCounts,
  type ImportMode,
  type ImportPhase,
  type ImportStatus,
  startImportRecord,
  type WrittenCounts,
} from "./import-record.ts";
import { IMPORT_KINDS, type KindName } from "./kinds/index.ts";
import { levelRules } from "../model/level-rules.ts";
import { formatOf, readRecords } from "./read-records.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { MAX_INCREMENTAL_SEEDS, recordRefreshPlan, refreshPlan, runRollupRefresh, type RefreshOutcome } from "./rollup-refresh.ts";
import { validateFile, type Validation } from "./validate-file.ts";

export interface ImportRequest {
  kind: KindName;
  filePath: string;
  /** The name the user knows the file by (uploads are stored under another path). */
  fileName: string;
  mode: ImportMode;
  snapshot?: boolean;
  force?: boolean;
  snapshotMaxShare?: number;
  /** Limits a snapshot to existing records whose id starts with this (e.g. one vendor's id namespace). */
  snapshotPrefix?: string;
  /** Extra `CHILD>PARENT` level pairs (see level-rules.ts). */
  levelPairs?: readonly string[];
  actor: string;
  requestId?: string;
  importId?: string;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  /** REFRESHING: the import committed and its roll-up refresh starts. */
  phase: ImportPhase | "REFRESHING";
  rowsDone: number;
  rowsTotal: number | null;
}

export interface ImportSummary extends ImportCounts {
  importId: string;
  kind: KindName;
  fileName: string;
  checksum: string;
  mode: ImportMode;
  snapshot: boolean;
  status: ImportStatus;
  message: string;
  warnings: string[];
  problems: RowProblem[];
  problemCount: number;
  durationMs: number;
  /** The roll-up refresh after the commit; null when nothing roll-ups read changed (or nothing was written). */
  rollupRefresh: RefreshOutcome | null;
}

export const DEFAULT_SNAPSHOT_MAX_SHARE = 0.1;
const DEFAULT_BATCH = 5_000;
const BATCHES_IN_FLIGHT = 2;

export async function runImport(driver: Driver, req: ImportRequest): Promise<ImportSummary> {
  const started = Date.now();
  const importId = req.importId ?? randomUUID();
  const snapshot = req.snapshot ?? false;
  const checksum = await sha256Of(req.filePath);
  const audit: AuditContext = {
    actor: req.actor,
    origin: "IMPORT",
    importId,
    changeId: null,
    requestId: req.requestId ?? randomUUID(),
    reason: `${req.mode} import of ${req.kind} from ${req.fileName}`,
  };
  // A queued job resumed after its instance died: what its committed batches wrote counts too.
  const written = await startImportRecord(driver, {
    id: importId,
    kind: req.kind,
    fileName: req.fileName,
    checksum,
    mode: req.mode,
    snapshot,
    force: req.force ?? false,
    actor: req.actor,
    requestId: audit.requestId,
  });

  const progress = new ProgressReporter(driver, importId, req.onProgress);
  const counts: ImportCounts = { rowsRead: 0, created: 0, updated: 0, unchanged: 0, endDated: 0, rejected: 0 };
  let validation: Validation | undefined;
  const summary = (status: ImportStatus, message: string): ImportSummary => ({
    importId,
    kind: req.kind,
    fileName: req.fileName,
    checksum,
    mode: req.mode,
    snapshot,
    status,
    message,
    ...counts,
    warnings: validation?.warnings ?? [],
    problems: validation?.problems ?? [],
    problemCount: validation?.problemCount ?? 0,
    durationMs: Date.now() - started,
    rollupRefresh: null,
  });
  const finishFields = (s: ImportSummary) => ({
    status: s.status,
    message: s.message,
    ...counts,
    problemCount: s.problemCount,
    warnings: s.warnings,
    rowsDone: counts.rowsRead - counts.rejected,
    rowsTotal: counts.rowsRead - counts.rejected,
  });

  try {
    validation = await validateFile(driver, {
      kind: req.kind,
      filePath: req.filePath,
      format: formatOf(req.fileName),
      rules: levelRules(req.levelPairs),
      snapshot,
      snapshotMaxShare: req.snapshotMaxShare ?? DEFAULT_SNAPSHOT_MAX_SHARE,
      snapshotPrefix: req.snapshotPrefix ?? "",
      force: req.force ?? false,
      onProgress: (rows) => progress.report("VALIDATING", rows, null),
    });
    counts.rowsRead = validation.rowsRead;
    counts.rejected = validation.rejectedRows.size;

    const rejected = validation.fatal ? "REJECTED" : null;
    if (rejected || (req.mode !== "partial" && validation.problemCount > 0) || req.mode === "dry-run") {
      const ok = !validation.fatal && validation.problemCount === 0;
      const status: ImportStatus = ok ? "VALIDATED" : "REJECTED";
      const message =
        validation.fatal ??
        (ok
          ? `Dry run: ${counts.rowsRead} rows are valid; nothing was written.`
          : `${validation.problemCount} problem${validation.problemCount === 1 ? "" : "s"} in ${counts.rejected} row${counts.rejected === 1 ? "" : "s"}; nothing was written.`);
      if (validation.fatal) counts.rejected = counts.rowsRead;
      const s = summary(status, message);
      await finishImportRecord(driverRunner(driver), importId, finishFields(s));
      return s;
    }

    const toWrite = counts.rowsRead - counts.rejected;
    let seeds = new Set<string>();
    const write = async (run: CypherRunner) => {
      const writeRun = req.mode === "partial" ? countedBatches(driver, importId) : run;
      const outcome = await writeFile(run, writeRun, req, validation!, audit, written, req.batchSize ?? DEFAULT_BATCH, (done) =>
        progress.report("WRITING", done, toWrite),
      );
      Object.assign(counts, {
        created: outcome.created,
        updated: outcome.updated,
        endDated: outcome.endDated,
        unchanged: toWrite - outcome.created - outcome.updated,
      });
      seeds = outcome.seeds;
    };
    const finalSummary = () => {
      const changed = counts.created + counts.updated + counts.endDated;
      const status: ImportStatus = counts.rejected > 0 ? "COMPLETED_WITH_ERRORS" : "SUCCEEDED";
      const message =
        `${changed === 0 ? "0 changed" : `${changed} changed`}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
        `${counts.endDated} end-dated${counts.rejected ? `, ${counts.rejected} rows rejected (see the error report)` : ""}.`;
      return summary(status, message);
    };

    const finish = async (run: CypherRunner) => {
      const s = finalSummary();
      await finishImportRecord(run, importId, finishFields(s));
      // The seeds of an earlier attempt's batches are gone: a resumed import refreshes everything.
      const resumed = written.created + written.updated + written.endDated > 0;
      const plan = resumed ? { full: true, seeds: [] } : refreshPlan(seeds);
      if (plan) await recordRefreshPlan(run, importId, plan);
      return { s, plan };
    };
    let finished: Awaited<ReturnType<typeof finish>> | undefined;
    if (req.mode === "all-or-nothing") {
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          await write(transactionRunner(tx));
          finished = await finish(transactionRunner(tx));
        });
      } finally {
        await session.close();
      }
    } else {
      await write(driverRunner(driver));
      finished = await finish(driverRunner(driver));
    }
    const { s, plan } = finished!;
    if (!plan) return s;
    req.onProgress?.({ phase: "REFRESHING", rowsDone: 0, rowsTotal: null });
    return { ...s, rollupRefresh: await runRollupRefresh(driver, importId, plan) };
  } catch (err) {
    const message = failureMessage(err, req.mode);
    const s = summary("FAILED", message);
    await finishImportRecord(driverRunner(driver), importId, finishFields(s)).catch(() => undefined);
    return s;
  } finally {
    progress.stop();
  }
}

function failureMessage(err: unknown, mode: ImportMode): string {
  const code = (err as { code?: string }).code;
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" && mode === "all-or-nothing") {
    return (
      "The file is too large for one transaction on this Neo4j server (dbms.memory.transaction.total.max); nothing was written. " +
      "Import it in partial mode (idempotent: re-running completes it) or give Neo4j more heap."
    );
  }
  const reason = `The import failed: ${err instanceof Error ? err.message : String(err)}.`;
  return mode === "all-or-nothing"
    ? `${reason} Nothing was written.`
    : `${reason} Rows written so far stay; re-run the same file to complete it.`;
}

interface WriteOutcome {
  created: number;
  updated: number;
  endDated: number;
  /** Entities whose roll-up inputs changed (parents of changed edges, entities with changed values). */
  seeds: Set<string>;
}

type WriteRecords = readonly { get(key: string): unknown }[];

/** The rows a write statement's records report per action. */
function countActions(records: WriteRecords): WrittenCounts {
  const counts: WrittenCounts = { created: 0, updated: 0, endDated: 0 };
  for (const r of records) {
    const n = Number(r.get("rows"));
    const action = r.get("action");
    if (action === "CREATE") counts.created += n;
    else if (action === "UPDATE") counts.updated += n;
    else if (action === "END") counts.endDated += n;
  }
  return counts;
}

/**
 * Partial mode: each batch in a transaction of its own that also adds what it wrote to the
 * import record, so a resumed job counts the batches of the attempt that died.
 */
function countedBatches(driver: Driver, importId: string): CypherRunner {
  return async (query, params) => {
    const session = driver.session({ defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite(async (tx) => {
        const { records } = await tx.run(query, params);
        await countWritten(transactionRunner(tx), importId, countActions(records));
        return records;
      });
    } finally {
      await session.close();
    }
  };
}

/**
 * Pass 2: re-reads the file, skips rejected rows and rows stored as they are, writes in batches
 * grouped by query (with `writeRun`; the kind's follow-up statements with `run`).
 */
async function writeFile(
  run: CypherRunner,
  writeRun: CypherRunner,
  req: ImportRequest,
  v: Validation,
  audit: AuditContext,
  earlier: WrittenCounts,
  batchSize: number,
  onRows: (done: number) => void,
): Promise<WriteOutcome> {
  const kind = IMPORT_KINDS[req.kind];
  const outcome: WriteOutcome = { ...earlier, seeds: new Set() };
  const groups = new Map<string, { query: string; rows: Record<string, unknown>[] }>();
  let done = 0;
  const tally = (records: WriteRecords) => {
    const counts = countActions(records);
    outcome.created += counts.created;
    outcome.updated += counts.updated;
    outcome.endDated += counts.endDated;
    for (const r of records) {
      if (outcome.seeds.size <= MAX_INCREMENTAL_SEEDS) for (const id of r.get("seeds") as string[]) outcome.seeds.add(id);
    }
  };
  // Two batches in flight: concurrent transactions in partial mode, pipelined statements of the one transaction otherwise.
  const inFlight = new Set<Promise<void>>();
  const flush = async (group: { query: string; rows: Record<string, unknown>[] }) => {
    if (group.rows.length === 0) return;
    const rows = group.rows;
    group.rows = [];
    const write = writeRun(group.query, { rows, audit }).then(async (records) => {
      tally(records);
      await kind.afterBatch?.(run, records);
      done += rows.length;
      onRows(done);
    });
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write)).catch(() => undefined);
    if (inFlight.size >= BATCHES_IN_FLIGHT) await Promise.race(inFlight);
  };

  for await (const record of readRecords(req.filePath, formatOf(req.fileName), () => undefined)) {
    if (v.rejectedRows.has(record.row)) continue;
    // Rows stored exactly so before (a re-import) would change nothing: not parsed again, not sent.
    if (v.storedRows.has(record.row)) {
      if (++done % batchSize === 0) onRows(done);
      continue;
    }
    const parsed = kind.schema.safeParse(record.values);
    if (!parsed.success) throw new Error(`row ${record.row} changed between validation and writing; is the file being modified?`);
    const w = kind.write(parsed.data, v.kindOf);
    let group = groups.get(w.group);
    if (!group) {
      group = { query: w.query, rows: [] };
      groups.set(w.group, group);
    }
    group.rows.push(w.params);
    if (group.rows.length >= batchSize) await flush(group);
  }
  for (const group of groups.values()) await flush(group);
  await Promise.all(inFlight);

  if (v.snapshot && kind.snapshot) {
    for (let i = 0; i < v.snapshot.endIds.length; i += batchSize) {
      tally(await writeRun(kind.snapshot.endDateQuery, { ids: v.snapshot.endIds.slice(i, i + batchSize), audit }));
    }
  }
  return outcome;
}

/** Calls back on every report and writes a heartbeat to the import record at most every HEARTBEAT_INTERVAL_MS. */
class ProgressReporter {
  private lastWrite = 0;
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly driver: Driver,
    private readonly importId: string,
    private readonly onProgress?: (p: ImportProgress) => void,
  ) {}

  report(phase: ImportPhase, rowsDone: number, rowsTotal: number | null): void {
    this.onProgress?.({ phase, rowsDone, rowsTotal });
    const now = Date.now();
    if (this.stopped || now - this.lastWrite < HEARTBEAT_INTERVAL_MS) return;
    this.lastWrite = now;
    this.writing = this.writing.then(() => recordProgress(this.driver, this.importId, phase, rowsDone, rowsTotal)).catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
  }
}

async function sha256Of(filePath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
