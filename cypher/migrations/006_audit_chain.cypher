// The audit log's hash chain (api/src/audit, docs/AUDIT.md): the chain head, one number per sealed
// event, and events written before the chain existed queued for sealing like new ones.
CREATE CONSTRAINT audit_chain_id IF NOT EXISTS FOR (n:AuditChain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_seq IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.seq IS UNIQUE;
MATCH (e:AuditEvent) WHERE e.seq IS NULL AND NOT e:AuditUnsealed
CALL (e) { SET e:AuditUnsealed } IN TRANSACTIONS OF 10000 ROWS;
