import { spawnSync } from "node:child_process";

export class MissingPrerequisiteError extends Error {}

const ALTERNATIVES =
  "Alternatives: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j 5.26 with APOC " +
  "(Aura, a cluster, any server), or run `docker compose up` where Docker is available.";

function majorJavaVersion(): number | undefined {
  const out = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (out.error || out.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** The local server needs Java 17+ to run and Maven to fetch its jars from Maven Central. */
export function assertJavaAndMaven(needMaven: boolean): void {
  const java = majorJavaVersion();
  if (java === undefined) {
    throw new MissingPrerequisiteError(
      `Java was not found on PATH. The local Neo4j needs a Java 17 or newer runtime (e.g. \`apt-get install openjdk-17-jre-headless\`). ${ALTERNATIVES}`,
    );
  }
  if (java < 17) {
    throw new MissingPrerequisiteError(`Java ${java} found; Neo4j 5.26 needs Java 17 or newer. ${ALTERNATIVES}`);
  }
  if (needMaven) {
    const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
    if (mvn.error || mvn.status !== 0) {
      throw new MissingPrerequisiteError(
        `Maven (mvn) was not found on PATH. It downloads Neo4j and APOC from Maven Central once (e.g. \`apt-get install maven\`). ${ALTERNATIVES}`,
      );
    }
  }
}
