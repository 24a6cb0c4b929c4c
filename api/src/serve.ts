import { ensureNeo4j } from "@pharmagraph/neo4j-local";
import { createDriver } from "./db/driver.ts";
import { migrate } from "./db/migrate.ts";
import { startApi } from "./http/start.ts";

/** `npm run serve -w api`: the API (and the built web app) against the configured Neo4j. */
const connection = await ensureNeo4j(undefined, (line) => console.error(line));
const driver = createDriver(connection);
await migrate(driver);
const api = await startApi({ driver, port: Number(process.env.PORT ?? 4000) });
console.log(`pharmagraph API at ${api.url}/graphql, web app at ${api.url}/ (Neo4j: ${connection.uri})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void api.close().then(() => driver.close()).then(() => process.exit(0));
  });
}
