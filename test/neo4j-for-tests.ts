import type { Neo4jConnection } from "@pharmagraph/neo4j-local";
import { configuredConnection, home, startLocalServer } from "@pharmagraph/neo4j-local";

export interface TestDatabase {
  connection: Pick<Neo4jConnection, "uri" | "user" | "password">;
  how: "env" | "testcontainers" | "local";
  stop: () => Promise<void>;
}

const NEO4J_IMAGE = "neo4j:5.26-community";

/** A container runtime answers (Docker, Podman...): testcontainers can run Neo4j for us. */
export async function containerRuntimeAvailable(): Promise<boolean> {
  if (process.env.TEST_NEO4J === "local") return false;
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * The database the integration and browser tests run against, in this order:
 * NEO4J_TEST_URI (an existing server), testcontainers when a container runtime exists,
 * otherwise the project's local launcher on its own home (`.neo4j-test/`, separate from the
 * demo data in `.neo4j/`). Never a mock.
 */
export async function startTestDatabase(log: (line: string) => void): Promise<TestDatabase> {
  if (process.env.NEO4J_TEST_URI) {
    const env = configuredConnection({
      NEO4J_URI: process.env.NEO4J_TEST_URI,
      NEO4J_USER: process.env.NEO4J_TEST_USER,
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
    })!;
    return { connection: env, how: "env", stop: async () => {} };
  }
  if (await containerRuntimeAvailable()) {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer(NEO4J_IMAGE).withApoc().start();
    return {
      connection: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() },
      how: "testcontainers",
      stop: async () => {
        await container.stop();
      },
    };
  }
  log("No container runtime found: testcontainers is skipped, running Neo4j with the local launcher (.neo4j-test/).");
  const server = await startLocalServer(home(".neo4j-test"), log);
  // Left running between test runs on purpose: later runs start in milliseconds. `TEST_NEO4J_STOP=1` stops it.
  return {
    connection: server,
    how: "local",
    stop: async () => {
      if (process.env.TEST_NEO4J_STOP === "1") {
        const { stopLocalServer } = await import("@pharmagraph/neo4j-local");
        await stopLocalServer(home(".neo4j-test"));
      }
    },
  };
}
