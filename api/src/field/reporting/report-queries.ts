/**
 * The reporting reads. `$from`/`$to` are the period's dates; `$territories` (null: no filter)
 * restricts activities to subjects aligned to one of them and targets to their plans; `$reps`
 * restricts the rep-day facts to those reps.
 */

const ACTIVITY_ROWS = (match: string) => `
${match}
// Each list property read once (an indexed property read reads the whole list).
WITH f.repId AS repId, f.day AS day, f.sets AS sets, f.activities AS a, f.calls AS c, f.visits AS v, f.onTime AS o, f.checked AS k, f.missing AS m
WITH repId, day, a, c, v, o, k, m,
  [i IN range(0, size(sets) - 1) WHERE $territories IS NULL OR any(t IN split(sets[i], ',') WHERE t IN $territories)] AS idx
WHERE size(idx) > 0
WITH repId, day - duration({days: day.dayOfWeek - 1}) AS week,
  reduce(s = 0, i IN idx | s + a[i]) AS activities, reduce(s = 0, i IN idx | s + c[i]) AS calls,
  reduce(s = 0, i IN idx | s + v[i]) AS visits, reduce(s = 0, i IN idx | s + o[i]) AS onTime,
  reduce(s = 0, i IN idx | s + k[i]) AS checked, reduce(s = 0, i IN idx | s + m[i]) AS missing
RETURN repId, toString(week) AS week, sum(activities) AS activities, sum(calls) AS calls,
  sum(CASE WHEN calls > 0 THEN 1 ELSE 0 END) AS activeDays, sum(CASE WHEN visits > 0 THEN 1 ELSE 0 END) AS daysInField,
  sum(onTime) AS onTime, sum(checked) AS checked, sum(missing) AS missing`;

/** Per rep and week (Monday), the activity counts of the reps `$reps` in the period. */
export const ACTIVITY_ROWS_OF_REPS = ACTIVITY_ROWS(`
MATCH (f:RepDayFact) WHERE f.repId IN $reps AND f.day >= date($from) AND f.day < date($to)`);

/** Per rep and week, the activity counts of every rep in the period. */
export const ACTIVITY_ROWS_OF_ALL = ACTIVITY_ROWS(`
MATCH (f:RepDayFact) WHERE f.day >= date($from) AND f.day < date($to)`);

/**
 * Active targets of approved plans whose cycle overlaps the period, grouped by plan, segment and
 * planned calls; per target the days of the completed calls with its subject by the reps covering
 * the plan's territory within the period and the cycle. Days are counted from `$from`.
 */
export const TARGET_ROWS = `
MATCH (c:Cycle) WHERE c.startDate < date($to) AND c.endDate >= date($from)
MATCH (p:CallPlan {cycleId: c.id}) WHERE p.status = 'APPROVED' AND ($territories IS NULL OR p.territoryId IN $territories)
CALL (p) { OPTIONAL MATCH (u:User)-[:COVERS]->(:Territory {id: p.territoryId}) RETURN collect(u.id) AS reps }
WITH p, c, reps,
  CASE WHEN c.startDate > date($from) THEN c.startDate ELSE date($from) END AS lo,
  CASE WHEN c.endDate < date($to) THEN c.endDate + duration('P1D') ELSE date($to) END AS hi
MATCH (p)-[:HAS_TARGET]->(t:Target) WHERE t.active = true
OPTIONAL MATCH (f:SubjectCallFact {id: t.subjectId + '|calls'})
WITH p, c, t, lo, hi, reps, coalesce(f.days, []) AS days, coalesce(f.reps, []) AS callers
WITH p, c, t, [i IN range(0, size(days) - 1) WHERE days[i] >= lo AND days[i] < hi AND callers[i] IN reps | duration.inDays(date($from), days[i]).days] AS calls
RETURN p.territoryId AS territoryId, duration.inDays(date($from), c.startDate).days AS cycleStart,
  duration.inDays(date($from), c.endDate).days AS cycleEnd, coalesce(t.segment, '-') AS segment,
  t.plannedCalls AS plannedCalls, collect(calls) AS calls`;

export const TERRITORY_IDS = `MATCH (t:Territory {id: $id}) RETURN collect(t.id) AS territories`;
export const REGION_TERRITORY_IDS = `MATCH (t:Territory) WHERE t.region = $id RETURN collect(t.id) AS territories`;

/** The user and the territories they cover (no row: no such user). */
export const REP_TERRITORIES = `
MATCH (u:User {id: $id})
OPTIONAL MATCH (u)-[:COVERS]->(t:Territory)
RETURN u.id AS id, coalesce(u.name, u.id) AS name, collect(t.id) AS covers`;

/** The reps covering one of `$territories` (all covering reps when null) or named in `$ids`, with the territories each covers. */
export const REPS = `
CALL () {
  MATCH (u:User)-[:COVERS]->(t:Territory) WHERE $territories IS NULL OR t.id IN $territories RETURN u
  UNION
  MATCH (u:User) WHERE u.id IN $ids RETURN u
}
OPTIONAL MATCH (u)-[:COVERS]->(c:Territory)
RETURN u.id AS id, coalesce(u.name, u.id) AS name, collect(c.id) AS covers`;

/** Whether the rep covers one of `$territories`. */
export const COVERS_ONE_OF = `RETURN EXISTS { (:User {id: $id})-[:COVERS]->(t:Territory) WHERE t.id IN $territories } AS covers`;
