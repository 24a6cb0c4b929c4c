/** GraphQL documents of the scoring models page (docs/SCORING.md): versions, drafts, simulation, activation. */
import { graphql } from "./generated/gql.ts";
import type { ActivateScoringModelMutation, ScoringModelsQuery, SimulateScoringModelQuery } from "./generated/graphql.ts";

export { ScoringModelStatus, ScoringSubject } from "./generated/graphql.ts";

export const SCORING_MODELS = graphql(`
  query ScoringModels {
    scoringModels { name version status subject definition createdBy createdAt activatedAt }
  }
`);

export const SAVE_SCORING_MODEL = graphql(`
  mutation SaveScoringModel($definition: String!) {
    saveScoringModel(definition: $definition) { name version status }
  }
`);

export const SIMULATE_SCORING_MODEL = graphql(`
  query SimulateScoringModel($name: String!, $version: Int!) {
    simulateScoringModel(name: $name, version: $version) {
      name version subject activeVersion subjects changed
      migration { from to subjects }
      activeCounts { segment subjects }
      draftCounts { segment subjects }
    }
  }
`);

export const ACTIVATE_SCORING_MODEL = graphql(`
  mutation ActivateScoringModel($name: String!, $version: Int!) {
    activateScoringModel(name: $name, version: $version) { name version subject subjects counts { segment subjects } milliseconds }
  }
`);

export type ScoringModelVersion = ScoringModelsQuery["scoringModels"][number];
export type ScoringSimulation = SimulateScoringModelQuery["simulateScoringModel"];
export type SegmentMigration = ScoringSimulation["migration"][number];
export type SegmentCount = ScoringSimulation["draftCounts"][number];
export type ScoringActivation = ActivateScoringModelMutation["activateScoringModel"];
