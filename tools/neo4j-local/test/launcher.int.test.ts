import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { home, REPO_ROOT, resetLocalServer, runningServer, startLocalServer, stopLocalServer } from "../src/index.ts";

/** A second local server in its own home: start, write, stop, start again, read, status, reset. */
const h = home(`.neo4j-launcher-test-${process.pid}`);
process.env.NEO4J_LOCAL_HEAP = "512m";
process.env.NEO4J_LOCAL_PAGECACHE = "128m";

afterAll(async () => {
  await resetLocalServer(h);
});

function statusJson(env: Record<string, string | undefined>): Record<string, unknown> {
  const out = spawnSync("npx", ["tsx", path.join(REPO_ROOT, "tools/neo4j-local/src/cli.ts"), "status", "--json"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return JSON.parse(out.stdout.trim().split("\n").pop()!);
}

describe("local Neo4j launcher", () => {
  it("starts, keeps data across a restart, reports status, stops and resets", async () => {
    const first = await startLocalServer(h);
    expect(first.started).toBe(true);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    let driver = neo4j.driver(first.uri, neo4j.auth.basic(first.user, first.password));
    await driver.executeQuery("CREATE (:LauncherProbe {v: 42})");
    const apoc = await driver.executeQuery("RETURN apoc.version() AS v");
    expect(apoc.records[0]!.get("v")).toMatch(/^5\.26/);
    await driver.close();

    const again = await startLocalServer(h);
    expect(again).toMatchObject({ started: false, pid: first.pid });

    expect(statusJson({ NEO4J_URI: "", NEO4J_LOCAL_HOME: path.basename(h.root) })).toEqual({
      running: true,
      uri: first.uri,
      user: first.user,
      password: first.password,
    });

    expect(await stopLocalServer(h)).toBe(true);
    expect(await runningServer(h)).toBeUndefined();
    expect(statusJson({ NEO4J_URI: "", NEO4J_LOCAL_HOME: path.basename(h.root) })).toMatchObject({ running: false, uri: null });

    const second = await startLocalServer(h);
    expect(second.started).toBe(true);
    expect(second.uri).toBe(first.uri);
    driver = neo4j.driver(second.uri, neo4j.auth.basic(second.user, second.password));
    const { records } = await driver.executeQuery("MATCH (p:LauncherProbe) RETURN p.v AS v");
    expect(records.map((r) => r.get("v").toNumber())).toEqual([42]);
    await driver.close();

    await resetLocalServer(h);
    expect(existsSync(h.root)).toBe(false);
  }, 180_000);

  it("status with NEO4J_URI set reports that server", () => {
    expect(statusJson({ NEO4J_URI: "neo4j+s://example.databases.neo4j.io", NEO4J_USER: "u", NEO4J_PASSWORD: "p" })).toEqual({
      running: true,
      uri: "neo4j+s://example.databases.neo4j.io",
      user: "u",
      password: "p",
    });
  });
});
