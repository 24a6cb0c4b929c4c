import { performance } from "node:perf_hooks";
import { configuredConnection, currentNeo4j } from "./connection.ts";
import { home } from "./layout.ts";
import { MissingPrerequisiteError } from "./prerequisites.ts";
import { readCredentials } from "./credentials.ts";
import { resetLocalServer, startLocalServer, stopLocalServer } from "./server.ts";

const USAGE = "usage: db <start|stop|reset|status> [--json]";

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  const json = flags.includes("--json");
  const h = home();
  const external = configuredConnection();

  switch (command) {
    case "start": {
      if (external) {
        console.log(`NEO4J_URI is set; using ${external.uri} (nothing to start).`);
        return;
      }
      const t0 = performance.now();
      const server = await startLocalServer(h, (line) => console.error(line));
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      console.error(server.started ? `Neo4j started in ${seconds} s (pid ${server.pid}).` : "Neo4j was already running.");
      console.log(server.uri);
      return;
    }
    case "stop": {
      if (external) return console.log("NEO4J_URI is set; the external server is not managed here.");
      console.log((await stopLocalServer(h)) ? "Neo4j stopped." : "Neo4j was not running.");
      return;
    }
    case "reset": {
      if (external) throw new Error("NEO4J_URI is set; refusing to reset an external server from here.");
      await resetLocalServer(h);
      console.log(`Removed ${h.root} (data, logs and credentials). The next start creates a new empty database.`);
      return;
    }
    case "status": {
      const current = await currentNeo4j(h);
      const creds = readCredentials(h);
      const status = current ?? { running: false, uri: null, user: creds?.user ?? null, password: creds?.password ?? null };
      const out = { running: status.running, uri: status.uri, user: status.user, password: status.password };
      if (json) console.log(JSON.stringify(out));
      else console.log(out.running ? `running at ${out.uri} (user ${out.user})` : "not running");
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exitCode = 1;
});
