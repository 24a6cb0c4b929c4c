// Personas (api/src/experience/personas): rule set versions, the one active rule set, HCPs by persona.
CREATE CONSTRAINT persona_rule_set_id IF NOT EXISTS FOR (n:PersonaRuleSet) REQUIRE n.id IS UNIQUE;
CREATE INDEX persona_rule_set_key IF NOT EXISTS FOR (n:PersonaRuleSet) ON (n.key, n.version);
CREATE INDEX persona_rule_set_status IF NOT EXISTS FOR (n:PersonaRuleSet) ON (n.status);
CREATE INDEX hcp_persona IF NOT EXISTS FOR (n:HCP) ON (n.persona);
