import { inject } from "vitest";
import { type Driver, isRetryableError } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { createDriver } from "../api/src/db/driver.ts";

/** A driver on the test database of the global setup. Close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(inject("neo4j"));
}

/** A prefix that makes a test's ids unique, so test files run in parallel on one database. */
export function uniquePrefix(name: string): string {
  return `t${randomUUID().slice(0, 8)}-${name}-`;
}

/** What outlives a test's ids: the metric-periods of its own values and its scoring models. */
const OWNED_BEYOND_IDS = `
CALL () { MATCH (m:MetricValue) WHERE m.id STARTS WITH $prefix RETURN collect(DISTINCT {metric: m.metric, period: m.period}) AS metricPeriods }
CALL () { MATCH (m:ScoringModel) WHERE m.createdBy STARTS WITH $prefix RETURN collect(DISTINCT m.name) AS models }
RETURN metricPeriods, models`;

/** Nodes with the prefix in their id (entities, users, territories, metric values, roll-ups and scores of those entities), survey answers about them, and the records of what the prefix's users did (persona rule sets among them). */
const DELETE_OWNED = `
CALL () {
  MATCH (n) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:AuditEvent) WHERE n.actor STARTS WITH $prefix OR n.fromId STARTS WITH $prefix OR n.toId STARTS WITH $prefix OR n.subjectId STARTS WITH $prefix RETURN n
  UNION MATCH (n:Import) WHERE n.actor STARTS WITH $prefix OR n.fileName STARTS WITH $prefix RETURN n
  UNION MATCH (n:SurveyAnswer) WHERE n.subjectId STARTS WITH $prefix RETURN n
  UNION MATCH (n:Survey) WHERE n.createdBy STARTS WITH $prefix RETURN n
  UNION MATCH (n:PersonaRuleSet) WHERE n.createdBy STARTS WITH $prefix RETURN n
  UNION MATCH (n:InfluenceRun) WHERE n.actor STARTS WITH $prefix RETURN n
  UNION MATCH (n:ChangeRequest) WHERE n.requesterId STARTS WITH $prefix RETURN n
  UNION MATCH (n:OutboxEvent) WHERE apoc.convert.fromJsonMap(n.payload).requesterId STARTS WITH $prefix RETURN n
  UNION MATCH (n:ScoringModel) WHERE n.name IN $models RETURN n
  UNION MATCH (n:Score) WHERE n.model IN $models RETURN n
}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`;

/**
 * Roll-ups of the metric-periods that no longer have an own value anywhere: materializing a
 * period writes a roll-up for every entity in the database, not only the test's.
 */
const DELETE_ORPHANED_ROLLUPS = `
UNWIND $metricPeriods AS mp
CALL (mp) {
  MATCH (m:MetricValue) WHERE m.metric = mp.metric AND m.period = mp.period
  RETURN count(m) = 0 AS orphaned
}
WITH mp WHERE orphaned
CALL (mp) {
  MATCH (n:RollupValue) WHERE n.metric = mp.metric AND n.period = mp.period RETURN n
  UNION MATCH (n:RollupRun) WHERE n.metric = mp.metric AND n.period = mp.period RETURN n
}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`;

/**
 * Deletes everything a test wrote under its id prefix (see `uniquePrefix`), in batches: the nodes
 * whose id starts with it, what its users did (audit events, imports, influence runs, change requests with their
 * outbox events, scoring models with their scores) and the roll-ups of metric-periods it leaves
 * without own values.
 */
export async function deleteByPrefix(driver: Driver, prefix: string): Promise<void> {
  const owned = (await driver.executeQuery(OWNED_BEYOND_IDS, { prefix })).records[0]!.toObject();
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run, which the
  // driver does not retry: a deadlock with a concurrent writer (the audit sealer of a running
  // API touches the same events) is retried here; deleting again is harmless.
  for (let attempt = 1; ; attempt++) {
    const session = driver.session();
    try {
      await session.run(DELETE_OWNED, { prefix, ...owned });
      await session.run(DELETE_ORPHANED_ROLLUPS, owned);
      return;
    } catch (err) {
      if (attempt >= 3 || !isRetryableError(err as Error)) throw err;
    } finally {
      await session.close();
    }
  }
}
