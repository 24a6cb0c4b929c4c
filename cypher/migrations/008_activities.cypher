// Field activities (api/src/field/activities): one node per activity, its id '<rep>|<idempotency key>' unique.
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE INDEX activity_rep IF NOT EXISTS FOR (n:Activity) ON (n.repId, n.startedAt);
CREATE INDEX activity_hcp IF NOT EXISTS FOR (n:Activity) ON (n.hcpId);
CREATE INDEX activity_started IF NOT EXISTS FOR (n:Activity) ON (n.startedAt);
