/** Names for customer-experience data as the app's operations select it (derived from the generated types). */
import type {
  ExperienceBreakdownQuery,
  ExperienceDrillDownQuery,
  ExperienceFilterOptionsQuery,
  ExperienceHeadlineFieldsFragment,
  ExperienceKpiFieldsFragment,
  ExperienceReportQuery,
  ExperienceTableQuery,
} from "./generated/graphql.ts";

export {
  ExperienceBreakdownBy,
  ExperienceLevel,
  ExperienceSort,
  NpsBand,
  ScoringModelStatus,
  ScoringSubject,
} from "./generated/graphql.ts";

export type ExperienceKpis = ExperienceKpiFieldsFragment;
export type ExperienceHeadline = ExperienceHeadlineFieldsFragment;
export type ExperienceReport = ExperienceReportQuery["experience"];
export type ExperienceMonth = ExperienceReport["trend"][number];
export type ExperienceGroup = ExperienceBreakdownQuery["experienceBreakdown"][number];
export type ExperienceTable = ExperienceTableQuery["experienceTable"];
export type ExperienceTableRow = ExperienceTable["rows"][number];
export type ExperienceDrillDown = ExperienceDrillDownQuery["experienceDrillDown"];
export type ExperienceChildChange = ExperienceDrillDown["children"][number];
export type ExperienceFilterOptions = ExperienceFilterOptionsQuery;
export type ChannelEngagement = ExperienceKpis["engagement"]["byChannel"][number];
