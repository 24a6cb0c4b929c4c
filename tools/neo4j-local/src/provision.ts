import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { distribution, type Distribution } from "./layout.ts";
import { NEO4J_VERSION, APOC_VERSION } from "./versions.ts";
import { assertJavaAndMaven } from "./prerequisites.ts";

function hasJars(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".jar"));
}

/** Copies the resolved dependency tree of `pom` into `target` atomically (a temp folder, then rename). */
function copyDependencies(pom: string, target: string, properties: Record<string, string>, extra: string[]): void {
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const args = [
    "-q",
    "-B",
    "-f",
    pom,
    ...Object.entries(properties).map(([k, v]) => `-D${k}=${v}`),
    "dependency:copy-dependencies",
    `-DoutputDirectory=${staging}`,
    ...extra,
  ];
  const result = spawnSync("mvn", args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new Error(`mvn ${args.join(" ")} failed (exit ${result.status}); is Maven Central reachable?`);
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

/** Resolves the server and APOC jars from Maven Central once; later calls return at once. */
export function ensureDistribution(log: (line: string) => void = () => {}): Distribution {
  const dist = distribution();
  const needLib = !hasJars(dist.lib);
  const needPlugins = !hasJars(dist.plugins);
  assertJavaAndMaven(needLib || needPlugins);
  if (needLib) {
    log(`Resolving Neo4j ${NEO4J_VERSION} from Maven Central (first run only)...`);
    copyDependencies(dist.serverPom, dist.lib, { "neo4j.version": NEO4J_VERSION }, []);
  }
  if (needPlugins) {
    log(`Resolving APOC core ${APOC_VERSION} from Maven Central (first run only)...`);
    // The server ships its own slf4j; a second copy on the classpath breaks logging.
    copyDependencies(dist.apocPom, dist.plugins, { "apoc.version": APOC_VERSION }, ["-DexcludeGroupIds=org.slf4j"]);
  }
  return dist;
}
