/**
 * The API process on its own, as a container or a service manager runs it:
 * `tsx api/src/server/main.ts`. It reads everything from the environment (NEO4J_URI and the
 * rest of the README's table), applies pending schema migrations and serves until SIGINT or
 * SIGTERM. `npm start` (tools/start.ts) wraps the same server with a local Neo4j and demo data.
 */
import { connectionFromEnv, MissingConnectionError } from "../db/connection.ts";
import { createDriver } from "../db/driver.ts";
import { migrate } from "../db/migrate.ts";
import { closeOnSignals, startApi } from "./start-server.ts";

try {
  const driver = createDriver(connectionFromEnv());
  await migrate(driver);
  const api = await startApi({ driver, port: Number(process.env.PORT ?? 4000), host: process.env.HOST });
  console.log(`pharmagraph API listening on ${api.url} (GraphQL at /graphql)`);
  closeOnSignals(api, driver);
} catch (err) {
  console.error(err instanceof MissingConnectionError ? err.message : err);
  process.exit(1);
}
