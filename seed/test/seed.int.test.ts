import { afterAll, describe, expect, it } from "vitest";
import { testDriver, uniquePrefix } from "../../test/db.ts";
import { generate } from "../src/generate.ts";
import { seedDatabase } from "../src/seed-database.ts";

const driver = testDriver();
const prefix = uniquePrefix("seed");

afterAll(async () => {
  const session = driver.session();
  await session.run("MATCH (n) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS", { prefix });
  await session.close();
  await driver.close();
});

const count = async (cypher: string) => Number((await driver.executeQuery(cypher, { prefix })).records[0]!.get("n"));

describe("seedDatabase (tiny) into a real Neo4j", () => {
  const expected = generate("tiny", 5, prefix);

  it("writes exactly what the generator produces", async () => {
    const summary = await seedDatabase(driver, { scale: "tiny", seed: 5, idPrefix: prefix });
    expect(summary.mode).toBe("create");
    expect(await count("MATCH (n:HCP) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(expected.hcps.length);
    expect(await count("MATCH (n:Account) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(expected.accounts.length);
    expect(await count("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(expected.organizations.length);
    expect(await count("MATCH (n:Network) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(expected.networks.length);
    const edges = expected.hcpAffiliations.length + expected.accountAffiliations.length + expected.organizationAffiliations.length;
    expect(await count("MATCH ()-[r:AFFILIATED_WITH]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS n")).toBe(edges);
    expect(await count("MATCH ()-[r:INFLUENCES]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS n")).toBe(expected.influences.length);
    expect(await count("MATCH (:HCP)-[:HAS_METRIC]->(m:MetricValue) WHERE m.id STARTS WITH $prefix RETURN count(m) AS n")).toBe(expected.metrics.length);
    expect(await count("MATCH (u:User:Rep)-[:COVERS]->(:Territory) WHERE u.id STARTS WITH $prefix RETURN count(DISTINCT u) AS n")).toBe(expected.users.filter((u) => u.role === "REP").length);
    expect(await count("MATCH (h:HCP) WHERE h.id STARTS WITH $prefix AND NOT (h)-[:ALIGNED_TO]->(:Territory) RETURN count(h) AS n")).toBe(0);
  });

  it("keeps the hierarchy invariants in the database: weights sum to 1, one primary, dates typed", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (c)-[r:AFFILIATED_WITH]->(p) WHERE r.id STARTS WITH $prefix
       WITH c, labels(p)[0] AS level, sum(r.weight) AS total, sum(CASE WHEN r.primary THEN 1 ELSE 0 END) AS primaries,
            collect(r.validFrom) AS froms, collect(r.version) AS versions
       RETURN count(*) AS groups,
              sum(CASE WHEN abs(total - 1.0) > 1e-9 OR primaries <> 1 THEN 1 ELSE 0 END) AS bad,
              all(f IN apoc.coll.flatten(collect(froms)) WHERE f IS :: DATE) AS datesTyped,
              all(v IN apoc.coll.flatten(collect(versions)) WHERE v = 1) AS versionsOne`,
      { prefix },
    );
    const r = records[0]!;
    expect(Number(r.get("groups"))).toBeGreaterThan(200);
    expect(Number(r.get("bad"))).toBe(0);
    expect(r.get("datesTyped")).toBe(true);
    expect(r.get("versionsOne")).toBe(true);
  });

  it("is idempotent: a second run merges and changes no counts", async () => {
    const before = await count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n");
    const rels = await count("MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS n");
    const summary = await seedDatabase(driver, { scale: "tiny", seed: 5, idPrefix: prefix });
    expect(summary.mode).toBe("merge");
    expect(await count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n")).toBe(before);
    expect(await count("MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS n")).toBe(rels);
  });
});
