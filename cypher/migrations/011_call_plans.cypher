// Cycles, call plans and targets (api/src/field/call-plans), week plans (api/src/field/planning).
CREATE CONSTRAINT cycle_id IF NOT EXISTS FOR (n:Cycle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT call_plan_id IF NOT EXISTS FOR (n:CallPlan) REQUIRE n.id IS UNIQUE;
CREATE INDEX call_plan_cycle IF NOT EXISTS FOR (n:CallPlan) ON (n.cycleId, n.territoryId);
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE INDEX target_subject IF NOT EXISTS FOR (n:Target) ON (n.subjectId);
CREATE CONSTRAINT target_change_id IF NOT EXISTS FOR (n:TargetChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX target_change_plan IF NOT EXISTS FOR (n:TargetChange) ON (n.planId, n.status);
CREATE CONSTRAINT week_plan_id IF NOT EXISTS FOR (n:WeekPlan) REQUIRE n.id IS UNIQUE;
CREATE INDEX activity_account IF NOT EXISTS FOR (n:Activity) ON (n.accountId);
