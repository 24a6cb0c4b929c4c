/**
 * Rebuilds every reporting fact from the activities: after a seed, a bulk load written around the
 * import, or a realignment (facts keep the territories the subjects were aligned to when they were
 * computed). Old facts are deleted first; keys are then recomputed in batches, each batch one
 * transaction through the same refresh as the write path.
 */
import type { Driver } from "neo4j-driver";
import { driverRunner } from "../../db/cypher-runner.ts";
import { refreshFacts } from "./report-facts.ts";

const DELETE_FACTS = `
MATCH (f) WHERE f:RepDayFact OR f:RepWeekFact OR f:SubjectCallFact
CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS`;

const REP_DAYS = `MATCH (a:Activity) RETURN DISTINCT a.repId AS repId, toString(date(a.startedAt)) AS day`;

const SUBJECTS = `
MATCH (a:Activity) WHERE a.outcome = 'COMPLETED'
UNWIND [a.hcpId, a.accountId] AS s
WITH s WHERE s IS NOT NULL
RETURN DISTINCT s`;

export interface RebuildOutcome {
  repDays: number;
  subjects: number;
  milliseconds: number;
}

export async function rebuildFacts(
  driver: Driver,
  opts: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<RebuildOutcome> {
  const started = performance.now();
  const batch = opts.batchSize ?? 2_000;
  const session = driver.session();
  try {
    await session.run(DELETE_FACTS);
  } finally {
    await session.close();
  }
  const repDays = (await driver.executeQuery(REP_DAYS)).records.map((r) => ({
    repId: r.get("repId") as string,
    day: r.get("day") as string,
  }));
  const subjects = (await driver.executeQuery(SUBJECTS)).records.map((r) => r.get("s") as string);
  const run = driverRunner(driver);
  for (let i = 0; i < repDays.length; i += batch) {
    await refreshFacts(run, { repDays: repDays.slice(i, i + batch), subjects: [] });
    opts.log?.(`rep-days ${Math.min(i + batch, repDays.length)}/${repDays.length}`);
  }
  for (let i = 0; i < subjects.length; i += batch) {
    await refreshFacts(run, { repDays: [], subjects: subjects.slice(i, i + batch) });
    opts.log?.(`subjects ${Math.min(i + batch, subjects.length)}/${subjects.length}`);
  }
  return { repDays: repDays.length, subjects: subjects.length, milliseconds: Math.round(performance.now() - started) };
}
