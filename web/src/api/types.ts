/**
 * Names for the API's data as the app's operations select it: every type here is derived from
 * the generated operation types (generated/graphql.ts, `npm run codegen`), none is written by hand.
 */
import type {
  AuditTrailQuery,
  ChangeRequestsQuery,
  EntityAsOfQuery,
  EntityDetailsQuery,
  EntityGraphFieldsFragment,
  HcpAnalyticsQuery,
  ImportJobFieldsFragment,
  PreviewFieldsFragment,
  SearchQuery,
  StartImportMutationVariables,
} from "./generated/graphql.ts";

export { ChangeKind, ChangeStatus, EntityKind, ImportKind, ImportMode, ImportStatus, Metric } from "./generated/graphql.ts";

export type EntityGraph = EntityGraphFieldsFragment;
export type GraphNode = EntityGraph["nodes"][number];
export type GraphEdge = EntityGraph["edges"][number];

export type SearchHit = SearchQuery["search"][number];
export type EntityDetails = NonNullable<EntityDetailsQuery["entityDetails"]>;
export type HcpAnalytics = HcpAnalyticsQuery["hcps"][number];
export type HcpScore = HcpAnalytics["scores"][number];

export type ChangePreview = PreviewFieldsFragment;
export type ChangeRequest = ChangeRequestsQuery["changeRequests"][number];
export type AuditEntry = AuditTrailQuery["auditTrail"][number];
export type EdgeAtDate = NonNullable<EntityAsOfQuery["entityAsOf"]>["edges"][number];

export type ImportJob = ImportJobFieldsFragment;
export type ImportProblem = ImportJob["problems"][number];
export type StartImport = StartImportMutationVariables;
