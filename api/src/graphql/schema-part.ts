import { readFileSync } from "node:fs";

/** A resolver map: type name -> field name -> resolver. */
export type Resolvers = Record<string, Record<string, unknown>>;

/**
 * What one capability adds to the GraphQL schema: its type definitions and the resolvers of
 * the fields it declares. The composition root (server/) merges the parts.
 */
export interface SchemaPart {
  typeDefs: string;
  resolvers?: Resolvers;
}

/** The text of a `.graphql` file beside the calling module: `typeDefsBeside(import.meta.url, "type-defs.graphql")`. */
export function typeDefsBeside(moduleUrl: string, file: string): string {
  return readFileSync(new URL(file, moduleUrl), "utf8");
}

/** SDL of an enum whose values are a list the model or a capability owns, so the two never drift apart. */
export function enumTypeDefs(name: string, description: string, values: readonly string[]): string {
  return `
"${description}"
enum ${name} {
  ${values.join("\n  ")}
}`;
}
