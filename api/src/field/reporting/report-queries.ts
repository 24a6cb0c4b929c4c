/**
 * The reporting reads. `$from`/`$to` are the period's dates; `$territories` (null: no filter)
 * restricts activities to subjects aligned to one of them; `$reps`
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
