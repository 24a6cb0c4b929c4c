import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** Splits a migration file into statements: `;`-terminated, `//` comment lines dropped. */
export function parseMigration(fileName: string, text: string): Migration {
  const match = /^(\d+)_(.+)\.cypher$/.exec(fileName);
  if (!match) throw new Error(`Migration file name must look like 001_name.cypher: ${fileName}`);
  const body = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  const statements = body
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { version: Number(match[1]), name: match[2]!, statements };
}

export function loadMigrations(dir = paths.migrations): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => parseMigration(f, readFileSync(path.join(dir, f), "utf8")));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs one idempotent statement, retrying a few times: several API instances (or test
 * projects) may migrate the same database at once, and the loser of a schema race fails
 * with a conflict that a second attempt resolves. Auto-commit, so that a data migration may
 * batch itself with `CALL { ... } IN TRANSACTIONS`.
 */
async function runIdempotent(driver: Driver, statement: string, params: Record<string, unknown> = {}): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session();
    try {
      await session.run(statement, params);
      return;
    } catch (err) {
      if (attempt >= 4) throw err;
      await sleep(250 * attempt);
    } finally {
      await session.close();
    }
  }
}

/**
 * Applies every migration not yet recorded, in version order: a database that recorded a later
 * version before an earlier file existed (two branches merged) still gets the earlier one. Schema statements cannot
 * share a transaction with data writes in Neo4j, so each statement runs on its own and the
 * version is recorded after the last one; the statements are idempotent, so a crash in between
 * only repeats work.
 */
export async function migrate(driver: Driver, migrations = loadMigrations()): Promise<{ applied: number[]; version: number }> {
  const recorded = await appliedVersions(driver);
  const applied: number[] = [];
  for (const m of migrations.filter((m) => !recorded.has(m.version))) {
    for (const statement of m.statements) await runIdempotent(driver, statement);
    await runIdempotent(driver, "MERGE (s:SchemaMigration {version: $version}) ON CREATE SET s.name = $name, s.appliedAt = datetime()", {
      version: m.version,
      name: m.name,
    });
    applied.push(m.version);
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)");
  return { applied, version: Math.max(0, ...recorded, ...applied) };
}

async function appliedVersions(driver: Driver): Promise<Set<number>> {
  const { records } = await driver.executeQuery("MATCH (s:SchemaMigration) RETURN collect(s.version) AS versions");
  return new Set((records[0]?.get("versions") as unknown[] | undefined)?.map(Number) ?? []);
}

export async function appliedVersion(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (s:SchemaMigration) RETURN coalesce(max(s.version), 0) AS version");
  return Number(records[0]?.get("version") ?? 0);
}
