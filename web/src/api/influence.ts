/** GraphQL documents of the influence view (docs/ANALYTICS.md, Influence paths). */
import { graphql } from "./generated/gql.ts";

export const INFLUENCE_PATHS = graphql(`
  query InfluencePaths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int) {
    influencePaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {
      strength
      nodes { id kind name detail level rollup specialty metro }
      edges { id kind source target weight primary type influence version flow }
    }
  }
`);
