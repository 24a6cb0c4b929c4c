/**
 * `(:Import)` nodes: the record of every import (who, when, file, checksum, mode, counts,
 * status) and the live progress a job query reads. A RUNNING import whose heartbeat stopped is
 * reported as INTERRUPTED (its process died; all-or-nothing imports then applied nothing).
 * The roll-up refresh after the import committed has a status of its own
 * (`rollupRefresh*` properties, see rollup-refresh.ts), reported the same way.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { CypherRunner } from "../db/cypher-runner.ts";
import { heartbeatParams, LIVE_STATUS } from "../db/job-heartbeat.ts";
import { toNative } from "../db/to-native.ts";

export type ImportStatus = "RUNNING" | "VALIDATED" | "SUCCEEDED" | "COMPLETED_WITH_ERRORS" | "REJECTED" | "FAILED" | "INTERRUPTED";
export type ImportMode = "dry-run" | "all-or-nothing" | "partial";
export type ImportPhase = "VALIDATING" | "WRITING" | "DONE";
export type RollupRefreshStatus = "RUNNING" | "DONE" | "FAILED" | "INTERRUPTED";

export interface ImportCounts {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  endDated: number;
  rejected: number;
}

export interface ImportRecord extends ImportCounts {
  id: string;
  kind: string;
  fileName: string;
  checksum: string;
  mode: ImportMode;
  snapshot: boolean;
  force: boolean;
  actor: string;
  requestId: string;
  status: ImportStatus;
  phase: ImportPhase;
  rowsDone: number;
  rowsTotal: number | null;
  problemCount: number;
  warnings: string[];
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
  heartbeatAt: string;
  /** Null when the import changed nothing a roll-up reads. */
  rollupRefresh: RollupRefreshStatus | null;
  /** Re-materialize every materialized metric-period (too many changed entities to refresh incrementally). */
  rollupRefreshFull: boolean | null;
  /** How many entities' ancestors an incremental refresh recomputes. */
  rollupRefreshEntities: number | null;
  rollupRefreshAttempts: number | null;
  rollupRefreshError: string | null;
  /** When the refresh last started or finished. */
  rollupRefreshAt: string | null;
}

/**
 * A new import, or a queued one starting (import-queue.ts): a job resumed after its instance died
 * keeps what its committed batches counted (`written*`, partial imports only).
 */
const START_IMPORT = `
MERGE (i:Import {id: $id})
ON CREATE SET i += {kind: $kind, fileName: $fileName, checksum: $checksum, mode: $mode, snapshot: $snapshot, force: $force,
  actor: $actor, requestId: $requestId, status: 'RUNNING', rowsRead: 0, created: 0, updated: 0, unchanged: 0, endDated: 0,
  rejected: 0, problemCount: 0, warnings: [], startedAt: datetime()}
SET i.phase = 'VALIDATING', i.rowsDone = 0, i.rowsTotal = null, i.heartbeatAt = datetime()
RETURN {created: coalesce(i.writtenCreated, 0), updated: coalesce(i.writtenUpdated, 0), endDated: coalesce(i.writtenEndDated, 0)} AS written`;

/** What one committed batch of a partial import wrote; in the batch's transaction. */
const COUNT_WRITTEN = `
MATCH (i:Import {id: $id})
SET i.writtenCreated = coalesce(i.writtenCreated, 0) + $created, i.writtenUpdated = coalesce(i.writtenUpdated, 0) + $updated,
  i.writtenEndDated = coalesce(i.writtenEndDated, 0) + $endDated`;

const PROGRESS = `
MATCH (i:Import {id: $id}) WHERE i.status = 'RUNNING'
SET i.phase = $phase, i.rowsDone = $rowsDone, i.rowsTotal = $rowsTotal, i.heartbeatAt = datetime()`;

const FINISH = `
MATCH (i:Import {id: $id})
SET i += $fields, i.phase = 'DONE', i.finishedAt = datetime(), i.heartbeatAt = datetime()`;

/**
 * What readers see: both statuses live (a dead job's RUNNING reads INTERRUPTED, a queued one RUNNING);
 * the refresh's seeds and the queue's bookkeeping stay inside.
 */
const IMPORT_VIEW = `i {.*, status: CASE WHEN i.queue = 'QUEUED' THEN 'RUNNING' ELSE ${LIVE_STATUS("i.status", "i.heartbeatAt")} END,
  rollupRefresh: ${LIVE_STATUS("i.rollupRefresh", "i.rollupRefreshHeartbeatAt")},
  rollupRefreshSeeds: null, rollupRefreshHeartbeatAt: null}`;

const GET_IMPORT = `
MATCH (i:Import {id: $id})
RETURN ${IMPORT_VIEW} AS i`;

const LIST_IMPORTS = `
MATCH (i:Import)
RETURN ${IMPORT_VIEW} AS i
ORDER BY i.startedAt DESC LIMIT $limit`;

/** Rows written by earlier attempts of the same import (a resumed job), by action. */
export interface WrittenCounts {
  created: number;
  updated: number;
  endDated: number;
}

/** Records the import as RUNNING (creating the record unless it was queued); returns what earlier attempts wrote. */
export async function startImportRecord(
  driver: Driver,
  r: Pick<ImportRecord, "id" | "kind" | "fileName" | "checksum" | "mode" | "snapshot" | "force" | "actor" | "requestId">,
): Promise<WrittenCounts> {
  const { records } = await driver.executeQuery(START_IMPORT, { ...r });
  return toNative(records[0]!.get("written")) as WrittenCounts;
}

export async function countWritten(run: CypherRunner, id: string, written: WrittenCounts): Promise<void> {
  await run(COUNT_WRITTEN, { id, ...written });
}

export async function recordProgress(
  driver: Driver,
  id: string,
  phase: ImportPhase,
  rowsDone: number,
  rowsTotal: number | null,
): Promise<void> {
  await driver.executeQuery(PROGRESS, { id, phase, rowsDone, rowsTotal });
}

export type FinishFields = Partial<Omit<ImportRecord, "id" | "startedAt" | "finishedAt" | "heartbeatAt">>;

/** Final state; inside the import's own transaction for all-or-nothing, so the record and the data commit together. */
export async function finishImportRecord(run: CypherRunner, id: string, fields: FinishFields): Promise<void> {
  await run(FINISH, { id, fields });
}

export async function getImportRecord(driver: Driver, id: string): Promise<ImportRecord | null> {
  const result = await driver.executeQuery(GET_IMPORT, { id, ...heartbeatParams() }, { routing: "READ" });
  const row = result.records[0];
  return row ? (toNative(row.get("i")) as ImportRecord) : null;
}

export async function listImportRecords(driver: Driver, limit: number): Promise<ImportRecord[]> {
  const result = await driver.executeQuery(
    LIST_IMPORTS,
    { ...heartbeatParams(), limit: neo4j.int(Math.trunc(limit)) },
    { routing: "READ" },
  );
  return result.records.map((r) => toNative(r.get("i")) as ImportRecord);
}
