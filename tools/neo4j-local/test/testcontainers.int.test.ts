import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { containerRuntimeAvailable } from "../../../test/neo4j-for-tests.ts";

/**
 * The Docker path of the test setup (test/neo4j-for-tests.ts): Neo4j 5.26 with APOC in a
 * container. Needs a container runtime; without one it is skipped, and says so in its name.
 */
const available = await containerRuntimeAvailable();

describe("testcontainers Neo4j", () => {
  it.skipIf(!available)(
    available
      ? "starts neo4j:5.26-community with APOC"
      : "SKIPPED: no container runtime (Docker/Podman) on this machine; the local launcher is used instead",
    async () => {
      const { Neo4jContainer } = await import("@testcontainers/neo4j");
      const container = await new Neo4jContainer("neo4j:5.26-community").withApoc().start();
      const driver = neo4j.driver(container.getBoltUri(), neo4j.auth.basic(container.getUsername(), container.getPassword()));
      try {
        const { records } = await driver.executeQuery("RETURN apoc.version() AS v");
        expect(records[0]!.get("v")).toMatch(/^5\.26/);
      } finally {
        await driver.close();
        await container.stop();
      }
    },
    300_000,
  );
});
