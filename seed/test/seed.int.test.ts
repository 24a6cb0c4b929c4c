import { afterAll, describe, expect, it } from "vitest";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../test/db.ts";
import { generate } from "../src/generate.ts";
import { seedDatabase } from "../src/seed-database.ts";

const driver = testDriver();
const prefix = uniquePrefix("seed");
const bystander = uniquePrefix("seed-bystander");

afterAll(async () => {
  await deleteByPrefix(driver, prefix);
  await deleteByPrefix(driver, bystander);
  await driver.close();
});

const count = async (cypher: string, params: Record<string, unknown> = { prefix }) =>
  Number((await driver.executeQuery(cypher, params)).records[0]!.get("n"));

const nodes = (label: string) => count(`MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n`);
const edges = (type: string) => count(`MATCH ()-[r:${type}]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS n`);

describe("seedDatabase (tiny) into a real Neo4j", () => {
  const expected = generate("tiny", 5, prefix);

  it("writes exactly what the generator produces", async () => {
    const summary = await seedDatabase(driver, { scale: "tiny", seed: 5, idPrefix: prefix });
    expect(summary.mode).toBe("create");
    expect(summary.rows.hcps).toBe(expected.hcps.length);
    expect(await nodes("HCP")).toBe(expected.hcps.length);
    expect(await nodes("Account")).toBe(expected.accounts.length);
    expect(await nodes("Organization")).toBe(expected.organizations.length);
    expect(await nodes("Network")).toBe(expected.networks.length);
    expect(await nodes("Territory")).toBe(expected.territories.length);
    expect(await nodes("User")).toBe(expected.users.length);
    expect(await nodes("MetricValue")).toBe(expected.metrics.length);
    expect(await edges("AFFILIATED_WITH")).toBe(
      expected.hcpAffiliations.length + expected.accountAffiliations.length + expected.organizationAffiliations.length,
    );
    expect(await edges("INFLUENCES")).toBe(expected.influences.length);
    expect(await count("MATCH (:HCP)-[:HAS_METRIC]->(m:MetricValue) WHERE m.id STARTS WITH $prefix RETURN count(m) AS n")).toBe(
      expected.metrics.length,
    );
    expect(await count("MATCH (n)-[:ALIGNED_TO]->(:Territory) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(
      expected.hcps.length + expected.accounts.length,
    );
    expect(await count("MATCH (u:User:Rep)-[:COVERS]->(:Territory) WHERE u.id STARTS WITH $prefix RETURN count(DISTINCT u) AS n")).toBe(
      expected.users.filter((u) => u.role === "REP").length,
    );
    expect(await count("MATCH (u:User)-[:MANAGES]->(:Territory) WHERE u.id STARTS WITH $prefix RETURN count(DISTINCT u) AS n")).toBe(
      expected.users.filter((u) => u.role === "MANAGER").length,
    );
  });

  it("keeps the hierarchy invariants in the database: weights sum to 1, one primary, typed dates and versions", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (c)-[r:AFFILIATED_WITH]->(p) WHERE r.id STARTS WITH $prefix
       WITH c, labels(p)[0] AS level, sum(r.weight) AS total, sum(CASE WHEN r.primary THEN 1 ELSE 0 END) AS primaries,
            all(x IN collect(r) WHERE x.validFrom IS :: DATE AND x.validTo IS NULL AND x.version IS :: INTEGER AND x.version = 1) AS typed
       RETURN count(*) AS groups,
              sum(CASE WHEN abs(total - 1.0) > 1e-9 OR primaries <> 1 THEN 1 ELSE 0 END) AS bad,
              all(t IN collect(typed) WHERE t) AS typed`,
      { prefix },
    );
    const r = records[0]!;
    expect(Number(r.get("groups"))).toBe(expected.hcps.length + expected.accounts.length + expected.organizations.length);
    expect(Number(r.get("bad"))).toBe(0);
    expect(r.get("typed")).toBe(true);
  });

  it("is idempotent: a second run merges and changes no counts", async () => {
    // Scores are left out: any model activated meanwhile (by a test sharing the database) scores every subject in it.
    const nodeCount = "MATCH (n) WHERE n.id STARTS WITH $prefix AND NOT n:Score RETURN count(n) AS n";
    const before = await count(nodeCount);
    const rels = await count("MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS n");
    const summary = await seedDatabase(driver, { scale: "tiny", seed: 5, idPrefix: prefix });
    expect(summary.mode).toBe("merge");
    expect(await count(nodeCount)).toBe(before);
    expect(await count("MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS n")).toBe(rels);
  });

  it("resets only its own prefix", async () => {
    await seedDatabase(driver, { scale: "tiny", seed: 6, idPrefix: bystander });
    const summary = await seedDatabase(driver, { scale: "tiny", seed: 5, idPrefix: prefix, reset: true });
    expect(summary.mode).toBe("create");
    expect(await nodes("HCP")).toBe(expected.hcps.length);
    expect(await count("MATCH (n:HCP) WHERE n.id STARTS WITH $bystander RETURN count(n) AS n", { bystander })).toBe(expected.hcps.length);
  });
});
