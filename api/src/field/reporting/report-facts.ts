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

/** Cypher: the set of territories activity `a`'s subjects are aligned to, as `territories` (sorted ids joined by ','; '' for none). */
const TERRITORY_SET = `
CALL (a) {
  OPTIONAL MATCH (a)-[:WITH|AT]->()-[:ALIGNED_TO]->(t:Territory)
  WITH DISTINCT t.id AS territory ORDER BY territory
  RETURN reduce(s = '', x IN collect(territory) | s + CASE s WHEN '' THEN '' ELSE ',' END + x) AS territories
}`;

/** Cypher aggregations over activities `a`: a rep-day fact's counts (DAY_COUNT_NAMES). */
const DAY_COUNTS = `count(*) AS activities,
  sum(CASE WHEN a.outcome = 'COMPLETED' THEN 1 ELSE 0 END) AS calls,
  sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel = 'VISIT' THEN 1 ELSE 0 END) AS visits,
  sum(CASE WHEN ${REPORTED_ON_TIME} THEN 1 ELSE 0 END) AS onTime,
  sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel IN ${DETAILING} THEN 1 ELSE 0 END) AS checked,
  sum(CASE WHEN a.outcome = 'COMPLETED' AND a.channel IN ${DETAILING}
    AND (coalesce(size(a.products), 0) = 0 OR coalesce(size(a.keyMessages), 0) = 0) THEN 1 ELSE 0 END) AS missing`;

/** The rep-day fact's parallel count lists, in the order of `n` below. */
const DAY_COUNT_NAMES = ["activities", "calls", "visits", "onTime", "checked", "missing"] as const;

/** Cypher, rows `territories` and DAY_COUNT_NAMES: returns the fact's lists, one entry per set in set order. */
const COLLECT_DAY_COUNTS = `ORDER BY territories
RETURN collect(territories) AS sets, ${DAY_COUNT_NAMES.map((c) => `collect(${c}) AS ${c}`).join(", ")}`;

/** Cypher: writes the lists of COLLECT_DAY_COUNTS to rep-day fact `f`. */
const SET_DAY_COUNTS = `SET f.sets = sets, ${DAY_COUNT_NAMES.map((c) => `f.${c} = ${c}`).join(", ")}`;

/**
 * Cypher: fact `f` found again after its lock, as `now`. Read `now`, never `f`: the planner caches
 * the properties of `f` where the MERGE finds it, before the lock, which would read what was
 * committed before a concurrent writer's (lost) update.
 */
const AFTER_LOCK = (label: string) => `MATCH (now:${label} {id: f.id})`;

/** Cypher: MERGEs the rep-day fact of `repId` and `day` (rows in (rep, day) order) as `f`, write-locked before anything reads it. */
const LOCKED_REP_DAY = `
MERGE (f:RepDayFact {id: repId + '|' + day})
ON CREATE SET f.repId = repId, f.day = date(day)
WITH *
// A MERGE that matches takes no write lock: lock the fact before reading, or concurrent writers lose counts.
CALL apoc.lock.nodes([f])`;

/** Recomputes the rep-days in `repDays` ([{repId, day}], without repeats), locked in (rep, day) order; returns `refreshedRepDays`. */
export const REFRESH_REP_DAYS = `
CALL (repDays) {
  UNWIND repDays AS k
  WITH k.repId AS repId, k.day AS day ORDER BY repId, day
  ${LOCKED_REP_DAY}
  CALL (f) {
    MATCH (a:Activity)
    WHERE a.repId = f.repId AND a.startedAt >= datetime({date: f.day}) - duration('P1D') AND a.startedAt < datetime({date: f.day}) + duration('P2D')
      AND date(a.startedAt) = f.day
    ${TERRITORY_SET}
    WITH territories, ${DAY_COUNTS}
    ${COLLECT_DAY_COUNTS}
  }
  CALL (f, sets, ${DAY_COUNT_NAMES.join(", ")}) {
    WITH * WHERE size(sets) > 0
    ${SET_DAY_COUNTS}
  }
  CALL (f, sets) { WITH * WHERE size(sets) = 0 DELETE f }
  RETURN count(*) AS refreshedRepDays
}`;

