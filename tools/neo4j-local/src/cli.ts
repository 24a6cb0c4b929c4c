import path from "node:path";
import { performance } from "node:perf_hooks";
import { BackupRefusedError, backupLocalDatabase, restoreLocalDatabase } from "./backup.ts";
import { configuredConnection, currentNeo4j } from "./connection.ts";
import { home } from "./layout.ts";
import { MissingPrerequisiteError } from "./prerequisites.ts";
import { readCredentials } from "./credentials.ts";
import { resetLocalServer, startLocalServer, stopLocalServer } from "./server.ts";

const USAGE = "usage: db <start|stop|reset|status [--json]|backup [--to <file>]|restore <file>>";

/** npm runs scripts in the repository root; a file named on the command line is relative to where npm was called. */
function fileArgument(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  const json = flags.includes("--json");
  const h = home();
  const external = configuredConnection();
  const t0 = performance.now();
  const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

  switch (command) {
    case "start": {
      if (external) {
        console.log(`NEO4J_URI is set; using ${external.uri} (nothing to start).`);
        return;
      }
      const server = await startLocalServer(h, (line) => console.error(line));
      console.error(server.started ? `Neo4j started in ${seconds()} s (pid ${server.pid}).` : "Neo4j was already running.");
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
    case "backup": {
      const to = flags.indexOf("--to");
      const target = to >= 0 ? flags[to + 1] : undefined;
      if (to >= 0 && !target) break;
      const backup = await backupLocalDatabase(h, target ? fileArgument(target) : undefined, (line) => console.error(line));
      console.log(`Backed up ${h.root} to ${backup.file} (${fileSize(backup.bytes)}) in ${seconds()} s.`);
      return;
    }
    case "restore": {
      const [file] = flags;
      if (!file) break;
      await restoreLocalDatabase(h, fileArgument(file), (line) => console.error(line));
      console.log(`Restored ${h.root} from ${fileArgument(file)} in ${seconds()} s.`);
      return;
    }
  }
  console.error(USAGE);
  process.exitCode = 2;
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError || err instanceof BackupRefusedError ? err.message : err);
  process.exitCode = 1;
});
