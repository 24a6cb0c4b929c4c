/**
 * Reporting facts: small pre-aggregates of the activities, recomputed from the Activity nodes for
 * every key a write touches, in the writing transaction (an edit or a retry can never drift).
 *
 * - `(:RepDayFact {id: '<rep>|<day>', repId, day, sets, activities, calls, visits, onTime, checked, missing})`:
 *   one rep's day (the local date of `startedAt`); the counts are parallel lists, one entry per set of
 *   territories the activities' subjects are aligned to (`sets`: sorted ids joined by `,`; '' for none).
 * - `(:SubjectCallFact {id: '<HCP or account id>|calls', subjectId, reps, days})`: the completed activities with the
 *   subject, as parallel lists of rep id and local day, ordered by day.
 *
 * Each fact node is write-locked right after its MERGE, before the activities are read (a MERGE
 * that matches an existing node takes no write lock), so two writers of one key take turns and the
 * second counts the first's activities. Locks are taken in one order: rep-days, rep-weeks, subjects,
 * plan facts, each in key order (and, in the import, after the reps, HCPs and accounts), so writers of
 * overlapping keys wait for each other instead of deadlocking.
 *
 * The rep-days' weeks are recomputed after them (rep-week-facts.ts). A subject's new call fact also marks stale the plan facts (plan-facts.ts) of the plans targeting it,
 * locked last and in id order like the rest.
 */
import type { CypherRunner } from "../../db/cypher-runner.ts";
import type { ActivityContent } from "../activities/activity.ts";
import { REFRESH_REP_WEEKS } from "./rep-week-facts.ts";

/** Channels whose completed activities must name products and key messages. */
export const DETAILING_CHANNELS = ["VISIT", "REMOTE_CALL", "PHONE"] as const;
const DETAILING = JSON.stringify(DETAILING_CHANNELS);

/**
 * Cypher: whether activity `a` was recorded at most 24 h after it ended. Instants are compared in
 * milliseconds: datetimes of equal instant in different offsets do not compare as equal.
 */
export const REPORTED_ON_TIME = "a.createdAt.epochMillis <= a.startedAt.epochMillis + (a.durationMinutes + 1440) * 60000";

/** Recomputes the rep-days in `repDays` ([{repId, day}], without repeats), locked in (rep, day) order; returns `refreshedRepDays`. */
export const REFRESH_REP_DAYS = `
CALL (repDays) {
  UNWIND repDays AS k
  WITH k ORDER BY k.repId, k.day
  MERGE (f:RepDayFact {id: k.repId + '|' + k.day})
  ON CREATE SET f.repId = k.repId, f.day = date(k.day)
  WITH f
  // A MERGE that matches takes no write lock: lock the fact before reading, or concurrent writers lose counts.
  CALL apoc.lock.nodes([f])
  CALL (f) {
    MATCH (a:Activity)
    WHERE a.repId = f.repId AND a.startedAt >= datetime({date: f.day}) - duration('P1D') AND a.startedAt < datetime({date: f.day}) + duration('P2D')
      AND date(a.startedAt) = f.day
    CALL (a) {
      OPTIONAL MATCH (a)-[:WITH|AT]->()-[:ALIGNED_TO]->(t:Territory)
      WITH DISTINCT t.id AS territory ORDER BY territory
      RETURN reduce(s = '', x IN collect(territory) | s + CASE s WHEN '' THEN '' ELSE ',' END + x) AS territories
    }
    WITH territories, count(*) AS activities,
      sum(CASE WHEN a.outcome = 'COMPLETED' THEN 1 ELSE 0 END) AS calls,
      sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel = 'VISIT' THEN 1 ELSE 0 END) AS visits,
      sum(CASE WHEN ${REPORTED_ON_TIME} THEN 1 ELSE 0 END) AS onTime,
      sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel IN ${DETAILING} THEN 1 ELSE 0 END) AS checked,
      sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel IN ${DETAILING}
        AND (coalesce(size(a.products), 0) = 0 OR coalesce(size(a.keyMessages), 0) = 0) THEN 1 ELSE 0 END) AS missing
    ORDER BY territories
    RETURN collect(territories) AS sets, collect(activities) AS activities, collect(calls) AS calls, collect(visits) AS visits,
      collect(onTime) AS onTime, collect(checked) AS checked, collect(missing) AS missing
  }
  CALL (f, sets, activities, calls, visits, onTime, checked, missing) {
    WITH * WHERE size(sets) > 0
    SET f.sets = sets, f.activities = activities, f.calls = calls, f.visits = visits, f.onTime = onTime, f.checked = checked, f.missing = missing
  }
  CALL (f, sets) { WITH * WHERE size(sets) = 0 DELETE f }
  RETURN count(*) AS refreshedRepDays
}`;

