import { EnvelopArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../graphql/errors.ts";
import type { RequestLimits } from "./request-limits.ts";

/** Armor's errors carry no code; every rejection gets QUERY_TOO_COMPLEX (it runs before the error leaves the rule). */
const withCode = {
  onReject: [(_: unknown, error: GraphQLError) => Object.assign(error.extensions, { code: ErrorCode.QUERY_TOO_COMPLEX })],
};

/**
 * GraphQL Armor: depth, aliases, cost, tokens and directives of a document are bounded while it
 * is parsed and validated, before anything runs; validation errors never suggest field names.
 */
export function graphqlArmor(limits: RequestLimits): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ...withCode },
    maxAliases: { n: limits.maxAliases, ...withCode },
    costLimit: { maxCost: limits.maxCost, ...withCode },
    maxTokens: { n: limits.maxTokens, ...withCode },
    maxDirectives: { n: limits.maxDirectives, ...withCode },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
