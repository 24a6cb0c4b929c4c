// What the read API and analytics filter on.
CREATE INDEX hcp_npi IF NOT EXISTS FOR (n:HCP) ON (n.npi);
CREATE INDEX hcp_specialty IF NOT EXISTS FOR (n:HCP) ON (n.specialty);
CREATE INDEX hcp_state_zip IF NOT EXISTS FOR (n:HCP) ON (n.state, n.zip);
CREATE INDEX account_kind IF NOT EXISTS FOR (n:Account) ON (n.kind);
CREATE INDEX account_state_zip IF NOT EXISTS FOR (n:Account) ON (n.state, n.zip);
CREATE INDEX user_role IF NOT EXISTS FOR (n:User) ON (n.role);
CREATE INDEX metric_value_lookup IF NOT EXISTS FOR (n:MetricValue) ON (n.metric, n.period);
CREATE INDEX metric_value_entity IF NOT EXISTS FOR (n:MetricValue) ON (n.entityId);
CREATE INDEX affiliation_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX affiliation_valid IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.validFrom, r.validTo);
CREATE INDEX influence_id IF NOT EXISTS FOR ()-[r:INFLUENCES]-() ON (r.id);
