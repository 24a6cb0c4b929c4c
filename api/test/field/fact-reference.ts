import type { Driver } from "neo4j-driver";
import type { CypherRunner } from "../../src/db/cypher-runner.ts";
import { toNative } from "../../src/db/to-native.ts";
import { refreshFacts } from "../../src/field/reporting/report-facts.ts";

/** Every reporting fact of a test's prefix (its reps' days and weeks, its subjects' calls) by kind and id ('day <id>', 'week <id>', 'calls <id>'). */
const FACTS = `
CALL () {
  MATCH (f:RepDayFact) WHERE f.id STARTS WITH $p
  RETURN 'day ' + f.id AS id, f {.sets, .activities, .calls, .visits, .onTime, .checked, .missing} AS fact
  UNION
  MATCH (f:RepWeekFact) WHERE f.id STARTS WITH $p
  RETURN 'week ' + f.id AS id, f {.sets, .counts} AS fact
  UNION
  MATCH (f:SubjectCallFact) WHERE f.id STARTS WITH $p
  RETURN 'calls ' + f.id AS id, f {.reps, .days} AS fact
}
RETURN id, fact ORDER BY id`;

const DELETE_FACTS = `
MATCH (f) WHERE (f:RepDayFact OR f:RepWeekFact OR f:SubjectCallFact) AND f.id STARTS WITH $p
DELETE f`;

/** The keys rebuildFacts recomputes (rebuild-facts.ts), of the prefix's activities only. */
const REP_DAYS = `MATCH (a:Activity) WHERE a.repId STARTS WITH $p RETURN DISTINCT a.repId AS repId, toString(date(a.startedAt)) AS day`;
const SUBJECTS = `
MATCH (a:Activity) WHERE a.repId STARTS WITH $p AND a.outcome = 'COMPLETED'
UNWIND [a.hcpId, a.accountId] AS s
WITH s WHERE s IS NOT NULL
RETURN DISTINCT s`;

export type Facts = Record<string, unknown>;

/** The stored facts of the prefix. */
export async function storedFacts(driver: Driver, p: string): Promise<Facts> {
  const { records } = await driver.executeQuery(FACTS, { p });
  return Object.fromEntries(records.map((r) => [r.get("id") as string, toNative(r.get("fact"))]));
}

/**
 * What `rebuildFacts` makes of the prefix's activities: its facts deleted and every key recomputed
 * from the Activity nodes through the write path's refresh, in a transaction that is rolled back
 * (rebuildFacts itself deletes every fact in the database, which would disturb test files running
 * beside this one).
 */
export async function rebuiltFacts(driver: Driver, p: string): Promise<Facts> {
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    await tx.run(DELETE_FACTS, { p });
    const repDays = (await tx.run(REP_DAYS, { p })).records.map((r) => ({ repId: r.get("repId") as string, day: r.get("day") as string }));
    const subjects = (await tx.run(SUBJECTS, { p })).records.map((r) => r.get("s") as string);
    const run: CypherRunner = async (query, params) => (await tx.run(query, params)).records;
    await refreshFacts(run, { repDays, subjects });
    const { records } = await tx.run(FACTS, { p });
    return Object.fromEntries(records.map((r) => [r.get("id") as string, toNative(r.get("fact"))]));
  } finally {
    await tx.rollback();
    await session.close();
  }
}