/**
 * Adds new activities to their rep-day facts without reading the day's other activities (the bulk
 * import, which only ever creates): `created` is [{r: {repId, day}, a: the new Activity}]; per
 * rep-day and territory set the same counts as REFRESH_REP_DAYS, added to the stored ones. Locked
 * in (rep, day) order like REFRESH_REP_DAYS; returns `addedRepDays`.
 */
export const ADD_TO_REP_DAYS = `
CALL (created) {
  UNWIND created AS x
  WITH x.r.repId AS repId, x.r.day AS day, x.a AS a
  ${TERRITORY_SET}
  WITH repId, day, territories, ${DAY_COUNTS}
  WITH repId, day, collect({s: territories, n: [${DAY_COUNT_NAMES.join(", ")}]}) AS added
  ORDER BY repId, day
  ${LOCKED_REP_DAY}
  CALL (f, added) {
    ${AFTER_LOCK("RepDayFact")}
    WITH added, coalesce(now.sets, []) AS sets, ${DAY_COUNT_NAMES.map((c) => `now.${c} AS ${c}`).join(", ")}
    UNWIND [i IN range(0, size(sets) - 1) | {s: sets[i], n: [${DAY_COUNT_NAMES.map((c) => `${c}[i]`).join(", ")}]}] + added AS e
    WITH e.s AS territories, ${DAY_COUNT_NAMES.map((c, i) => `sum(e.n[${i}]) AS ${c}`).join(", ")}
    ${COLLECT_DAY_COUNTS}
  }
  ${SET_DAY_COUNTS}
  RETURN count(*) AS addedRepDays
}`;

/** Cypher: MERGEs the call fact of subject `s` (rows in id order) as `f`, write-locked before anything reads it. */
const LOCKED_SUBJECT = `
MERGE (f:SubjectCallFact {id: s + '|calls'})
ON CREATE SET f.subjectId = s
WITH *
CALL apoc.lock.nodes([f])`;

/** Marks stale the plan facts of the plans targeting `subjects`, in plan order. */
const MARK_PLAN_FACTS_STALE = `
CALL (subjects) {
  UNWIND subjects AS s
  MATCH (:Target {subjectId: s})<-[:HAS_TARGET]-(:CallPlan)<-[:OF_PLAN]-(pf:PlanFact)
  WITH DISTINCT pf ORDER BY pf.planId
  SET pf.stale = true
}`;

/** Recomputes the subjects in `subjects` (ids), locked in id order; returns `refreshedSubjects`. */
export const REFRESH_SUBJECTS = `
CALL (subjects) {
  UNWIND subjects AS s
  WITH DISTINCT s ORDER BY s
  ${LOCKED_SUBJECT}
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
${MARK_PLAN_FACTS_STALE}`;

/**
 * Adds the completed ones of new activities to their subjects' call facts without reading the
 * subjects' other activities (the bulk import): `created` as for ADD_TO_REP_DAYS, `subjects` the
 * ids of their subjects with a completed one. The (rep, day) pairs are merged into the stored lists
 * in REFRESH_SUBJECTS' order (day, then rep); locked in id order; the plan facts targeting them are
 * marked stale. Returns `addedSubjects`.
 */
export const ADD_TO_SUBJECTS = `
CALL (created) {
  UNWIND created AS x
  WITH x.a AS a WHERE a.outcome = 'COMPLETED'
  UNWIND [s IN [a.hcpId, a.accountId] WHERE s IS NOT NULL] AS s
  WITH s, collect({rep: a.repId, day: date(a.startedAt)}) AS added
  ORDER BY s
  ${LOCKED_SUBJECT}
  CALL (f, added) {
    ${AFTER_LOCK("SubjectCallFact")}
    WITH added, coalesce(now.reps, []) AS reps, coalesce(now.days, []) AS days
    UNWIND [i IN range(0, size(reps) - 1) | {rep: reps[i], day: days[i]}] + added AS c
    WITH c.rep AS rep, c.day AS day ORDER BY day, rep
    RETURN collect(rep) AS reps, collect(day) AS days
  }
  SET f.reps = reps, f.days = days
  RETURN count(*) AS addedSubjects
}
${MARK_PLAN_FACTS_STALE}`;

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
