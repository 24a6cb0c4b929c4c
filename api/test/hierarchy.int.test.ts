import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { testDriver, uniquePrefix } from "../../test/db.ts";
import { createTwoTerritoryGraph, deleteByPrefix, type TwoTerritoryGraph } from "./fixtures/two-territory-graph.ts";
import { TestGraphQL } from "./graphql-client.ts";

let driver: Driver;
let api: TestGraphQL;
let g: TwoTerritoryGraph;

beforeAll(async () => {
  driver = testDriver();
  g = await createTwoTerritoryGraph(driver, uniquePrefix("hier"));
  api = await TestGraphQL.create(driver);
});

afterAll(async () => {
  await deleteByPrefix(driver, g.prefix);
  await driver.close();
});

const HIERARCHY = `query($id: ID!, $up: Int, $down: Int, $max: Int, $asOf: Date) {
  hierarchy(id: $id, depthUp: $up, depthDown: $down, maxNodes: $max, asOf: $asOf) {
    rootId truncated
    nodes { id kind name detail level }
    edges { id kind source target weight primary type influence version }
  } }`;

describe("hierarchy", () => {
  it("an organization: its network above, accounts and HCPs below, with edge properties", async () => {
    const res = await api.as(g.users.kam, HIERARCHY, { id: g.ids.org });
    expect(res.errors).toBeUndefined();
    const h = res.data!.hierarchy;
    expect(h.rootId).toBe(g.ids.org);
    expect(h.truncated).toBe(false);
    const byId = Object.fromEntries(h.nodes.map((n: any) => [n.id, n]));
    expect(Object.keys(byId).sort()).toEqual([g.ids.net, g.ids.org, g.ids.acc1, g.ids.acc2, g.ids.hcp1a, g.ids.hcp1b, g.ids.hcp2].sort());
    expect(byId[g.ids.net]).toMatchObject({ kind: "NETWORK", level: 4 });
    expect(byId[g.ids.hcp1a]).toMatchObject({ kind: "HCP", level: 1, detail: "MD · " + g.specialty + " · Austin, TX" });
    // The ended 2010-2019 edge HCP2 -> ACC1 is not in today's hierarchy.
    expect(h.edges.map((e: any) => e.id).sort()).toEqual(
      ["E-org-net", "E-a1-org", "E-a2-org", "E-h1a-a1", "E-h1b-a1", "E-h1b-a2", "E-h2-a2"].map((s) => g.prefix + s).sort(),
    );
    expect(h.edges.find((e: any) => e.id === g.prefix + "E-h1b-a2")).toEqual({
      id: g.prefix + "E-h1b-a2", kind: "AFFILIATION", source: g.ids.hcp1b, target: g.ids.acc2,
      weight: 0.5, primary: false, type: "CONSULTING", influence: null, version: 1,
    });
  });

  it("an HCP: its parents up to the network, no children", async () => {
    const res = await api.as(g.users.kam, HIERARCHY, { id: g.ids.hcp1b });
    const ids = res.data!.hierarchy.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual([g.ids.hcp1b, g.ids.acc1, g.ids.acc2, g.ids.org, g.ids.net].sort());
  });

  it("as of a past date: the edges valid then", async () => {
    const res = await api.as(g.users.kam, HIERARCHY, { id: g.ids.acc1, up: 0, asOf: "2015-06-30" });
    const h = res.data!.hierarchy;
    expect(h.nodes.map((n: any) => n.id).sort()).toEqual([g.ids.acc1, g.ids.hcp2].sort());
    expect(h.edges).toEqual([expect.objectContaining({ id: g.prefix + "E-h2-old", version: 3 })]);
  });

  it("depth limits and the node cap", async () => {
    const oneDown = await api.as(g.users.kam, HIERARCHY, { id: g.ids.org, up: 0, down: 1 });
    expect(oneDown.data!.hierarchy.nodes.map((n: any) => n.kind).sort()).toEqual(["ACCOUNT", "ACCOUNT", "ORGANIZATION"]);
    const capped = await api.as(g.users.kam, HIERARCHY, { id: g.ids.org, up: 0, max: 3 });
    expect(capped.data!.hierarchy.truncated).toBe(true);
    expect(capped.data!.hierarchy.nodes).toHaveLength(3);
    for (const e of capped.data!.hierarchy.edges) {
      expect(capped.data!.hierarchy.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([e.source, e.target]));
    }
  });

  it("an unknown id is NOT_FOUND", async () => {
    const res = await api.as(g.users.kam, HIERARCHY, { id: g.prefix + "nope" });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("generated queries expose the same edges with properties (connections)", async () => {
    const q = `query($id: ID!) { accounts(where: { id: { eq: $id } }) {
      hcpsConnection(sort: [{ node: { id: ASC } }]) { edges { properties { weight primary type validFrom validTo version } node { id } } }
      organizationsConnection { edges { properties { weight primary } node { id networks { id } } } } } }`;
    const res = await api.as(g.users.kam, q, { id: g.ids.acc1 });
    expect(res.errors).toBeUndefined();
    const account = res.data!.accounts[0];
    expect(account.hcpsConnection.edges.map((e: any) => [e.node.id, e.properties.weight, e.properties.validTo])).toEqual([
      [g.ids.hcp1a, 1, null],
      [g.ids.hcp1b, 0.5, null],
      [g.ids.hcp2, 1, "2019-12-31"],
    ]);
    expect(account.organizationsConnection.edges[0].node.networks).toEqual([{ id: g.ids.net }]);
  });

  it("generated mutations are off for governed data", async () => {
    const res = await api.as(g.users.admin, `mutation { updateHcps(update: { name: { set: "x" } }) { info { nodesCreated } } }`);
    expect(res.errors?.[0]?.message).toMatch(/not configured to execute mutation|Cannot query field "updateHcps"/);
  });
});

describe("influence network", () => {
  it("depth 1 around an influencer: its neighbours and the edges among them", async () => {
    const res = await api.as(g.users.kam, `query($id: ID!) { influenceNetwork(hcpId: $id) { rootId truncated nodes { id } edges { id source target weight type kind } } }`, { id: g.ids.hcp1a });
    const n = res.data!.influenceNetwork;
    expect(n.rootId).toBe(g.ids.hcp1a);
    expect(n.nodes.map((x: any) => x.id)).toEqual([g.ids.hcp1a, g.ids.hcp2, g.ids.hcp1b]);
    expect(n.edges).toContainEqual({ id: g.prefix + "I-1a-2", source: g.ids.hcp1a, target: g.ids.hcp2, weight: 0.9, type: "KOL", kind: "INFLUENCE" });
    expect(n.edges).toHaveLength(3);
  });

  it("the node cap keeps the strongest ties", async () => {
    const res = await api.as(g.users.kam, `query($id: ID!) { influenceNetwork(hcpId: $id, maxNodes: 2) { truncated nodes { id } } }`, { id: g.ids.hcp1a });
    expect(res.data!.influenceNetwork).toEqual({ truncated: true, nodes: [{ id: g.ids.hcp1a }, { id: g.ids.hcp2 }] });
  });

  it("is only for HCPs", async () => {
    const res = await api.as(g.users.kam, `query($id: ID!) { influenceNetwork(hcpId: $id) { rootId } }`, { id: g.ids.acc1 });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("search and details", () => {
  it("every word is a prefix; exact ids and NPIs rank first", async () => {
    const byWords = await api.as(g.users.kam, `query($t: String!) { search(text: $t) { id kind name } }`, { t: `${g.surname.slice(0, 6)} ann` });
    expect(byWords.data!.search.map((h: any) => h.id)).toEqual([g.ids.hcp1a]);
    const npi = (await driver.executeQuery("MATCH (h:HCP {id: $id}) RETURN h.npi AS npi", { id: g.ids.hcp2 })).records[0]!.get("npi");
    const byNpi = await api.as(g.users.kam, `query($t: String!) { search(text: $t) { id score } }`, { t: npi });
    expect(byNpi.data!.search[0]).toEqual({ id: g.ids.hcp2, score: 1000 });
    const byId = await api.as(g.users.kam, `query($t: String!) { search(text: $t) { id kind } }`, { t: g.ids.org });
    expect(byId.data!.search[0]).toEqual({ id: g.ids.org, kind: "ORGANIZATION" });
  });

  it("Lucene syntax in the text is harmless", async () => {
    for (const t of ['"unbalanced', "a:b", "(", "*", "AND", "-x", "~~", "\\"]) {
      const res = await api.as(g.users.kam, `query($t: String!) { search(text: $t) { id } }`, { t });
      expect(res.errors, t).toBeUndefined();
    }
  });

  it("entity details list the properties and territories", async () => {
    const res = await api.as(g.users.kam, `query($id: ID!) { entityDetails(id: $id) { id kind name attributes { key value } } }`, { id: g.ids.hcp1a });
    const d = res.data!.entityDetails;
    expect(d).toMatchObject({ id: g.ids.hcp1a, kind: "HCP", name: `${g.surname}, Ann MD` });
    expect(d.attributes[0]).toEqual({ key: "id", value: g.ids.hcp1a });
    expect(d.attributes).toContainEqual({ key: "territories", value: g.ids.t1 });
    expect(d.attributes).toContainEqual({ key: "lat", value: "30.27" });
  });
});
