// Plan facts and rep-week facts: report pre-aggregates (api/src/field/reporting/plan-facts.ts, rep-week-facts.ts).
CREATE CONSTRAINT plan_fact_id IF NOT EXISTS FOR (n:PlanFact) REQUIRE n.id IS UNIQUE;
// Rep-week facts: a rep's week summed from its rep-day facts (api/src/field/reporting/rep-week-facts.ts).
CREATE CONSTRAINT rep_week_fact_id IF NOT EXISTS FOR (n:RepWeekFact) REQUIRE n.id IS UNIQUE;
CREATE INDEX rep_week_fact_rep IF NOT EXISTS FOR (n:RepWeekFact) ON (n.repId, n.week);
CREATE INDEX rep_week_fact_week IF NOT EXISTS FOR (n:RepWeekFact) ON (n.week);
// The weeks of the rep-day facts a database already holds, as REFRESH_REP_WEEKS computes them (a copy: a migration keeps the rule of its day).
MATCH (f:RepDayFact) WHERE NOT EXISTS { MATCH (w:RepWeekFact) WHERE w.repId = f.repId AND w.week = f.day - duration({days: f.day.dayOfWeek - 1}) }
WITH DISTINCT f.repId AS repId, f.day - duration({days: f.day.dayOfWeek - 1}) AS week
CALL (repId, week) {
  MATCH (d:RepDayFact) WHERE d.repId = repId AND d.day >= week AND d.day < week + duration('P7D')
  WITH d.day.dayOfWeek - 1 AS weekday, d.sets AS sets, d.activities AS a, d.calls AS c, d.visits AS v, d.onTime AS o, d.checked AS k, d.missing AS m
  UNWIND range(0, size(sets) - 1) AS i
  WITH sets[i] AS territories, [1, 2, 4, 8, 16, 32, 64][weekday] AS bit, a[i] AS a, c[i] AS c, v[i] AS v, o[i] AS o, k[i] AS k, m[i] AS m
  WITH territories, sum(a) AS activities, sum(c) AS calls, sum(o) AS onTime, sum(k) AS checked, sum(m) AS missing,
    sum(CASE WHEN c > 0 THEN bit ELSE 0 END) AS callDays, sum(CASE WHEN v > 0 THEN bit ELSE 0 END) AS visitDays
  ORDER BY territories
  WITH collect(territories) AS sets, apoc.coll.flatten(collect([activities, calls, onTime, checked, missing, callDays, visitDays])) AS counts
  CREATE (:RepWeekFact {id: repId + '|' + toString(week), repId: repId, week: week, sets: sets, counts: counts})
} IN TRANSACTIONS OF 1000 ROWS;
