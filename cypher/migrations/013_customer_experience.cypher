// Customer experience (api/src/experience): feedback answers, touchpoints of the non-field channels,
// and the month and quarter lists of every entity (own at HCPs, rolled up above them).
CREATE CONSTRAINT feedback_id IF NOT EXISTS FOR (n:Feedback) REQUIRE n.id IS UNIQUE;
CREATE INDEX feedback_hcp IF NOT EXISTS FOR (n:Feedback) ON (n.hcpId);
CREATE CONSTRAINT touchpoint_id IF NOT EXISTS FOR (n:Touchpoint) REQUIRE n.id IS UNIQUE;
CREATE INDEX touchpoint_hcp IF NOT EXISTS FOR (n:Touchpoint) ON (n.hcpId);
CREATE CONSTRAINT cx_value_id IF NOT EXISTS FOR (n:CxValue) REQUIRE n.id IS UNIQUE;
CREATE INDEX cx_value_entity IF NOT EXISTS FOR (n:CxValue) ON (n.entityId);
CREATE INDEX cx_value_level_period IF NOT EXISTS FOR (n:CxValue) ON (n.level, n.period);
