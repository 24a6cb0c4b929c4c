import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Each domain owns its part of the schema; this is the order they are read in. */
export const TYPE_DEF_FILES = [
  "auth/type-defs.graphql",
  "hierarchy/territory.graphql",
  "hierarchy/type-defs.graphql",
  "hierarchy/influence.graphql",
  "hierarchy/metric-value.graphql",
  "explore/type-defs.graphql",
  "ingest/type-defs.graphql",
  "analytics/rollup-store/type-defs.graphql",
  "analytics/influence/type-defs.graphql",
  "analytics/scoring/type-defs.graphql",
  "changes/type-defs.graphql",
];

export function loadTypeDefs(): string {
  return TYPE_DEF_FILES.map((f) => readFileSync(path.join(SRC, f), "utf8")).join("\n");
}
