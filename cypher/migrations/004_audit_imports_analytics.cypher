// The append-only audit log and the import records (docs/MODEL.md, Governance). Audit events are
// written once per changed edge, so they carry only the indexes that history lookups need.
CREATE INDEX audit_event_subject IF NOT EXISTS FOR (n:AuditEvent) ON (n.subjectId);
CREATE INDEX audit_event_from IF NOT EXISTS FOR (n:AuditEvent) ON (n.fromId);
CREATE INDEX audit_event_to IF NOT EXISTS FOR (n:AuditEvent) ON (n.toId);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_started IF NOT EXISTS FOR (n:Import) ON (n.startedAt);
CREATE INDEX influence_type IF NOT EXISTS FOR ()-[r:INFLUENCES]-() ON (r.type);
// Materialized roll-ups (api/src/analytics/rollup-store).
CREATE CONSTRAINT rollup_value_id IF NOT EXISTS FOR (n:RollupValue) REQUIRE n.id IS UNIQUE;
CREATE INDEX rollup_value_lookup IF NOT EXISTS FOR (n:RollupValue) ON (n.metric, n.period);
CREATE CONSTRAINT rollup_run_id IF NOT EXISTS FOR (n:RollupRun) REQUIRE n.id IS UNIQUE;
// Scoring models and scores (api/src/analytics/scoring).
CREATE CONSTRAINT scoring_model_id IF NOT EXISTS FOR (n:ScoringModel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT score_id IF NOT EXISTS FOR (n:Score) REQUIRE n.id IS UNIQUE;
CREATE INDEX score_hcp IF NOT EXISTS FOR (n:Score) ON (n.hcpId);
CREATE INDEX score_segment IF NOT EXISTS FOR (n:Score) ON (n.model, n.segment);
// Governed changes (api/src/changes): one lock node for same-level edge writes, requests, outbox.
CREATE CONSTRAINT hierarchy_lock_id IF NOT EXISTS FOR (n:HierarchyLock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_request_id IF NOT EXISTS FOR (n:ChangeRequest) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_request_status IF NOT EXISTS FOR (n:ChangeRequest) ON (n.status);
CREATE INDEX outbox_event_at IF NOT EXISTS FOR (n:OutboxEvent) ON (n.at);
