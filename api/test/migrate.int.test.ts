import { afterAll, describe, expect, it } from "vitest";
import { testDriver } from "../../test/db.ts";
import { appliedVersion, loadMigrations, migrate } from "../src/db/migrate.ts";

const driver = testDriver();
afterAll(() => driver.close());

describe("schema migrations", () => {
  it("are applied by the global setup, recorded, and a second run changes nothing", async () => {
    const latest = Math.max(...loadMigrations().map((m) => m.version));
    expect(await appliedVersion(driver)).toBe(latest);
    expect(await migrate(driver)).toEqual({ applied: [], version: latest });
    const { records } = await driver.executeQuery("MATCH (s:SchemaMigration) RETURN count(s) AS n");
    expect(Number(records[0]!.get("n"))).toBe(loadMigrations().length);
  });

  it("regression: a version missing below the highest recorded one is still applied (branches merged out of order)", async () => {
    const schemaOnly = loadMigrations().find((m) => m.version > 1 && m.statements.every((s) => s.startsWith("CREATE")))!;
    await driver.executeQuery("MATCH (s:SchemaMigration {version: $v}) DELETE s", { v: schemaOnly.version });
    const { applied } = await migrate(driver);
    expect(applied).toEqual([schemaOnly.version]);
    expect(await appliedVersion(driver)).toBe(Math.max(...loadMigrations().map((m) => m.version)));
  });

  it("created the constraints and the full-text indexes", async () => {
    const constraints = (await driver.executeQuery("SHOW CONSTRAINTS YIELD name")).records.map((r) => r.get("name"));
    expect(constraints).toEqual(
      expect.arrayContaining(["hcp_id", "account_id", "organization_id", "network_id", "territory_id", "user_id"]),
    );
    const fulltext = (await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state")).records.map((r) => [
      r.get("name"),
      r.get("state"),
    ]);
    expect(fulltext).toEqual(
      expect.arrayContaining([
        ["hcp_search", "ONLINE"],
        ["hco_search", "ONLINE"],
      ]),
    );
  });

  it("runs on a server with APOC core", async () => {
    const { records } = await driver.executeQuery("RETURN apoc.version() AS v");
    expect(records[0]!.get("v")).toMatch(/^5\.26\./);
  });
});
