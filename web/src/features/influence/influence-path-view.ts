import type { InfluencePathsQuery } from "../../api/generated/graphql.ts";

/** One path of `influencePaths`, as the paths panel lists it and the graph highlights it. */
export type InfluencePathView = InfluencePathsQuery["influencePaths"][number];
