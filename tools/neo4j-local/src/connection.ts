import { home as localHome, type Home } from "./layout.ts";
import { runningServer, startLocalServer } from "./server.ts";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** "env" when NEO4J_URI points at an existing server, "local" for the provisioned one */
  source: "env" | "local";
}

/** The configured server when NEO4J_URI is set; otherwise none (see `ensureNeo4j`). */
export function configuredConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    source: "env",
  };
}

/** NEO4J_URI if set; otherwise the local server of `home`, started (and provisioned) if needed. */
export async function ensureNeo4j(h: Home = localHome(), log: (line: string) => void = () => {}): Promise<Neo4jConnection> {
  const configured = configuredConnection();
  if (configured) return configured;
  const server = await startLocalServer(h, log);
  return { uri: server.uri, user: server.user, password: server.password, source: "local" };
}

/** The connection in use without starting anything: NEO4J_URI, or the local server if it runs. */
export async function currentNeo4j(h: Home = localHome()): Promise<(Neo4jConnection & { running: boolean }) | undefined> {
  const configured = configuredConnection();
  if (configured) return { ...configured, running: true };
  const running = await runningServer(h);
  return running ? { uri: running.uri, user: running.user, password: running.password, source: "local", running: true } : undefined;
}