/** Recomputes the subjects in `subjects` (ids), locked in id order; returns `refreshedSubjects`. */
export const REFRESH_SUBJECTS = `
CALL (subjects) {
  UNWIND subjects AS s
  WITH DISTINCT s ORDER BY s
  MERGE (f:SubjectCallFact {id: s + '|calls'})
  ON CREATE SET f.subjectId = s
  WITH f, s
  CALL apoc.lock.nodes([f])
  CALL (s) {
    CALL (s) {
      MATCH (a:Activity {hcpId: s}) WHERE a.outcome = 'COMPLETED' RETURN a
      UNION
      MATCH (a:Activity {accountId: s}) WHERE a.outcome = 'COMPLETED' RETURN a
    }
    WITH a, date(a.startedAt) AS day ORDER BY day, a.repId
    RETURN collect(a.repId) AS reps, collect(day) AS days
  }
  CALL (f, reps, days) { WITH * WHERE size(reps) > 0 SET f.reps = reps, f.days = days }
  CALL (f, reps) { WITH * WHERE size(reps) = 0 DELETE f }
  RETURN count(*) AS refreshedSubjects
}
CALL (subjects) {
  UNWIND subjects AS s
  MATCH (:Target {subjectId: s})<-[:HAS_TARGET]-(:CallPlan)<-[:OF_PLAN]-(pf:PlanFact)
  WITH DISTINCT pf ORDER BY pf.planId
  SET pf.stale = true
}`;

const REFRESH = `
WITH $repDays AS repDays, $subjects AS subjects
${REFRESH_REP_DAYS}
WITH repDays, subjects, refreshedRepDays
${REFRESH_REP_WEEKS}
WITH subjects, refreshedRepDays
${REFRESH_SUBJECTS}
RETURN refreshedRepDays, refreshedSubjects`;

/** The stored day and subjects of an activity, before an edit moves them. */
const STORED_KEYS = `
MATCH (a:Activity {id: $id})
RETURN a.repId AS repId, toString(date(a.startedAt)) AS day, [x IN [a.hcpId, a.accountId] WHERE x IS NOT NULL] AS subjects`;

export interface FactKeys {
  repDays: { repId: string; day: string }[];
  subjects: string[];
}

/** The local date of an ISO date-time with offset: the day the rep lived it. */
export const localDay = (isoDateTime: string) => isoDateTime.slice(0, 10);

export function factKeysOf(repId: string, content: Pick<ActivityContent, "startedAt" | "hcpId" | "accountId">): FactKeys {
  return {
    repDays: [{ repId, day: localDay(content.startedAt) }],
    subjects: [content.hcpId, content.accountId].filter((s): s is string => Boolean(s)),
  };
}

/** Keys in a stable order (lock order), without repeats. */
export function mergeFactKeys(...keys: FactKeys[]): FactKeys {
  const repDays = new Map(keys.flatMap((k) => k.repDays).map((k) => [`${k.repId}|${k.day}`, k]));
  return {
    repDays: [...repDays.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k),
    subjects: [...new Set(keys.flatMap((k) => k.subjects))].sort(),
  };
}

export async function storedFactKeys(run: CypherRunner, activityId: string): Promise<FactKeys> {
  const r = (await run(STORED_KEYS, { id: activityId }))[0];
  if (!r) return { repDays: [], subjects: [] };
  return { repDays: [{ repId: r.get("repId") as string, day: r.get("day") as string }], subjects: r.get("subjects") as string[] };
}

/** Recomputes the facts of the given keys from the activities, in the caller's transaction. */
export async function refreshFacts(run: CypherRunner, keys: FactKeys): Promise<void> {
  const k = mergeFactKeys(keys);
  if (k.repDays.length === 0 && k.subjects.length === 0) return;
  await run(REFRESH, { repDays: k.repDays, subjects: k.subjects });
}
