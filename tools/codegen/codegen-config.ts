/**
 * GraphQL Code Generator configuration of the web app: the client preset turns every operation
 * written with `graphql(...)` in web/src into result and variable types and a typed document,
 * in web/src/api/generated/. Used by `npm run codegen` and by the test that catches stale output.
 */
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { buildSchema } from "graphql";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";

export const GENERATED_DIR = path.join(REPO_ROOT, "web", "src", "api", "generated");
export const SCHEMA_FILE = path.join(GENERATED_DIR, "schema.graphql");

/** The configuration for a schema given as SDL (the API's, from printApiSchema()). */
export function codegenConfig(schemaSdl: string): CodegenConfig {
  const web = path.join(REPO_ROOT, "web", "src");
  return {
    // A built schema, not SDL: the CLI would sort SDL it loads, and enum values keep their declared
    // order for the UI's dropdowns this way.
    schema: buildSchema(schemaSdl),
    documents: [`${web}/**/*.{ts,tsx}`, `!${GENERATED_DIR}/**`, `!${web}/**/*.test.ts`],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [`${GENERATED_DIR}/`]: {
        preset: "client",
        presetConfig: { fragmentMasking: false },
        config: {
          // Documents are sent as strings: no graphql-js in the browser bundle.
          documentMode: "string",
          // Enums as `const` objects plus a union type: usable as values (dropdowns), erased otherwise.
          enumType: "const",
          namingConvention: { enumValues: "keep" },
          useTypeImports: true,
          importExtension: ".ts",
          strictScalars: true,
          scalars: { Date: "string", File: "File" },
        },
      },
    },
  };
}
