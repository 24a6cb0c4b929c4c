/**
 * `npm run codegen`: prints the API's schema to web/src/api/generated/schema.graphql and
 * regenerates the web app's operation types next to it. Both are committed; a unit test
 * (generated-types.test.ts) fails when they no longer match the API or the app's documents.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";
import { codegenConfig, GENERATED_DIR, SCHEMA_FILE } from "./codegen-config.ts";
import { printApiSchema } from "./print-schema.ts";

const sdl = await printApiSchema();
await mkdir(GENERATED_DIR, { recursive: true });
await writeFile(SCHEMA_FILE, sdl);
const outputs: { filename: string }[] = await generate(codegenConfig(sdl), true);
for (const file of [SCHEMA_FILE, ...outputs.map((o) => o.filename)]) console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
