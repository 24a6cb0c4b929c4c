/** `npm run import:templates`: regenerates docs/import-templates/<kind>.csv and the columns section of docs/import.md. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { paths } from "../config/paths.ts";
import { KIND_NAMES } from "../ingest/kinds/index.ts";
import { TEMPLATE_FOLDER, templateCsv, withColumnsReference } from "../ingest/templates.ts";

const dir = path.join(paths.root, TEMPLATE_FOLDER);
mkdirSync(dir, { recursive: true });
for (const kind of KIND_NAMES) writeFileSync(path.join(dir, `${kind}.csv`), templateCsv(kind));
console.log(`wrote ${KIND_NAMES.length} templates to ${TEMPLATE_FOLDER}/`);
const doc = path.join(paths.docs, "import.md");
writeFileSync(doc, withColumnsReference(readFileSync(doc, "utf8")));
console.log("updated the columns section of docs/import.md");
