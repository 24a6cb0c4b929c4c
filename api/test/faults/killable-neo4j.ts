import { existsSync, readFileSync, rmSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { home, isPortFree, runningServer, startLocalServer, stopLocalServer } from "@pharmagraph/neo4j-local";
import { migrate } from "../../src/db/migrate.ts";

/**
 * A Neo4j server that a test owns and may kill: a home of its own under the repository
 * (git-ignored, provisioned on first use), never the shared test database. `kill()` is
 * `kill -9` of the Java process (a crash, the OOM killer, a pulled plug: no shutdown, no
 * checkpoint); `restart()` starts it again on the same port, so drivers and an API already
 * pointing at it reconnect on their own, and reports how long until Bolt accepted the
 * credentials again. Only one test process may use a home at a time.
 */
export interface KillableNeo4j {
  uri: string;
  user: string;
  password: string;
  /**
   * A driver on the server. `retryMs` bounds the driver's retries of a failed transaction
   * (default 2 s; the driver's own default is 30 s), so work notices a dead server quickly.
   */
  driver(retryMs?: number): Driver;
  /** SIGKILLs the server at once; safe inside a synchronous callback. */
  kill(): void;
  /** Waits until the killed process is gone. */
  dead(): Promise<void>;
  /** Starts the killed server again on the same port; resolves with the milliseconds until Bolt answered. */
  restart(): Promise<number>;
  /** Stops the server (its data stays for the next run, which wipes it). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything of earlier runs, so a test sees only what it wrote (materialized runs and influence runs are global). */
const WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

/** Alive and not a zombie (the test process reaps the server it started). */
function running(pid: number): boolean {
  const status = `/proc/${pid}/status`;
  return existsSync(status) && !/^State:\s+Z/m.test(readFileSync(status, "utf8"));
}

/** Starts (or takes over) the server of home `name`, wipes its data and applies the migrations. */
export async function killableNeo4j(name = ".neo4j-faults"): Promise<KillableNeo4j> {
  process.env.NEO4J_LOCAL_HEAP ??= "512m";
  process.env.NEO4J_LOCAL_PAGECACHE ??= "128m";
  const h = home(name);
  // A test process killed mid-restart leaves the start lock behind; this home has no other user.
  rmSync(h.lockFile, { force: true });
  const first = await startLocalServer(h);
  let pid = first.pid;
  const port = Number(new URL(first.uri).port);
  const driver = (retryMs = 2_000) =>
    neo4j.driver(first.uri, neo4j.auth.basic(first.user, first.password), { maxTransactionRetryTime: retryMs, connectionTimeout: 2_000 });

  const setup = driver();
  try {
    const session = setup.session();
    await session.run(WIPE).finally(() => session.close());
    await migrate(setup);
  } finally {
    await setup.close();
  }

  return {
    uri: first.uri,
    user: first.user,
    password: first.password,
    driver,
    kill: () => process.kill(pid, "SIGKILL"),
    dead: async () => {
      while (running(pid)) await sleep(50);
    },
    restart: async () => {
      while (running(pid)) await sleep(50);
      const started = performance.now();
      // The killed server's sockets linger for a moment; starting before the port is free would move it to another.
      for (let waited = 0; !(await isPortFree(port)) && waited < 60_000; waited += 200) await sleep(200);
      const server = await startLocalServer(h);
      if (server.uri !== first.uri) throw new Error(`Neo4j came back at ${server.uri}, not ${first.uri}: the port was taken`);
      pid = server.pid;
      return Math.round(performance.now() - started);
    },
    stop: async () => {
      if (await runningServer(h)) await stopLocalServer(h);
    },
  };
}
