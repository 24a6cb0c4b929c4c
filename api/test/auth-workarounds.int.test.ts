import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

/**
 * Regression tests for the @neo4j/graphql 7.6.3 authorization bugs listed in DESIGN.md
 * section 6, one per workaround.
 */
const f = useTwoTerritoryApi("bugs");

describe("@neo4j/graphql 7.6.3 auth bugs", () => {
  it("type-level @authentication is not applied to top-level @cypher fields: the field carries its own", async () => {
    const rep = await f.api.as(f.g.users.rep1, "{ specialtyCounts { specialty hcps } }");
    expect(rep.data ?? null).toBeNull();
    expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const analyst = await f.api.as(f.g.users.analyst, "{ specialtyCounts { specialty hcps } }");
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.specialtyCounts).toContainEqual({ specialty: f.g.specialty, hcps: 3 });
  });

  it("the `none` quantifier in a caller's filter does not widen what a REP sees", async () => {
    const q = `query($p: ID!, $t: ID!) { hcps(where: { id: { startsWith: $p }, territories: { none: { id: { eq: $t } } } }) { id } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix, t: f.g.ids.t1 });
    expect(rep.errors).toBeUndefined();
    expect(rep.data!.hcps).toEqual([]);
    const kam = await f.api.as(f.g.users.kam, q, { p: f.g.prefix, t: f.g.ids.t1 });
    expect(kam.data!.hcps).toEqual([{ id: f.g.ids.hcp2 }]);
  });

  it("multi-condition JWT filters are avoided: one condition per rule, and a REP without territories sees nothing", async () => {
    const { loadTypeDefs } = await import("../src/server/schema-parts.ts");
    const jwtFilters = [...loadTypeDefs().matchAll(/jwt:\s*\{([^{}]*\{[^{}]*\}[^{}]*)\}/g)].map((m) => m[1]!);
    expect(jwtFilters.length).toBeGreaterThan(0);
    for (const filter of jwtFilters) expect(filter.match(/\w+\s*:\s*\{/g)).toHaveLength(1);

    await f.driver.executeQuery("CREATE (:User:Rep {id: $id, name: 'No Territory', role: 'REP'})", { id: `${f.g.prefix}rep-none` });
    const rep = await f.api.as(
      `${f.g.prefix}rep-none`,
      `query($p: ID!) { hcps(where: { id: { startsWith: $p } }) { id } accounts(where: { id: { startsWith: $p } }) { id } }`,
      { p: f.g.prefix },
    );
    expect(rep.data).toEqual({ hcps: [], accounts: [] });
  });
});
