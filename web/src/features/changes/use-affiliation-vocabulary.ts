import { AFFILIATION_VOCABULARY } from "../../api/changes.ts";
import type { AffiliationVocabularyQuery, EntityKind } from "../../api/generated/graphql.ts";
import type { Api } from "../../api/use-api.ts";
import { useQuery, type QueryResult } from "../../api/use-query.ts";

export type AffiliationVocabulary = AffiliationVocabularyQuery["affiliationVocabulary"];

/** The affiliation types and influence levels an edge from a child of this kind may have. */
export function useAffiliationVocabulary(api: Api, childKind: EntityKind): QueryResult<AffiliationVocabularyQuery> {
  return useQuery(api, AFFILIATION_VOCABULARY, { childKind });
}
