/**
 * The queue of import jobs, on their `(:Import)` records: an upload is recorded with
 * `queue: 'QUEUED'`; a worker of any API instance claims it (`'CLAIMED'`, `claimedBy`, a lease
 * it renews while it runs) and marks it `'DONE'` when the import has finished. A claimed job
 * whose lease ran out (its instance died) is claimed again, at most MAX_ATTEMPTS times in all.
 * Only workers whose import storage holds the upload claim a job (`storage`: the instances that
 * share one storage form one pool). Readers see a queued job as RUNNING in phase VALIDATING, as
 * before the queue existed.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { toNative } from "../db/to-native.ts";
import type { ImportMode } from "./import-record.ts";
import type { KindName } from "./kinds/index.ts";

/** After this many claims a job is left alone: its record then reads INTERRUPTED like any dead import. */
export const MAX_ATTEMPTS = 3;

/** What the worker needs to run a job; stored on the record when it is queued. */
export interface QueuedJob {
  id: string;
  kind: KindName;
  fileName: string;
  mode: ImportMode;
  snapshot: boolean;
  force: boolean;
  snapshotMaxShare: number | null;
  snapshotPrefix: string | null;
  levelPairs: string[];
  actor: string;
  requestId: string;
  /** 1 on the first claim; more when a dead instance's job is resumed. */
  attempts: number;
}

export type NewJob = Omit<QueuedJob, "attempts"> & { checksum: string; storage: string };

const ENQUEUE = `
CREATE (i:Import {id: $job.id, kind: $job.kind, fileName: $job.fileName, checksum: $job.checksum, mode: $job.mode,
  snapshot: $job.snapshot, force: $job.force, snapshotMaxShare: $job.snapshotMaxShare, snapshotPrefix: $job.snapshotPrefix,
  levelPairs: $job.levelPairs, actor: $job.actor, requestId: $job.requestId, storage: $job.storage,
  status: 'RUNNING', phase: 'VALIDATING', rowsDone: 0, rowsTotal: null,
  rowsRead: 0, created: 0, updated: 0, unchanged: 0, endDated: 0, rejected: 0, problemCount: 0, warnings: [],
  startedAt: datetime(), heartbeatAt: datetime(), attempts: 0, queue: 'QUEUED'})
WITH i WHERE $instance IS NOT NULL
SET i.queue = 'CLAIMED', i.claimedBy = $instance, i.leaseUntil = datetime() + duration({milliseconds: $leaseMs}), i.attempts = 1
RETURN i.attempts AS attempts`;

const CLAIMABLE = `i.storage = $storage AND (i.queue = 'QUEUED' OR (i.queue = 'CLAIMED' AND i.leaseUntil < datetime() AND i.status = 'RUNNING')) AND i.attempts < $maxAttempts`;

/**
 * One statement, so that two instances never claim the same job: the write lock taken by the
 * first SET makes a concurrent claim of the same record wait, and the condition is read again
 * under the lock (Neo4j's documented way to avoid lost updates), so the loser finds it claimed.
 */
const CLAIM_OLDEST = `
MATCH (i:Import) WHERE ${CLAIMABLE}
WITH i ORDER BY i.startedAt LIMIT 1
SET i.claimLock = true
REMOVE i.claimLock
WITH i WHERE ${CLAIMABLE}
SET i.queue = 'CLAIMED', i.claimedBy = $instance, i.leaseUntil = datetime() + duration({milliseconds: $leaseMs}), i.attempts = i.attempts + 1
RETURN i {.id, .kind, .fileName, .mode, .snapshot, .force, .snapshotMaxShare, .snapshotPrefix, .levelPairs, .actor, .requestId, .attempts} AS job`;

const RENEW_LEASE = `
MATCH (i:Import {id: $id}) WHERE i.queue = 'CLAIMED' AND i.claimedBy = $instance
SET i.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN count(i) AS renewed`;

const MARK_DONE = `
MATCH (i:Import {id: $id}) WHERE i.queue = 'CLAIMED' AND i.claimedBy = $instance
SET i.queue = 'DONE', i.leaseUntil = null`;

/** The claim of a job by this instance, while it runs it. */
export interface Claimant {
  instanceId: string;
  leaseMs: number;
}

/** A worker looking for jobs: claims only those queued in its storage. */
export interface Worker extends Claimant {
  storage: string;
}

/** Records a new job; claimed at once by `claimant` (the instance that received the upload) when given. Returns its attempts (0: queued). */
export async function enqueueImport(driver: Driver, job: NewJob, claimant: Claimant | null): Promise<number> {
  const { records } = await driver.executeQuery(ENQUEUE, {
    job,
    instance: claimant?.instanceId ?? null,
    leaseMs: neo4j.int(claimant?.leaseMs ?? 0),
  });
  return records.length ? Number(records[0]!.get("attempts")) : 0;
}

/** Claims the oldest queued job, or one whose claimant died; null when there is none. */
export async function claimOldestJob(driver: Driver, worker: Worker): Promise<QueuedJob | null> {
  const { records } = await driver.executeQuery(CLAIM_OLDEST, {
    instance: worker.instanceId,
    storage: worker.storage,
    leaseMs: neo4j.int(worker.leaseMs),
    maxAttempts: neo4j.int(MAX_ATTEMPTS),
  });
  return records.length ? (toNative(records[0]!.get("job")) as QueuedJob) : null;
}

/** Extends the lease; false when the job is no longer this instance's (another one reclaimed it). */
export async function renewLease(driver: Driver, id: string, claimant: Claimant): Promise<boolean> {
  const { records } = await driver.executeQuery(RENEW_LEASE, { id, instance: claimant.instanceId, leaseMs: neo4j.int(claimant.leaseMs) });
  return Number(records[0]!.get("renewed")) > 0;
}

export async function markJobDone(driver: Driver, id: string, claimant: Claimant): Promise<void> {
  await driver.executeQuery(MARK_DONE, { id, instance: claimant.instanceId });
}
