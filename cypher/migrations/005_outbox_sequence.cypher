// The outbox's monotonic sequence (api/src/changes): one counter node, and the cursor integrations page by.
CREATE CONSTRAINT outbox_sequence_id IF NOT EXISTS FOR (n:OutboxSequence) REQUIRE n.id IS UNIQUE;
CREATE INDEX outbox_event_sequence IF NOT EXISTS FOR (n:OutboxEvent) ON (n.sequence);
