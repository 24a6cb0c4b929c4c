// Plan facts: the target KPIs of an approved call plan, pre-aggregated (api/src/field/reporting/plan-facts.ts).
CREATE CONSTRAINT plan_fact_id IF NOT EXISTS FOR (n:PlanFact) REQUIRE n.id IS UNIQUE;
