import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import neo4j, { type Integer } from "neo4j-driver";
import { uniquePrefix } from "../../../test/db.ts";
import {
  backupLocalDatabase,
  home,
  REPO_ROOT,
  resetLocalServer,
  restoreLocalDatabase,
  runningServer,
  startLocalServer,
} from "../src/index.ts";

/** A server of its own: backup and restore stop it, which the shared test database must never be. */
const h = home(`.neo4j-backup-test-${process.pid}`);
const dir = mkdtempSync(path.join(tmpdir(), "neo4j-backup-test-"));
process.env.NEO4J_LOCAL_HEAP = "512m";
process.env.NEO4J_LOCAL_PAGECACHE = "128m";
// The functions refuse while NEO4J_URI names another server; this test is about the local one.
delete process.env.NEO4J_URI;

afterAll(async () => {
  await resetLocalServer(h);
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

const p = uniquePrefix("backup");
const PROBES = "MATCH (n:BackupProbe) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.v AS v, n.name AS name ORDER BY id";
const LINKS = "MATCH (:BackupProbe)-[r:NEXT]->(b:BackupProbe) WHERE b.id STARTS WITH $p RETURN count(r) AS n";

/**
 * Runs one statement on the home's running server with a new driver: a driver that outlives a restore
 * holds bookmarks of transactions the restored database never had, and waits for them in vain.
 */
async function run(cypher: string): Promise<Record<string, unknown>[]> {
  const server = await runningServer(h);
  if (!server) throw new Error(`no server running in ${h.root}`);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    return (await driver.executeQuery(cypher, { p })).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** The marked nodes and their links, as plain values. */
async function snapshot(): Promise<{ probes: Record<string, unknown>[]; links: number }> {
  const probes = await run(PROBES);
  const [links] = await run(LINKS);
  return {
    probes: probes.map(({ id, v, name }) => ({ id, v: (v as Integer).toNumber(), name })),
    links: (links!.n as Integer).toNumber(),
  };
}

function cli(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  return spawnSync("npx", ["tsx", path.join(REPO_ROOT, "tools/neo4j-local/src/cli.ts"), ...args], {
    env: { ...process.env, NEO4J_LOCAL_HOME: h.root, ...env },
    encoding: "utf8",
  });
}

describe("backup and restore of a local database", () => {
  // Three server starts and four neo4j-admin runs: about a minute on 2 idle cores, up to three on busy ones.
  // The timeout is generous because a restore cut off by it would restart the server while afterAll deletes its home.
  it("restores the data as it was at backup time and leaves the server running", async () => {
    const server = await startLocalServer(h);
    await run("UNWIND range(1, 50) AS i CREATE (:BackupProbe {id: $p + i, v: i, name: 'probe ' + i})");
    await run(
      "MATCH (a:BackupProbe), (b:BackupProbe) WHERE a.id STARTS WITH $p AND b.id STARTS WITH $p AND b.v = a.v + 1 CREATE (a)-[:NEXT]->(b)",
    );
    const atBackup = await snapshot();
    expect(atBackup.probes).toHaveLength(50);
    expect(atBackup.links).toBe(49);

    const file = path.join(dir, "probe.dump");
    const backup = await backupLocalDatabase(h, file);
    expect(backup).toEqual({ file, bytes: statSync(file).size });
    expect(backup.bytes).toBeGreaterThan(0);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(await runningServer(h)).toMatchObject({ uri: server.uri });
    expect(await snapshot()).toEqual(atBackup);

    await run("MATCH (n:BackupProbe) WHERE n.id STARTS WITH $p AND n.v > 40 DETACH DELETE n");
    await run("MATCH (n:BackupProbe {id: $p + 1}) SET n.name = 'changed'");
    await run("CREATE (:BackupProbe {id: $p + 'extra', v: 0, name: 'after backup'})");
    const changed = await snapshot();
    expect(changed.probes).toHaveLength(41);
    expect(changed.links).toBe(39);

    await restoreLocalDatabase(h, file);
    expect(await runningServer(h)).toMatchObject({ uri: server.uri });
    expect(await snapshot()).toEqual(atBackup);
  }, 300_000);

  it("refuses a missing file, or one that is no dump, without stopping the server", async () => {
    const before = (await runningServer(h))!;
    const missing = path.join(dir, "no-such.dump");
    await expect(restoreLocalDatabase(h, missing)).rejects.toThrow(`No backup file at ${missing}; nothing was restored.`);
    const notADump = path.join(dir, "not-a.dump");
    writeFileSync(notADump, "id,name\n1,a\n");
    await expect(restoreLocalDatabase(h, notADump)).rejects.toThrow(`${notADump} is not a database dump; nothing was restored.`);
    expect((await runningServer(h))?.pid).toBe(before.pid);
  });

  it("refuses, from the command line, to dump or load a server named by NEO4J_URI", async () => {
    const before = (await runningServer(h))!;
    for (const args of [["backup"], ["restore", path.join(dir, "probe.dump")]]) {
      const run = cli(args, { NEO4J_URI: "neo4j+s://example.databases.neo4j.io" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("NEO4J_URI is set (neo4j+s://example.databases.neo4j.io)");
      expect(run.stderr).toContain("Use the server's own backup tooling");
    }
    expect((await runningServer(h))?.pid).toBe(before.pid);
  });
});
