import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGraphQL } from "./graphql-client.ts";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

/**
 * The response cache (api/src/server/response-cache/) on a real database: a repeated read is
 * answered from memory, a write anywhere (here straight through the driver, as another instance
 * or an import would) or a mutation of this instance makes it read the database again, and no
 * caller is ever answered from another caller's entry.
 */
const f = useTwoTerritoryApi("respcache");
let cached: TestGraphQL;
const POLL_MS = 50;

const HCP = `query($id: ID!) { hcps(where: { id: { eq: $id } }) { id name } }`;

/** One request, with the cache's verdict from the X-Response-Cache header. */
async function read(user: string, query: string, variables: Record<string, unknown>) {
  const res = await cached.raw({ query, variables }, { authorization: `Bearer ${await cached.tokenFor(user)}` });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  return { cache: res.headers.get("x-response-cache"), ...body };
}

/** Reads until the cache answers (its first database-version poll has to come back first). */
async function untilCached(user: string, query: string, variables: Record<string, unknown>) {
  await expect.poll(async () => (await read(user, query, variables)).cache, { timeout: 5_000, interval: POLL_MS }).toBe("hit");
}

beforeAll(async () => {
  cached = await TestGraphQL.create(f.driver, { responseCache: { ttlMs: 60_000, pollMs: POLL_MS, maxBytes: 10_000_000 } });
});
afterAll(async () => {
  await cached.app.dispose();
});

describe("response cache", () => {
  it("answers a repeated read from memory, and reads the database again after a write made outside the API", async () => {
    const vars = { id: f.g.ids.hcp1a };
    await untilCached(f.g.users.kam, HCP, vars);
    const before = await read(f.g.users.kam, HCP, vars);
    expect(before.cache).toBe("hit");
    const oldName = before.data!.hcps[0].name as string;

    await f.driver.executeQuery("MATCH (h:HCP {id: $id}) SET h.name = $name", { id: f.g.ids.hcp1a, name: `${oldName} (renamed)` });
    // Within a poll or two the new version is seen and the read goes to the database.
    await expect
      .poll(async () => (await read(f.g.users.kam, HCP, vars)).data!.hcps[0].name, { timeout: 5_000, interval: POLL_MS })
      .toBe(`${oldName} (renamed)`);
  });

  it("a mutation answered by this instance makes the next read go to the database at once", async () => {
    const query = `query($id: ID!) { accounts(where: { id: { eq: $id } }) { id hcpsConnection { edges { properties { weight } node { id } } } } }`;
    const vars = { id: f.g.ids.acc1 };
    await untilCached(f.g.users.steward, query, vars);
    const applied = await cached.as(
      f.g.users.steward,
      `mutation($ops: String!) { applyChange(operations: $ops, reason: "cache test") { op } }`,
      { ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, weight: 0.7 }]) },
    );
    expect(applied.errors).toBeUndefined();
    const after = await read(f.g.users.steward, query, vars);
    expect(after.cache).toBe("miss");
    const edge = after.data!.accounts[0].hcpsConnection.edges.find((e: any) => e.node.id === f.g.ids.hcp1a);
    expect(edge.properties.weight).toBe(0.7);
  });

  it("never answers one caller from another's entry: a rep outside the HCP's territory still sees nothing", async () => {
    const vars = { id: f.g.ids.hcp1a };
    await untilCached(f.g.users.kam, HCP, vars);
    const rep2 = await read(f.g.users.rep2, HCP, vars); // rep2 covers T2 only; HCP1a is in T1
    expect(rep2.data!.hcps).toEqual([]);
    expect(rep2.cache).toBe("miss");
  });

  it("keeps no error and no read outside the cacheable fields", async () => {
    const bad = `query { hcps(where: { id: { eq: "x" } }) { noSuchField } }`;
    expect((await read(f.g.users.kam, bad, {})).errors).toBeDefined();
    const again = await read(f.g.users.kam, bad, {});
    expect(again.errors).toBeDefined();
    expect(again.cache).toBeNull();
    const me = `query { me { id role } }`;
    await read(f.g.users.kam, me, {});
    expect((await read(f.g.users.kam, me, {})).cache).toBeNull();
  });
});
