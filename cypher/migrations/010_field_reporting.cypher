// Field reporting (api/src/field/reporting): pre-aggregates kept current with the activities they count.
// One node per rep and day (local day of startedAt), with the day's counts per set of territories the subjects are aligned to.
CREATE CONSTRAINT rep_day_fact_id IF NOT EXISTS FOR (n:RepDayFact) REQUIRE n.id IS UNIQUE;
CREATE INDEX rep_day_fact_rep IF NOT EXISTS FOR (n:RepDayFact) ON (n.repId, n.day);
CREATE INDEX rep_day_fact_day IF NOT EXISTS FOR (n:RepDayFact) ON (n.day);
// One node per HCP or account: who completed a call with it, on which day.
CREATE CONSTRAINT subject_call_fact_id IF NOT EXISTS FOR (n:SubjectCallFact) REQUIRE n.id IS UNIQUE;
// Recomputing an account's calls reads its activities.
CREATE INDEX activity_account IF NOT EXISTS FOR (n:Activity) ON (n.accountId);
