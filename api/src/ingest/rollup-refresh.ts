/**
 * The roll-up refresh after an import: post-commit work with a status of its own on the
 * `(:Import)` record, because the rows stay written whatever happens to it.
 *
 * What to refresh is stored with the import's final record (for all-or-nothing, in the import's
 * own transaction): the entities whose roll-up inputs changed, or `full` when there are more
 * than MAX_INCREMENTAL_SEEDS of them (every materialized metric-period is then re-materialized).
 * The same refresh keeps the customer-experience lists current (experience/facts).
 * The refresh is marked RUNNING at the same time, runs with a heartbeat, and ends DONE or FAILED
 * with the error. A process or database that dies mid-refresh leaves it RUNNING, which readers
 * report as INTERRUPTED once the heartbeat is stale (db/job-heartbeat.ts). `retryRollupRefresh`
 * (GraphQL) and `npm run rollups -- --retry-import <id>` claim a FAILED or INTERRUPTED refresh
 * and run it again; it recomputes from the graph as it is now, so a second run is harmless.
 *
 * Governed changes refresh inside their own transaction instead (changes/apply-change.ts): a
 * change set's few parents are cheap to recompute, and its roll-ups then commit with its edges.
 */
import type { Driver } from "neo4j-driver";
import { driverRunner, type CypherRunner } from "../db/cypher-runner.ts";
import { heartbeatParams, LIVE_STATUS, startHeartbeat } from "../db/job-heartbeat.ts";
import { materializedRuns, materializeRollups } from "../analytics/rollup-store/materialize.ts";
import { ancestorLayers, refreshRollupLayers } from "../analytics/rollup-store/refresh.ts";
import { rebuildExperience, refreshExperience } from "../experience/facts/experience-facts.ts";
import { DomainError, ErrorCode, notFound } from "../graphql/errors.ts";
import type { RollupRefreshStatus } from "./import-record.ts";

/** Above this many changed entities, roll-ups are re-materialized in full rather than refreshed incrementally. */
export const MAX_INCREMENTAL_SEEDS = 5_000;

export interface RefreshPlan {
  full: boolean;
  /** The changed entities (empty when `full`). */
  seeds: string[];
}

export interface RefreshOutcome {
  status: Extract<RollupRefreshStatus, "DONE" | "FAILED">;
  error: string | null;
}

const PLAN = `
MATCH (i:Import {id: $id})
SET i.rollupRefresh = 'RUNNING', i.rollupRefreshFull = $full, i.rollupRefreshSeeds = $seeds, i.rollupRefreshEntities = size($seeds),
    i.rollupRefreshAttempts = 1, i.rollupRefreshError = null, i.rollupRefreshAt = datetime(), i.rollupRefreshHeartbeatAt = datetime()`;

/** Takes a FAILED or INTERRUPTED refresh (under the record's lock, so two retries cannot both win); returns the status it found. */
const CLAIM = `
MATCH (i:Import {id: $id})
CALL apoc.lock.nodes([i])
WITH i, ${LIVE_STATUS("i.rollupRefresh", "i.rollupRefreshHeartbeatAt")} AS found
CALL (i, found) {
  WITH i WHERE found IN ['FAILED', 'INTERRUPTED']
  SET i.rollupRefresh = 'RUNNING', i.rollupRefreshAttempts = coalesce(i.rollupRefreshAttempts, 1) + 1, i.rollupRefreshError = null,
      i.rollupRefreshAt = datetime(), i.rollupRefreshHeartbeatAt = datetime()
}
RETURN found, i.rollupRefreshFull AS full, coalesce(i.rollupRefreshSeeds, []) AS seeds`;

const HEARTBEAT = `MATCH (i:Import {id: $id}) WHERE i.rollupRefresh = 'RUNNING' SET i.rollupRefreshHeartbeatAt = datetime()`;

const DONE = `
MATCH (i:Import {id: $id})
SET i.rollupRefresh = 'DONE', i.rollupRefreshSeeds = [], i.rollupRefreshError = null, i.rollupRefreshAt = datetime()`;

const FAILED = `
MATCH (i:Import {id: $id})
SET i.rollupRefresh = 'FAILED', i.rollupRefreshError = $error, i.rollupRefreshAt = datetime()`;

export function refreshPlan(seeds: ReadonlySet<string>): RefreshPlan | null {
  if (seeds.size === 0) return null;
  return seeds.size > MAX_INCREMENTAL_SEEDS ? { full: true, seeds: [] } : { full: false, seeds: [...seeds] };
}

/** Stores the plan on the import record and marks the refresh RUNNING; on the import's transaction for all-or-nothing. */
export async function recordRefreshPlan(run: CypherRunner, importId: string, plan: RefreshPlan): Promise<void> {
  await run(PLAN, { id: importId, full: plan.full, seeds: plan.seeds });
}

/** Runs a refresh whose record says RUNNING, with a heartbeat, and records how it ended. */
export async function runRollupRefresh(driver: Driver, importId: string, plan: RefreshPlan): Promise<RefreshOutcome> {
  const heartbeat = startHeartbeat(() => driver.executeQuery(HEARTBEAT, { id: importId }));
  try {
    if (plan.full) {
      for (const run of await materializedRuns(driver)) await materializeRollups(driver, run);
      await rebuildExperience(driver);
    } else {
      const run = driverRunner(driver);
      const layers = await ancestorLayers(run, plan.seeds);
      await refreshRollupLayers(run, layers);
      // Seeds are HCPs with new feedback, touchpoints, activities or metric values, or parents of changed edges: each refresh keeps what applies.
      await refreshExperience(run, { records: plan.seeds, metrics: plan.seeds }, layers);
    }
    await heartbeat.stop();
    await driver.executeQuery(DONE, { id: importId });
    return { status: "DONE", error: null };
  } catch (err) {
    await heartbeat.stop();
    const error = err instanceof Error ? err.message : String(err);
    // When the database is away this write fails too: the record stays RUNNING and reads INTERRUPTED once stale.
    await driver.executeQuery(FAILED, { id: importId, error }).catch(() => undefined);
    return { status: "FAILED", error };
  }
}

/**
 * Claims the FAILED or INTERRUPTED refresh of an import and returns its plan to run with
 * `runRollupRefresh`; NOT_FOUND for an unknown import, CONFLICT when there is nothing to retry.
 */
export async function claimRollupRefresh(driver: Driver, importId: string): Promise<RefreshPlan> {
  const { records } = await driver.executeQuery(CLAIM, { id: importId, ...heartbeatParams() });
  const row = records[0];
  if (!row) throw notFound(`Import ${importId}`);
  const found = row.get("found") as RollupRefreshStatus | null;
  if (found !== "FAILED" && found !== "INTERRUPTED") {
    throw new DomainError(
      ErrorCode.CONFLICT,
      found === null
        ? `Import ${importId} changed nothing that roll-ups read; there is no refresh to retry.`
        : `The roll-up refresh of import ${importId} is ${found}; only a FAILED or INTERRUPTED refresh can be retried.`,
      { rollupRefresh: found },
    );
  }
  return { full: Boolean(row.get("full")), seeds: row.get("seeds") as string[] };
}
