/**
 * The customer graph as @neo4j/graphql serves it (generated reads with filters, pagination,
 * connections and aggregates; no generated writes): the entity types of the hierarchy with
 * their affiliation and influence edges, territories and metric values, and the vocabulary
 * enums taken from the model.
 */
import { enumTypeDefs, typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";
import { OWN_VALUES_VISIBLE, ROLLUP_FROM_PATHS } from "../model/cypher-fragments.ts";
import { ENTITY_KINDS, LABEL_OF_KIND } from "../model/entity-kinds.ts";
import { UNRESTRICTED_ROLES } from "../model/roles.ts";
import { METRICS } from "../model/vocabulary.ts";

/** Cypher over the @neo4j/graphql `$jwt`: the caller is confined to territories. */
const RESTRICTED = `NOT $jwt.role IN [${UNRESTRICTED_ROLES.map((r) => `'${r}'`).join(", ")}]`;

/**
 * The same `rollup` field on every entity type: the materialized value, or with `asOf` the value
 * computed over the edges in effect that day. A REP's roll-up counts only what they may see: the
 * own values of their territories' HCPs and accounts, always computed from the graph.
 */
const rollupField = (type: string) => `
extend type ${type} {
  """
  Roll-up of a metric for a period (docs/ANALYTICS.md): the own value plus weight x roll-up of
  every child, through all levels below. Current values are materialized (see
  materializeRollups); with \`asOf\`, computed over the edges valid that day. 0 without data.
  """
  rollup(metric: Metric!, period: String!, asOf: Date): Float!
    @cypher(
      statement: """
      OPTIONAL MATCH (v:RollupValue {id: this.id + '|' + $metric + '|' + $period})
      WITH this, CASE WHEN $asOf IS NULL AND NOT (${RESTRICTED}) THEN v.value END AS stored
      OPTIONAL CALL (this, stored) {
        WITH this WHERE stored IS NULL${ROLLUP_FROM_PATHS("this", "coalesce(date($asOf), date())", (d) => OWN_VALUES_VISIBLE(d, `(${RESTRICTED})`, "$jwt.territories"))}
      }
      RETURN coalesce(stored, rollup, 0.0) AS rollup
      """
      columnName: "rollup"
    )
}`;

const vocabulary = enumTypeDefs("Metric", "A metric that rolls up through the hierarchy.", METRICS);

export const hierarchySchema: SchemaPart = {
  typeDefs: [
    vocabulary,
    typeDefsBeside(import.meta.url, "territory.graphql"),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
    typeDefsBeside(import.meta.url, "influence.graphql"),
    typeDefsBeside(import.meta.url, "metric-value.graphql"),
    ...ENTITY_KINDS.map((k) => rollupField(LABEL_OF_KIND[k])),
  ].join("\n"),
};
