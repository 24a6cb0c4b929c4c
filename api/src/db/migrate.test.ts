import { describe, expect, it } from "vitest";
import { loadMigrations, parseMigration } from "./migrate.ts";

describe("parseMigration", () => {
  it("splits statements and drops comment lines", () => {
    const m = parseMigration(
      "007_things.cypher",
      "// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// more\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n",
    );
    expect(m).toEqual({
      version: 7,
      name: "things",
      statements: ["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)"],
    });
  });

  it("rejects file names without a version", () => {
    expect(() => parseMigration("constraints.cypher", "")).toThrow(/001_name/);
  });
});

describe("the migrations in cypher/migrations", () => {
  const migrations = loadMigrations();

  it("have unique, increasing versions", () => {
    const versions = migrations.map((m) => m.version);
    expect(versions.length).toBeGreaterThan(0);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it("are idempotent: schema statements IF [NOT] EXISTS, data statements only match what is not done yet", () => {
    for (const s of migrations.flatMap((m) => m.statements)) {
      if (s.startsWith("CREATE")) expect(s).toMatch(/IF NOT EXISTS/);
      else if (s.startsWith("DROP")) expect(s).toMatch(/IF EXISTS$/);
      else expect(s).toMatch(/^MATCH [^\n]+ WHERE [^\n]*\bNOT\b/);
    }
  });

  it("declare a uniqueness constraint on the id of every entity label", () => {
    const text = migrations.flatMap((m) => m.statements).join("\n");
    for (const label of ["HCP", "Account", "Organization", "Network", "Territory", "User", "MetricValue"]) {
      expect(text).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    }
  });
});
