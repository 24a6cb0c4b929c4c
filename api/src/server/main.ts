/**
 * The API process on its own, as a container or a service manager runs it:
 * `tsx api/src/server/main.ts`. It reads everything from the environment (NEO4J_URI, AUTH_* and
 * the rest of the README's table), refuses to start without a token key, applies pending schema
 * migrations and serves until SIGINT or SIGTERM. `npm start` (tools/start.ts) wraps the same
 * server with a local Neo4j, demo data and the development login.
 */
import { authConfigFromEnv } from "../auth/auth-config.ts";
import { ConfigurationError } from "../config/configuration-error.ts";
import { connectionFromEnv } from "../db/connection.ts";
import { createDriver } from "../db/driver.ts";
import { migrate } from "../db/migrate.ts";
import { listenHost } from "./listen-host.ts";
import { closeOnSignals, startApi } from "./start-server.ts";

try {
  // Settings first, so a refused configuration is reported before any connection is made.
  const auth = authConfigFromEnv();
  const host = listenHost(auth, process.env.HOST);
  const driver = createDriver(connectionFromEnv());
  await migrate(driver);
  const api = await startApi({ driver, port: Number(process.env.PORT ?? 4000), host, auth });
  console.log(`pharmagraph API listening on ${host}:${new URL(api.url).port} (GraphQL at /graphql)`);
  closeOnSignals(api, driver);
} catch (err) {
  console.error(err instanceof ConfigurationError ? err.message : err);
  process.exit(1);
}
