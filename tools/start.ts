/**
 * `npm start`: the whole product on one URL, for development and demos (the API process alone is
 * api/src/server/main.ts). Uses NEO4J_URI if set, otherwise provisions and
 * starts the local Neo4j; applies the schema; loads the `demo` seed (with its field year) into an
 * empty database, or adds the field year to a `demo` database seeded before it had one;
 * materializes the roll-ups of the newest period when none are; builds the web app when its
 * sources changed; serves GraphQL and the UI on PORT (4000) of 127.0.0.1, with the development
 * login unless AUTH_DEV_LOGIN=false (then AUTH_JWT_SECRET or AUTH_JWKS_URL is needed).
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { ensureNeo4j, MissingPrerequisiteError, REPO_ROOT } from "@pharmagraph/neo4j-local";
import { authConfigFromEnv } from "../api/src/auth/auth-config.ts";
import { ConfigurationError } from "../api/src/config/configuration-error.ts";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { paths } from "../api/src/config/paths.ts";
import { listenHost } from "../api/src/server/listen-host.ts";
import { closeOnSignals, startApi } from "../api/src/server/start-server.ts";
import { webBuildIsStale } from "./web-build-freshness.ts";
import { ensureDemoData } from "./demo-data.ts";

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  // The local demo is the one place the development login is on by default; it refuses any HOST but loopback.
  const auth = authConfigFromEnv({ AUTH_DEV_LOGIN: "true", ...process.env });
  const host = listenHost(auth, process.env.HOST);
  const connection = await ensureNeo4j(undefined, (line) => console.log(line));
  console.log(`Neo4j ready at ${connection.uri} (${connection.source}) after ${elapsed()}`);
  const driver = createDriver(connection);
  await migrate(driver);

  await ensureDemoData(driver, (line) => console.log(line));
  // A database seeded before the seed made field data gets its field year (scores, influence, plans, activities) once.
  await (await import("@pharmagraph/seed")).ensureFieldData(driver, (line) => console.log(line));

  if (webBuildIsStale(paths.webDist)) {
    console.log("Building the web app...");
    // In a child process: Vite sets NODE_ENV=production in the process that builds.
    const result = spawnSync("npm", ["run", "-s", "build:web"], { cwd: REPO_ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new Error("The web build failed (see above).");
  }

  const api = await startApi({ driver, port: Number(process.env.PORT ?? 4000), host, auth });
  console.log(`\npharmagraph is up after ${elapsed()}:\n  web app   ${api.url}/\n  GraphQL   ${api.url}/graphql (GraphiQL in a browser)\n`);

  closeOnSignals(api, driver);
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError || err instanceof ConfigurationError ? err.message : err);
  process.exit(1);
});
