import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { home as defaultHome, type Home } from "./layout.ts";
import { ensureDistribution } from "./provision.ts";
import { runAdminTool } from "./admin-tool.ts";
import { generateCredentials, readCredentials, type Credentials } from "./credentials.ts";
import { freePort, isPortFree } from "./free-port.ts";
import { memorySettings, neo4jConf } from "./config-file.ts";

export interface ServerState {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

export interface LocalServer extends Credentials {
  uri: string;
  pid: number;
  /** true when this call started the process, false when it was already running */
  started: boolean;
}

const READY_TIMEOUT_MS = Number(process.env.NEO4J_LOCAL_READY_TIMEOUT_MS ?? 120_000);

function readState(h: Home): ServerState | undefined {
  if (!existsSync(h.stateFile)) return undefined;
  return JSON.parse(readFileSync(h.stateFile, "utf8")) as ServerState;
}

function processAlive(pid: number): boolean {
  if (pid <= 0) return false;
  // A pid from an earlier boot may belong to another program now; only ever signal our server.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync("/proc/self") && (!existsSync(cmdline) || !readFileSync(cmdline, "utf8").includes("CommunityEntryPoint"))) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function canConnect(uri: string, creds: Credentials): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(creds.user, creds.password), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The running server of this home, if its process is alive and answers Bolt. */
export async function runningServer(h: Home = defaultHome()): Promise<(ServerState & Credentials) | undefined> {
  const state = readState(h);
  const creds = readCredentials(h);
  if (!state || !creds || !processAlive(state.pid)) return undefined;
  if (!(await canConnect(state.uri, creds))) return undefined;
  return { ...state, ...creds };
}

async function setInitialPassword(h: Home): Promise<Credentials> {
  const creds = generateCredentials(h);
  await runAdminTool(h, ["dbms", "set-initial-password", creds.password]);
  return creds;
}

/** Serializes concurrent `start` calls on one home (e.g. parallel test runners). */
async function withStartLock<T>(h: Home, fn: () => Promise<T>): Promise<T> {
  mkdirSync(h.run, { recursive: true });
  const deadline = Date.now() + READY_TIMEOUT_MS + 60_000;
  for (;;) {
    try {
      closeSync(openSync(h.lockFile, "wx"));
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${h.lockFile}; delete it if no start is running.`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(h.lockFile, { force: true });
  }
}

/** Starts the local server of this home unless it already runs; resolves when Bolt accepts the credentials. */
export async function startLocalServer(h: Home = defaultHome(), log: (line: string) => void = () => {}): Promise<LocalServer> {
  return withStartLock(h, async () => {
    const running = await runningServer(h);
    if (running) return { uri: running.uri, pid: running.pid, user: running.user, password: running.password, started: false };

    const dist = ensureDistribution(log);
    for (const dir of [h.conf, h.data, h.logs, h.run, h.import]) mkdirSync(dir, { recursive: true });

    const previous = readState(h);
    const port = previous && (await isPortFree(previous.port)) ? previous.port : await freePort();
    const memory = memorySettings();
    writeFileSync(path.join(h.conf, "neo4j.conf"), neo4jConf(h, dist, port, memory));

    const creds = readCredentials(h) ?? (await setInitialPassword(h));
    const out = openSync(path.join(h.logs, "console.log"), "a");
    const child = spawn(
      "java",
      [
        `-Xms${memory.heap}`,
        `-Xmx${memory.heap}`,
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "-XX:+UseG1GC",
        "-cp",
        // APOC's extension factories are discovered on the classpath, its procedures in the plugins folder.
        `${dist.lib}/*:${dist.plugins}/*`,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${h.root}`,
        `--config-dir=${h.conf}`,
      ],
      { detached: true, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: h.root, NEO4J_CONF: h.conf } },
    );
    closeSync(out);
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new Error("java did not start");

    const uri = `bolt://127.0.0.1:${port}`;
    const state: ServerState = { pid, port, uri, startedAt: new Date().toISOString() };
    writeFileSync(h.stateFile, JSON.stringify(state, null, 2));

    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await canConnect(uri, creds))) {
      if (!processAlive(pid)) {
        throw new Error(`Neo4j exited during start; see ${path.join(h.logs, "neo4j.log")} and ${path.join(h.logs, "console.log")}`);
      }
      if (Date.now() > deadline) {
        process.kill(pid, "SIGTERM");
        throw new Error(`Neo4j did not accept connections within ${READY_TIMEOUT_MS} ms; see ${h.logs}`);
      }
      await sleep(300);
    }
    return { uri, pid, ...creds, started: true };
  });
}

/** Stops the server with SIGTERM and waits for the process to exit (it holds the store lock until then). */
export async function stopLocalServer(h: Home = defaultHome(), timeoutMs = 60_000): Promise<boolean> {
  const state = readState(h);
  if (!state || !processAlive(state.pid)) {
    if (existsSync(h.stateFile)) unlinkSync(h.stateFile);
    return false;
  }
  process.kill(state.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (processAlive(state.pid)) {
    if (Date.now() > deadline) {
      process.kill(state.pid, "SIGKILL");
      break;
    }
    await sleep(200);
  }
  // Keep the port so the next start reuses the same URI; only the pid is stale.
  writeFileSync(h.stateFile, JSON.stringify({ ...state, pid: -1 }, null, 2));
  return true;
}

/** Stops the server and deletes its data and credentials (the jars stay cached). */
export async function resetLocalServer(h: Home = defaultHome()): Promise<void> {
  await stopLocalServer(h);
  rmSync(h.root, { recursive: true, force: true });
}
