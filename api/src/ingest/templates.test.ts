import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../config/paths.ts";
import { IMPORT_KINDS, KIND_NAMES } from "./kinds/index.ts";
import { TEMPLATE_FOLDER, templateCsv, withColumnsReference } from "./templates.ts";

describe("import templates", () => {
  it.each(KIND_NAMES)("%s: the committed template is current (npm run import:templates) and its example row is valid", (kind) => {
    const committed = readFileSync(path.join(paths.root, TEMPLATE_FOLDER, `${kind}.csv`), "utf8");
    expect(committed).toBe(templateCsv(kind));
    const spec = IMPORT_KINDS[kind];
    const example = Object.fromEntries(Object.entries(spec.example).filter(([, v]) => v !== ""));
    expect(spec.schema.safeParse(example).success).toBe(true);
  });

  it("the columns section of docs/import.md is current (npm run import:templates)", () => {
    const doc = readFileSync(path.join(paths.docs, "import.md"), "utf8");
    expect(doc).toBe(withColumnsReference(doc));
  });
});
