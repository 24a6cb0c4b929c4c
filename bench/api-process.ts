import { type ChildProcess, spawn } from "node:child_process";
import type { Neo4jConnection } from "@pharmagraph/neo4j-local";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";

/** A server the bench runs in a process of its own, so it does not share the load generator's event loop. */
export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point of this repository (`node --import tsx <script>`) with `env`,
 * and waits until its standard output says it listens: the first group of `listening` is its port
 * on 127.0.0.1.
 */
export async function startServerProcess(script: string, env: NodeJS.ProcessEnv, listening: RegExp): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = listening.exec(out);
      if (match) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve(match[1]!);
      }
    };
    child.stdout?.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before listening: ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stop(child) };
}

/**
 * The API as the container image runs it (`node --import tsx api/src/server/main.ts`,
 * NODE_ENV=production), in a process of its own on a free port of 127.0.0.1, with an HS256
 * token secret. Everything else (request and rate limits, pool size, response cache) comes from
 * this process's environment and `env`.
 */
export function startApiProcess(connection: Neo4jConnection, tokenSecret: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  return startServerProcess(
    "api/src/server/main.ts",
    {
      ...process.env,
      NODE_ENV: "production",
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      AUTH_JWT_SECRET: tokenSecret,
      AUTH_DEV_LOGIN: "false",
      AUTH_JWKS_URL: "",
      HOST: "127.0.0.1",
      PORT: "0",
      ...env,
    },
    /pharmagraph API listening on [^:]+:(\d+)/,
  );
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
