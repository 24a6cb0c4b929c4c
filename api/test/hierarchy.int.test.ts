import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("hier");

const HIERARCHY = `query($id: ID!, $up: Int, $down: Int, $max: Int, $asOf: Date) {
  hierarchy(id: $id, depthUp: $up, depthDown: $down, maxNodes: $max, asOf: $asOf) {
    rootId truncated
    nodes { id kind name detail level }
    edges { id kind source target weight primary type influence version }
  } }`;

describe("hierarchy", () => {
  it("an organization: its network above, accounts and HCPs below, with edge properties", async () => {
    const res = await f.api.as(f.g.users.kam, HIERARCHY, { id: f.g.ids.org });
    expect(res.errors).toBeUndefined();
    const h = res.data!.hierarchy;
    expect(h.rootId).toBe(f.g.ids.org);
    expect(h.truncated).toBe(false);
    const byId = Object.fromEntries(h.nodes.map((n: any) => [n.id, n]));
    expect(Object.keys(byId).sort()).toEqual(
      [f.g.ids.net, f.g.ids.org, f.g.ids.acc1, f.g.ids.acc2, f.g.ids.hcp1a, f.g.ids.hcp1b, f.g.ids.hcp2].sort(),
    );
    expect(byId[f.g.ids.net]).toMatchObject({ kind: "NETWORK", level: 4 });
    expect(byId[f.g.ids.hcp1a]).toMatchObject({ kind: "HCP", level: 1, detail: `MD · ${f.g.specialty} · Austin, TX` });
    // The ended 2010-2019 edge HCP2 -> ACC1 is not in today's hierarchy.
    expect(h.edges.map((e: any) => e.id).sort()).toEqual(
      ["E-org-net", "E-a1-org", "E-a2-org", "E-h1a-a1", "E-h1b-a1", "E-h1b-a2", "E-h2-a2"].map((s) => f.g.prefix + s).sort(),
    );
    expect(h.edges.find((e: any) => e.id === `${f.g.prefix}E-h1b-a2`)).toEqual({
      id: `${f.g.prefix}E-h1b-a2`,
      kind: "AFFILIATION",
      source: f.g.ids.hcp1b,
      target: f.g.ids.acc2,
      weight: 0.5,
      primary: false,
      type: "CONSULTING",
      influence: null,
      version: 1,
    });
  });

  it("an HCP: its parents up to the network, no children", async () => {
    const res = await f.api.as(f.g.users.kam, HIERARCHY, { id: f.g.ids.hcp1b });
    const ids = res.data!.hierarchy.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual([f.g.ids.hcp1b, f.g.ids.acc1, f.g.ids.acc2, f.g.ids.org, f.g.ids.net].sort());
  });

  it("as of a past date: the edges valid then", async () => {
    const res = await f.api.as(f.g.users.kam, HIERARCHY, { id: f.g.ids.acc1, up: 0, asOf: "2015-06-30" });
    const h = res.data!.hierarchy;
    expect(h.nodes.map((n: any) => n.id).sort()).toEqual([f.g.ids.acc1, f.g.ids.hcp2].sort());
    expect(h.edges).toEqual([expect.objectContaining({ id: `${f.g.prefix}E-h2-old`, version: 3 })]);
  });

  it("depth limits and the node cap", async () => {
    const oneDown = await f.api.as(f.g.users.kam, HIERARCHY, { id: f.g.ids.org, up: 0, down: 1 });
    expect(oneDown.data!.hierarchy.nodes.map((n: any) => n.kind).sort()).toEqual(["ACCOUNT", "ACCOUNT", "ORGANIZATION"]);
    const capped = await f.api.as(f.g.users.kam, HIERARCHY, { id: f.g.ids.org, up: 0, max: 3 });
    expect(capped.data!.hierarchy.truncated).toBe(true);
    expect(capped.data!.hierarchy.nodes).toHaveLength(3);
    for (const e of capped.data!.hierarchy.edges) {
      expect(capped.data!.hierarchy.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([e.source, e.target]));
    }
  });

  it("an unknown id is NOT_FOUND", async () => {
    const res = await f.api.as(f.g.users.kam, HIERARCHY, { id: `${f.g.prefix}nope` });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("generated queries expose the same edges with properties (connections)", async () => {
    const q = `query($id: ID!) { accounts(where: { id: { eq: $id } }) {
      hcpsConnection(sort: [{ node: { id: ASC } }]) { edges { properties { weight primary type validFrom validTo version } node { id } } }
      organizationsConnection { edges { properties { weight primary } node { id networks { id } } } } } }`;
    const res = await f.api.as(f.g.users.kam, q, { id: f.g.ids.acc1 });
    expect(res.errors).toBeUndefined();
    const account = res.data!.accounts[0];
    expect(account.hcpsConnection.edges.map((e: any) => [e.node.id, e.properties.weight, e.properties.validTo])).toEqual([
      [f.g.ids.hcp1a, 1, null],
      [f.g.ids.hcp1b, 0.5, null],
      [f.g.ids.hcp2, 1, "2019-12-31"],
    ]);
    expect(account.organizationsConnection.edges[0].node.networks).toEqual([{ id: f.g.ids.net }]);
  });

  it("generated mutations are off for governed data", async () => {
    const res = await f.api.as(f.g.users.admin, `mutation { updateHcps(update: { name: { set: "x" } }) { info { nodesCreated } } }`);
    expect(res.errors?.[0]?.message).toMatch(/not configured to execute mutation|Cannot query field "updateHcps"/);
  });
});

describe("influence network", () => {
  it("depth 1 around an influencer: its neighbours and the edges among them", async () => {
    const res = await f.api.as(
      f.g.users.kam,
      `query($id: ID!) { influenceNetwork(hcpId: $id) { rootId truncated nodes { id } edges { id source target weight type kind } } }`,
      { id: f.g.ids.hcp1a },
    );
    const n = res.data!.influenceNetwork;
    expect(n.rootId).toBe(f.g.ids.hcp1a);
    expect(n.nodes.map((x: any) => x.id)).toEqual([f.g.ids.hcp1a, f.g.ids.hcp2, f.g.ids.hcp1b]);
    expect(n.edges).toContainEqual({
      id: `${f.g.prefix}I-1a-2`,
      source: f.g.ids.hcp1a,
      target: f.g.ids.hcp2,
      weight: 0.9,
      type: "KOL",
      kind: "INFLUENCE",
    });
    expect(n.edges).toHaveLength(3);
  });

  it("the node cap keeps the strongest ties", async () => {
    const res = await f.api.as(f.g.users.kam, `query($id: ID!) { influenceNetwork(hcpId: $id, maxNodes: 2) { truncated nodes { id } } }`, {
      id: f.g.ids.hcp1a,
    });
    expect(res.data!.influenceNetwork).toEqual({ truncated: true, nodes: [{ id: f.g.ids.hcp1a }, { id: f.g.ids.hcp2 }] });
  });

  it("is only for HCPs", async () => {
    const res = await f.api.as(f.g.users.kam, `query($id: ID!) { influenceNetwork(hcpId: $id) { rootId } }`, { id: f.g.ids.acc1 });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("search and details", () => {
  it("every word is a prefix; exact ids and NPIs rank first", async () => {
    const byWords = await f.api.as(f.g.users.kam, `query($t: String!) { search(text: $t) { id kind name } }`, {
      t: `${f.g.surname.slice(0, 6)} ann`,
    });
    expect(byWords.data!.search.map((h: any) => h.id)).toEqual([f.g.ids.hcp1a]);
    const npi = (await f.driver.executeQuery("MATCH (h:HCP {id: $id}) RETURN h.npi AS npi", { id: f.g.ids.hcp2 })).records[0]!.get("npi");
    const byNpi = await f.api.as(f.g.users.kam, `query($t: String!) { search(text: $t) { id score } }`, { t: npi });
    expect(byNpi.data!.search[0]).toEqual({ id: f.g.ids.hcp2, score: 1000 });
    const byId = await f.api.as(f.g.users.kam, `query($t: String!) { search(text: $t) { id kind } }`, { t: f.g.ids.org });
    expect(byId.data!.search[0]).toEqual({ id: f.g.ids.org, kind: "ORGANIZATION" });
  });

  it("Lucene syntax in the text is harmless", async () => {
    for (const t of ['"unbalanced', "a:b", "(", "*", "AND", "-x", "~~", "\\"]) {
      const res = await f.api.as(f.g.users.kam, `query($t: String!) { search(text: $t) { id } }`, { t });
      expect(res.errors, t).toBeUndefined();
    }
  });

  it("entity details list the properties and territories", async () => {
    const res = await f.api.as(f.g.users.kam, `query($id: ID!) { entityDetails(id: $id) { id kind name attributes { key value } } }`, {
      id: f.g.ids.hcp1a,
    });
    const d = res.data!.entityDetails;
    expect(d).toMatchObject({ id: f.g.ids.hcp1a, kind: "HCP", name: `${f.g.surname}, Ann MD` });
    expect(d.attributes[0]).toEqual({ key: "id", value: f.g.ids.hcp1a });
    expect(d.attributes).toContainEqual({ key: "territories", value: f.g.ids.t1 });
    expect(d.attributes).toContainEqual({ key: "lat", value: "30.27" });
  });
});
