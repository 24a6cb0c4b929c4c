/**
 * `(:InfluenceRun)` records and the switch readers follow. The measures live on every HCP in two
 * slots, `influence0` and `influence1` (each `[pagerank, influencePercentile, reach,
 * networkValue]`); `(:InfluenceCurrent)` names the slot of the last complete run and is the
 * only thing readers follow (CURRENT_INFLUENCE in model/cypher-fragments.ts, the HCP fields of
 * hierarchy/type-defs.graphql). A run writes the other slot in batches and, once every batch is
 * in, switches the pointer in one small transaction. A run that dies mid-way (its process or
 * Neo4j) has touched only the slot nobody reads: readers keep the previous complete run, the
 * record stays RUNNING and reads INTERRUPTED once its heartbeat is stale (db/job-heartbeat.ts),
 * and the next run simply writes that slot again from the start.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { heartbeatParams, LIVE_STATUS } from "../../db/job-heartbeat.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { MetricPeriod } from "../rollup-store/materialize.ts";

export type InfluencePhase = "LOADING" | "COMPUTING" | "WRITING" | "DONE";
export type InfluenceRunStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "INTERRUPTED";
export type Slot = 0 | 1;

export interface InfluenceRunRecord {
  id: string;
  status: InfluenceRunStatus;
  phase: InfluencePhase;
  slot: Slot;
  /** True for the run whose measures readers see. */
  current: boolean;
  actor: string;
  valueMetric: string;
  valuePeriod: string;
  /** HCPs written so far (WRITING) or in all (DONE). */
  written: number;
  hcps: number | null;
  edges: number | null;
  iterations: number | null;
  milliseconds: number | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/**
 * Starting a run and switching to one take turns on this lock node (`HierarchyLock` has a
 * uniqueness constraint, so the MERGE cannot make two); it also creates the pointer once.
 */
const LOCKED_POINTER = `
MERGE (lock:HierarchyLock {id: 'influence-runs'})
WITH lock CALL apoc.lock.nodes([lock])
MERGE (current:InfluenceCurrent)
WITH current`;

/** A new RUNNING run on the slot readers do not follow, unless another run is alive. */
const START = `
${LOCKED_POINTER}
OPTIONAL MATCH (other:InfluenceRun) WHERE ${LIVE_STATUS("other.status", "other.heartbeatAt")} = 'RUNNING'
WITH current, collect(other.id) AS running, CASE current.slot WHEN 0 THEN 1 ELSE 0 END AS slot
FOREACH (_ IN CASE WHEN size(running) = 0 THEN [1] ELSE [] END |
  CREATE (:InfluenceRun {id: $id, status: 'RUNNING', phase: 'LOADING', slot: slot,
    actor: $actor, valueMetric: $metric, valuePeriod: $period, written: 0, startedAt: datetime(), heartbeatAt: datetime()})
)
RETURN running, slot`;

const PROGRESS = `
MATCH (run:InfluenceRun {id: $id}) WHERE run.status = 'RUNNING'
SET run.phase = $phase, run.written = $written, run.heartbeatAt = datetime()`;

/** Every batch is in: readers switch to this run's slot, in one transaction with its record. */
const SWITCH = `
${LOCKED_POINTER}
MATCH (run:InfluenceRun {id: $id})
WHERE run.status = 'RUNNING' AND NOT EXISTS { MATCH (newer:InfluenceRun) WHERE newer.startedAt > run.startedAt }
SET current.slot = run.slot, current.runId = run.id, current.at = datetime(),
    run += $summary, run.status = 'SUCCEEDED', run.phase = 'DONE', run.finishedAt = datetime(), run.heartbeatAt = datetime()
RETURN run.id AS id`;

const FAIL = `
MATCH (run:InfluenceRun {id: $id}) WHERE run.status = 'RUNNING'
SET run.status = 'FAILED', run.error = $error, run.finishedAt = datetime()`;

const LIST = `
OPTIONAL MATCH (current:InfluenceCurrent)
MATCH (run:InfluenceRun) WHERE run.startedAt IS NOT NULL
RETURN run {.*, status: ${LIVE_STATUS("run.status", "run.heartbeatAt")}, current: run.id = current.runId, heartbeatAt: null} AS run
ORDER BY run.startedAt DESC LIMIT $limit`;

/** Records a new run and returns the slot it writes; CONFLICT while another run is alive. */
export async function startInfluenceRun(driver: Driver, id: string, actor: string, value: MetricPeriod): Promise<Slot> {
  const { records } = await driver.executeQuery(START, { id, actor, ...value, ...heartbeatParams() });
  const running = records[0]!.get("running") as string[];
  if (running.length > 0) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `An influence recomputation is running (run ${running[0]}); start another when it has finished or is reported INTERRUPTED.`,
      { runId: running[0] },
    );
  }
  return Number(records[0]!.get("slot")) as Slot;
}

/** Phase and progress; also the run's heartbeat. */
export async function recordInfluenceProgress(driver: Driver, id: string, phase: InfluencePhase, written: number): Promise<void> {
  await driver.executeQuery(PROGRESS, { id, phase, written });
}

/**
 * Makes the run current. Refuses when its record is no longer RUNNING or a newer run started
 * (a run that stalled long enough to read INTERRUPTED may share its slot with its successor).
 */
export async function switchToInfluenceRun(driver: Driver, id: string, summary: Record<string, unknown>): Promise<void> {
  const { records } = await driver.executeQuery(SWITCH, { id, summary });
  if (records.length === 0) throw new Error(`influence run ${id} is no longer RUNNING; its measures were not switched to`);
}

/** Best effort: when the database is away the record stays RUNNING and reads INTERRUPTED once stale. */
export async function failInfluenceRun(driver: Driver, id: string, error: string): Promise<void> {
  await driver.executeQuery(FAIL, { id, error }).catch(() => undefined);
}

export async function listInfluenceRuns(driver: Driver, limit: number): Promise<InfluenceRunRecord[]> {
  const { records } = await driver.executeQuery(LIST, { limit: neo4j.int(Math.trunc(limit)), ...heartbeatParams() }, { routing: "READ" });
  return records.map((r) => toNative(r.get("run")) as InfluenceRunRecord);
}
