import path from "node:path";
import { fileURLToPath } from "node:url";
import { NEO4J_VERSION, APOC_VERSION } from "./versions.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const TOOL_ROOT = path.resolve(REPO_ROOT, "tools/neo4j-local");

/** Where the Maven-resolved jars live; shared by every home on this checkout. */
export interface Distribution {
  lib: string;
  plugins: string;
  serverPom: string;
  apocPom: string;
}

export function distribution(): Distribution {
  const root = path.join(REPO_ROOT, ".cache", `neo4j-${NEO4J_VERSION}-apoc-${APOC_VERSION}`);
  return {
    lib: path.join(root, "lib"),
    plugins: path.join(root, "plugins"),
    serverPom: path.join(TOOL_ROOT, "pom.server.xml"),
    apocPom: path.join(TOOL_ROOT, "pom.apoc.xml"),
  };
}

/** One server instance: its configuration, data, logs and run state (all git-ignored). */
export interface Home {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  import: string;
  stateFile: string;
  credentialsFile: string;
  lockFile: string;
}

export function home(name = process.env.NEO4J_LOCAL_HOME ?? ".neo4j"): Home {
  const root = path.resolve(REPO_ROOT, name);
  return {
    root,
    conf: path.join(root, "conf"),
    data: path.join(root, "data"),
    logs: path.join(root, "logs"),
    run: path.join(root, "run"),
    import: path.join(root, "import"),
    stateFile: path.join(root, "run", "server.json"),
    credentialsFile: path.join(root, "credentials.json"),
    lockFile: path.join(root, "run", "start.lock"),
  };
}
