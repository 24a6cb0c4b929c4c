/** GraphQL documents of call plans and week plans (docs/FIELD.md). */
import { graphql } from "./generated/gql.ts";

export const WEEK_PLAN_FIELDS = graphql(`
  fragment WeekPlanFields on WeekPlan {
    id repId weekStart version reordered distanceKm generatedAt
    home { lat lon }
    days {
      date distanceKm travelMinutes startAt endAt homeInTime
      visits { subjectId subjectKind name accountId segment lat lon visitMinutes arriveAt startAt endAt travelMinutes distanceKm withinWindow }
    }
    unplanned { subjectId name reason }
  }
`);

export const WEEK_PLAN = graphql(`
  query WeekPlan($weekStart: String!, $repId: ID) {
    weekPlan(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }
  }
`);

export const PLAN_WEEK = graphql(`
  mutation PlanWeek($weekStart: String!, $repId: ID) {
    planWeek(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }
  }
`);

export const REORDER_DAY = graphql(`
  mutation ReorderDay($weekStart: String!, $date: String!, $order: [ID!]!, $expectedVersion: Int!) {
    reorderDay(weekStart: $weekStart, date: $date, order: $order, expectedVersion: $expectedVersion) { ...WeekPlanFields }
  }
`);

export const CYCLES = graphql(`
  query Cycles {
    cycles { id name startDate endDate workingDays }
  }
`);

export const CALL_PLAN_FIELDS = graphql(`
  fragment CallPlanFields on CallPlan {
    id territoryId territoryName region reps status model modelVersion callsPerDay capacity plannedCalls targetCount
    generatedAt generatedBy reviewedBy reviewedAt reviewComment version droppedCount
    cycle { id name startDate endDate }
    frequencies { segment callsPerCycle }
    pendingChanges { id op subjectId plannedCalls reason requestedBy requestedAt status }
  }
`);

export const CALL_PLANS = graphql(`
  query CallPlans($cycleId: ID!, $territoryId: ID, $status: CallPlanStatus) {
    callPlans(cycleId: $cycleId, territoryId: $territoryId, status: $status) { ...CallPlanFields }
  }
`);

export const CALL_PLAN_TARGETS = graphql(`
  query CallPlanTargets($id: ID!, $notSeen: Boolean, $limit: Int) {
    callPlan(id: $id) {
      id
      targets(notSeen: $notSeen, limit: $limit) { subjectId subjectKind name segment score plannedCalls callsMade lastCallAt origin active lat lon }
    }
  }
`);

export const APPROVE_CALL_PLAN = graphql(`
  mutation ApproveCallPlan($id: ID!, $expectedVersion: Int!, $comment: String) {
    approveCallPlan(id: $id, expectedVersion: $expectedVersion, comment: $comment) { ...CallPlanFields }
  }
`);

export const REJECT_CALL_PLAN = graphql(`
  mutation RejectCallPlan($id: ID!, $expectedVersion: Int!, $reason: String!) {
    rejectCallPlan(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ...CallPlanFields }
  }
`);
