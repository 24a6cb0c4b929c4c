import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";
import { describe, expect, it } from "vitest";
import { codegenConfig, GENERATED_DIR, SCHEMA_FILE } from "./codegen-config.ts";
import { printApiSchema } from "./print-schema.ts";

/** The committed web/src/api/generated/ against what `npm run codegen` would write now. */
describe("web/src/api/generated", () => {
  it("matches the API's schema and the web app's operations", async () => {
    const sdl = await printApiSchema();
    const outputs: { filename: string; content: string }[] = await generate(codegenConfig(sdl), false);
    const expected = new Map<string, string>([[SCHEMA_FILE, sdl], ...outputs.map((o) => [path.resolve(o.filename), o.content] as const)]);

    const committed = (await readdir(GENERATED_DIR)).map((name) => path.join(GENERATED_DIR, name));
    const files = [...new Set([...committed, ...expected.keys()])].sort();
    const stale: string[] = [];
    for (const file of files) {
      const current = committed.includes(file) ? await readFile(file, "utf8") : undefined;
      if (current !== expected.get(file))
        stale.push(
          `${path.relative(REPO_ROOT, file)} (${current === undefined ? "missing" : expected.has(file) ? "differs" : "not generated any more"})`,
        );
    }
    expect(stale, "The generated API types are stale: run `npm run codegen` and commit web/src/api/generated/.").toEqual([]);
  }, 120_000);
});
