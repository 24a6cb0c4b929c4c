import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * The fixture's influence (two-territory-graph.ts): HCP1a -> HCP2 0.9, HCP1a -> HCP1b 0.6,
 * HCP2 -> HCP1b 0.3, plus, in T1, a strong three-hop chain HCP1a -> X 1.0 -> Y 1.0 -> HCP1b 0.9
 * and a weaker parallel edge HCP1a -> HCP1b 0.2.
 */
const f = useTwoTerritoryApi("paths");

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  influencePaths(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit) {
    strength nodes { id kind } edges { source target weight kind }
  } }`;

const ADD_CHAIN = `
MATCH (a:HCP {id: $p + 'HCP1a'}), (b:HCP {id: $p + 'HCP1b'}), (t1:Territory {id: $p + 'T1'})
CREATE (x:HCP {id: $p + 'HCPx', name: 'X', specialty: 'Cardiology', city: 'Austin', state: 'TX'})-[:ALIGNED_TO]->(t1)
CREATE (y:HCP {id: $p + 'HCPy', name: 'Y', specialty: 'Cardiology', city: 'Austin', state: 'TX'})-[:ALIGNED_TO]->(t1)
CREATE (a)-[:INFLUENCES {id: $p + 'I-1a-x', weight: 1.0, type: 'MENTOR'}]->(x)
CREATE (x)-[:INFLUENCES {id: $p + 'I-x-y', weight: 1.0, type: 'MENTOR'}]->(y)
CREATE (y)-[:INFLUENCES {id: $p + 'I-y-1b', weight: 0.9, type: 'MENTOR'}]->(b)
CREATE (a)-[:INFLUENCES {id: $p + 'I-1a-1b-weak', weight: 0.2, type: 'REFERRAL'}]->(b)`;

const ids = (path: { nodes: { id: string }[] }) => path.nodes.map((n) => n.id);

beforeAll(async () => {
  await f.driver.executeQuery(ADD_CHAIN, { p: f.g.prefix });
});

describe("influencePaths", () => {
  it("ranks paths by the product of their weights, strongest first, with their edges in order", async () => {
    const { hcp1a, hcp1b, hcp2 } = f.g.ids;
    const res = await f.api.as(f.g.users.kam, PATHS, { from: hcp1a, to: hcp1b });
    expect(res.errors).toBeUndefined();
    const paths = res.data!.influencePaths;
    expect(paths.map(ids)).toEqual([
      [hcp1a, `${f.g.prefix}HCPx`, `${f.g.prefix}HCPy`, hcp1b],
      [hcp1a, hcp1b],
      [hcp1a, hcp2, hcp1b],
    ]);
    expect(paths.map((p: any) => p.strength)).toEqual([0.9, 0.6, expect.closeTo(0.27, 9)]);
    // The parallel 0.2 edge does not make a second direct path; the stronger one is drawn.
    expect(paths[1].edges).toEqual([{ source: hcp1a, target: hcp1b, weight: 0.6, kind: "INFLUENCE" }]);
    expect(paths[0].edges.map((e: any) => [e.source, e.target])).toEqual([
      [hcp1a, `${f.g.prefix}HCPx`],
      [`${f.g.prefix}HCPx`, `${f.g.prefix}HCPy`],
      [`${f.g.prefix}HCPy`, hcp1b],
    ]);
  });

  it("maxHops and limit bound the answer", async () => {
    const { hcp1a, hcp1b, hcp2 } = f.g.ids;
    const twoHops = await f.api.as(f.g.users.kam, PATHS, { from: hcp1a, to: hcp1b, maxHops: 2 });
    expect(twoHops.data!.influencePaths.map(ids)).toEqual([
      [hcp1a, hcp1b],
      [hcp1a, hcp2, hcp1b],
    ]);
    const one = await f.api.as(f.g.users.kam, PATHS, { from: hcp1a, to: hcp1b, limit: 1 });
    expect(one.data!.influencePaths.map(ids)).toEqual([[hcp1a, `${f.g.prefix}HCPx`, `${f.g.prefix}HCPy`, hcp1b]]);
  });

  it("follows the direction of influence: none back from the influenced", async () => {
    const res = await f.api.as(f.g.users.kam, PATHS, { from: f.g.ids.hcp1b, to: f.g.ids.hcp1a });
    expect(res.errors).toBeUndefined();
    expect(res.data!.influencePaths).toEqual([]);
  });

  it("a REP's paths pass only through HCPs of their territories", async () => {
    const { hcp1a, hcp1b } = f.g.ids;
    const rep1 = await f.api.as(f.g.users.rep1, PATHS, { from: hcp1a, to: hcp1b });
    expect(rep1.errors).toBeUndefined();
    // HCP2 is in T2: the path through it is left out.
    expect(rep1.data!.influencePaths.map(ids)).toEqual([
      [hcp1a, `${f.g.prefix}HCPx`, `${f.g.prefix}HCPy`, hcp1b],
      [hcp1a, hcp1b],
    ]);
    // Ends outside the caller's territories are not found, like an unknown id.
    const rep2 = await f.api.as(f.g.users.rep2, PATHS, { from: hcp1a, to: f.g.ids.hcp2 });
    expect(rep2.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const toHidden = await f.api.as(f.g.users.rep1, PATHS, { from: hcp1a, to: f.g.ids.hcp2 });
    expect(toHidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for unknown ids and for entities that are no HCP", async () => {
    const unknown = await f.api.as(f.g.users.kam, PATHS, { from: `${f.g.prefix}nobody`, to: f.g.ids.hcp1b });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const account = await f.api.as(f.g.users.kam, PATHS, { from: f.g.ids.hcp1a, to: f.g.ids.acc1 });
    expect(account.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it.each([
    { name: "maxHops above 4", vars: { maxHops: 5 }, path: ["maxHops"] },
    { name: "maxHops 0", vars: { maxHops: 0 }, path: ["maxHops"] },
    { name: "limit above 10", vars: { limit: 11 }, path: ["limit"] },
    { name: "the same HCP twice", vars: { to: "same" }, path: ["toId"] },
    { name: "an empty id", vars: { from: "" }, path: ["fromId"] },
  ])("refuses bad input with BAD_USER_INPUT: $name", async ({ vars, path }) => {
    const base = { from: f.g.ids.hcp1a, to: f.g.ids.hcp1b };
    const variables = { ...base, ...vars, ...(vars.to === "same" ? { to: f.g.ids.hcp1a } : {}) };
    const res = await f.api.as(f.g.users.kam, PATHS, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: path });
  });
});

describe("influenceNetwork for influence views", () => {
  it("carries specialty, metro and PageRank per HCP, and accepts up to 20,000 nodes", async () => {
    const q = `query($id: ID!, $max: Int) { influenceNetwork(hcpId: $id, maxNodes: $max) { nodes { id specialty metro pagerank } } }`;
    const res = await f.api.as(f.g.users.kam, q, { id: f.g.ids.hcp1a, max: 20_000 });
    expect(res.errors).toBeUndefined();
    const root = res.data!.influenceNetwork.nodes.find((n: any) => n.id === f.g.ids.hcp1a);
    expect(root).toMatchObject({ specialty: f.g.specialty, metro: "Austin, TX" });
    expect(root.pagerank === null || typeof root.pagerank === "number").toBe(true);
    const tooMany = await f.api.as(f.g.users.kam, q, { id: f.g.ids.hcp1a, max: 20_001 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["maxNodes"] });
  });
});
