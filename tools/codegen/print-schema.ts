/**
 * The API's GraphQL schema as SDL, built from its own type definitions and resolvers without a
 * database: @neo4j/graphql needs a driver only to run queries, and nothing runs here.
 * `npm run codegen` writes it to web/src/api/generated/schema.graphql, the web app's codegen input.
 */
import { printSchema } from "graphql";
import { buildSchema } from "../../api/src/server/schema.ts";

export async function printApiSchema(): Promise<string> {
  const schema = await buildSchema(undefined as never, { kind: "secret", secret: "x".repeat(40), devLogin: false });
  return `${printSchema(schema)}\n`;
}
