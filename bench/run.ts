/**
 * `npm run bench [-- api] [--runs 30]`: read-path latencies of the GraphQL API against the
 * database in use (NEO4J_URI or the local server) and whatever seed it holds. Results go to
 * bench/results/<suite>-<timestamp>.json; docs/BENCHMARKS.md records the numbers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureNeo4j, REPO_ROOT } from "@pharmagraph/neo4j-local";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { runApiBench } from "./api-bench.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "30" } } });
const suites = positionals.length ? positionals : ["api"];
const runs = Number(values.runs);

const connection = await ensureNeo4j();
const driver = createDriver(connection);
try {
  await migrate(driver);
  for (const suite of suites) {
    if (suite !== "api") throw new Error(`unknown suite ${suite}; available: api`);
    const result = await runApiBench(driver, runs);
    const dir = path.join(REPO_ROOT, "bench", "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${suite}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.table(result.cases.map((c) => ({ case: c.name, role: c.role, p50_ms: c.p50, p95_ms: c.p95, rows: c.rows })));
    console.log(`written ${path.relative(REPO_ROOT, file)}`);
  }
} finally {
  await driver.close();
}
