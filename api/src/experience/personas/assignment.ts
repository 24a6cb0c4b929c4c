/**
 * Persona assignments stored on HCP nodes: `persona` (the persona key), `personaRuleSet`
 * ('key|version') and `personaExplanation` (JSON, assign-persona.ts). A write stores an
 * assignment only while its rule set is the active one and the HCP's current profile answers are
 * those it was computed from, so a concurrent answer (which re-assigns its HCP itself) or
 * activation is never overwritten by an older result.
 */
import type { Driver } from "neo4j-driver";
import type { CypherRunner } from "../../db/cypher-runner.ts";
import { assignPersona } from "./assign-persona.ts";
import { profileOf } from "./profile.ts";
import { PROFILES_OF_ALL, profileParams, profileRecordOf } from "./profile-queries.ts";
import type { PersonaRuleSet } from "./rule-set.ts";

/** HCPs are locked in id order, so that two writers wait for each other instead of deadlocking. */
const WRITE_ASSIGNMENTS = `
MATCH (rs:PersonaRuleSet {id: $ruleSet, status: 'ACTIVE'})
UNWIND $rows AS r
WITH r ORDER BY r.id
MATCH (h:HCP {id: r.id})
CALL apoc.lock.nodes([h])
WITH r, h, [(h)-[:ANSWERED]->(a:SurveyAnswer {survey: $survey, current: true}) | a.id] AS answerIds
WHERE size(answerIds) = size(r.answerIds) AND all(x IN answerIds WHERE x IN r.answerIds)
SET h.persona = r.persona, h.personaRuleSet = $ruleSet, h.personaExplanation = r.explanation
RETURN count(h) AS written`;

export interface ActiveRuleSet {
  /** 'key|version' */
  id: string;
  ruleSet: PersonaRuleSet;
}

interface AssignmentRow {
  id: string;
  persona: string;
  explanation: string;
  answerIds: string[];
}

function assignmentRow(r: { get(key: string): unknown }, ruleSet: PersonaRuleSet): AssignmentRow {
  const { record, answerIds } = profileRecordOf(r);
  const assignment = assignPersona(profileOf(record), ruleSet);
  return { id: record.id, persona: assignment.persona, explanation: JSON.stringify(assignment), answerIds };
}

async function writeRows(run: CypherRunner, active: ActiveRuleSet, rows: AssignmentRow[]): Promise<number> {
  const records = await run(WRITE_ASSIGNMENTS, { rows, ruleSet: active.id, survey: profileParams.survey });
  return Number(records[0]?.get("written") ?? 0);
}

/** Assigns the HCPs whose profile records `run` returns for `query` (in the caller's transaction when it has one). */
export async function assignRecords(
  run: CypherRunner,
  active: ActiveRuleSet,
  query: string,
  params: Record<string, unknown>,
): Promise<number> {
  const rows = (await run(query, { ...params, ...profileParams })).map((r) => assignmentRow(r, active.ruleSet));
  return rows.length === 0 ? 0 : writeRows(run, active, rows);
}

const BATCH = 5_000;

export interface AssignAllOutcome {
  /** HCPs read and assigned. */
  hcps: number;
  /** Assignments stored (fewer when answers changed meanwhile or another rule set was activated). */
  written: number;
  counts: Map<string, number>;
}

/**
 * Assigns every HCP: profiles are streamed (the driver pauses the stream while a batch is being
 * written), each batch is written in its own transaction while the next one is read.
 */
export async function assignAll(driver: Driver, active: ActiveRuleSet): Promise<AssignAllOutcome> {
  const outcome: AssignAllOutcome = { hcps: 0, written: 0, counts: new Map() };
  const run: CypherRunner = async (query, params) => (await driver.executeQuery(query, params)).records;
  let pending: Promise<void> = Promise.resolve();
  const flush = async (rows: AssignmentRow[]) => {
    await pending;
    pending = writeRows(run, active, rows).then((n) => {
      outcome.written += n;
    });
    // Awaited with the next batch or at the end; until then a failure must not count as unhandled.
    pending.catch(() => undefined);
  };
  const session = driver.session({ defaultAccessMode: "READ", fetchSize: BATCH });
  try {
    let rows: AssignmentRow[] = [];
    for await (const r of session.run(PROFILES_OF_ALL, profileParams)) {
      const row = assignmentRow(r, active.ruleSet);
      outcome.counts.set(row.persona, (outcome.counts.get(row.persona) ?? 0) + 1);
      rows.push(row);
      if (rows.length >= BATCH) {
        await flush(rows);
        rows = [];
      }
    }
    if (rows.length > 0) await flush(rows);
    await pending;
  } finally {
    await session.close();
  }
  outcome.hcps = [...outcome.counts.values()].reduce((a, b) => a + b, 0);
  return outcome;
}
