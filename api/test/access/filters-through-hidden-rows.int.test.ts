import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * @neo4j/graphql applies a type's rules to the rows it returns, not to rows named inside a
 * `where`; the input guard refuses REP filters through HCPs and accounts only. Through users
 * (`Territory.reps`) and metric values (`Organization.metrics`, `Network.metrics`) a REP's filter
 * still tells hidden rows apart from missing ones: who covers territory 2, and the organization's
 * own values, which REPs may not read.
 */
const f = useTwoTerritoryApi("hiddenfilters");

beforeAll(async () => {
  await f.driver.executeQuery(
    "MATCH (o:Organization {id: $id}) CREATE (o)-[:HAS_METRIC]->(:MetricValue {id: $id + '|TRX|2026-Q3', entityId: $id, metric: 'TRX', period: '2026-Q3', value: 7007.0})",
    { id: f.g.ids.org },
  );
});

/** The same request with a hidden row's key and with a key that matches nothing must be answered alike. */
async function answersAlike(query: string, hidden: string | number, missing: string | number) {
  const answer = async (key: string | number) => JSON.stringify(await f.api.as(f.g.users.rep1, query, { key, p: f.g.prefix }));
  expect(await answer(hidden)).toBe(await answer(missing));
}

describe("a REP's filters through rows they may not see", () => {
  it("through users: which territory another REP covers", async () => {
    const q = `query($key: ID!, $p: ID!) { territories(where: { id: { startsWith: $p }, reps: { some: { id: { eq: $key } } } }) { id } }`;
    await answersAlike(q, f.g.users.rep2, `${f.g.prefix}nobody`);
  });

  it("through metric values: an organization's own value", async () => {
    const q = `query($key: Float!, $p: ID!) { organizations(where: { id: { startsWith: $p }, metrics: { some: { value: { eq: $key } } } }) { id } }`;
    await answersAlike(q, 7007, 7008);
  });
});
