/** Names for field-reporting data as the app's operations select it (derived from the generated types). */
import type { FieldKpiFieldsFragment, FieldReportQuery } from "./generated/graphql.ts";

export { KpiScope } from "./generated/graphql.ts";

export type FieldKpis = FieldKpiFieldsFragment;
export type FieldReport = FieldReportQuery["fieldReport"];
export type RepKpis = FieldReport["byRep"][number];
