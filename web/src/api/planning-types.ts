/** Names for call-plan and week-plan data as the app's operations select it (derived from the generated types). */
import type { CallPlanFieldsFragment, CallPlanTargetsQuery, CyclesQuery, WeekPlanFieldsFragment } from "./generated/graphql.ts";

export type WeekPlan = WeekPlanFieldsFragment;
export type PlanDay = WeekPlan["days"][number];
export type PlannedVisit = PlanDay["visits"][number];
export type Cycle = CyclesQuery["cycles"][number];
export type CallPlan = CallPlanFieldsFragment;
export type CallPlanTarget = NonNullable<CallPlanTargetsQuery["callPlan"]>["targets"][number];
