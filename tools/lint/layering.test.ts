import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as Pick<IConfiguration, "forbidden">;

describe("the layering rules of .dependency-cruiser.cjs", () => {
  it("catch a deliberate violation of each rule in the fixture tree", async () => {
    const result = await cruise(["api/src", "web/src"], {
      baseDir: path.join(here, "layering-fixture"),
      ruleSet: { forbidden: config.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
    });
    if (typeof result.output === "string") throw new Error("expected a cruise result object");
    const broken = result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(broken).toEqual([
      "capabilities-do-not-import-entry-points: api/src/changes/capability-probe.ts -> api/src/server/server-probe.ts",
      "model-is-the-kernel: api/src/model/kernel-probe.ts -> api/src/changes/capability-probe.ts",
      "web-imports-no-api-source: web/src/web-probe.ts -> api/src/server/server-probe.ts",
    ]);
  });
});
