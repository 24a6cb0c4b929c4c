/** GraphQL documents of field reporting: KPIs by scope and period, late reports (docs/FIELD.md, Reporting). */
import { graphql } from "./generated/gql.ts";

export const FIELD_KPI_FIELDS = graphql(`
  fragment FieldKpiFields on FieldKpis {
    activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets
    frequencyAttainment coverage reportedWithin24h missingRequiredFields
  }
`);

export const FIELD_REPORT = graphql(`
  query FieldReport($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {
    fieldReport(scope: $scope, id: $id, from: $from, to: $to) {
      scope id from to
      kpis { ...FieldKpiFields }
      byWeek { weekStart kpis { ...FieldKpiFields } }
      bySegment { segment kpis { ...FieldKpiFields } }
      byRep { repId repName lateReports kpis { ...FieldKpiFields } }
    }
  }
`);

export const LATE_REPORTS = graphql(`
  query LateReports($repId: ID, $from: String!, $to: String!, $limit: Int) {
    lateReports(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }
  }
`);
