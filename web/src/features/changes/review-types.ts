/** Names for the review screens' data, derived from the generated operation types. */
import type { ChangeRequestQuery, ChangeRequestsQuery, ParentEdgesQuery, ReviewSummaryQuery } from "../../api/generated/graphql.ts";

export type QueueRow = ChangeRequestsQuery["changeRequests"][number];
export type RequestDetail = NonNullable<ChangeRequestQuery["changeRequest"]>;
export type ReviewSummary = ReviewSummaryQuery["reviewSummary"];
export type ParentEdgeRow = NonNullable<ParentEdgesQuery["hcps"][number]>["accountsConnection"]["edges"][number];
