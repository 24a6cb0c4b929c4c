import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

/**
 * A REP covering T1 must never see an HCP or account of T2, on any GraphQL path. Each test
 * reads the same fixture as rep1 (T1) and, where it matters, as an unrestricted role to prove
 * the data is really there.
 */
const f = useTwoTerritoryApi("acl");

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("REP territory isolation", () => {
  it("lists: hcps and accounts", async () => {
    const q = `query($p: ID!) { hcps(where: { id: { startsWith: $p } }) { id } accounts(where: { id: { startsWith: $p } }) { id } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix });
    expect(rep.errors).toBeUndefined();
    expect(ids(rep.data!.hcps)).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
    expect(ids(rep.data!.accounts)).toEqual([f.g.ids.acc1]);
    const kam = await f.api.as(f.g.users.kam, q, { p: f.g.prefix });
    expect(ids(kam.data!.hcps)).toHaveLength(3);
    expect(ids(kam.data!.accounts)).toHaveLength(2);
  });

  it("by id: another territory's HCP and account are not found", async () => {
    const q = `query($h: ID!, $a: ID!) { hcps(where: { id: { eq: $h } }) { id } accounts(where: { id: { eq: $a } }) { id } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { h: f.g.ids.hcp2, a: f.g.ids.acc2 });
    expect(rep.data).toEqual({ hcps: [], accounts: [] });
    const rep2 = await f.api.as(f.g.users.rep2, q, { h: f.g.ids.hcp2, a: f.g.ids.acc2 });
    expect(ids(rep2.data!.hcps)).toEqual([f.g.ids.hcp2]);
  });

  it("connections: edges and totalCount", async () => {
    const q = `query($p: ID!) { hcpsConnection(where: { id: { startsWith: $p } }) { totalCount edges { node { id } } } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix });
    expect(rep.data!.hcpsConnection.totalCount).toBe(2);
    expect(rep.data!.hcpsConnection.edges.map((e: any) => e.node.id).sort()).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
  });

  it("aggregates: counts only what the caller may see", async () => {
    const q = `query($p: ID!) {
      hcpsConnection(where: { id: { startsWith: $p } }) { aggregate { count { nodes } node { lastName { shortest } } } }
      accountsConnection(where: { id: { startsWith: $p } }) { aggregate { count { nodes } } }
    }`;
    const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix });
    expect(rep.errors).toBeUndefined();
    expect(rep.data!.hcpsConnection.aggregate.count.nodes).toBe(2);
    expect(rep.data!.accountsConnection.aggregate.count.nodes).toBe(1);
    const kam = await f.api.as(f.g.users.kam, q, { p: f.g.prefix });
    expect(kam.data!.hcpsConnection.aggregate.count.nodes).toBe(3);
  });

  it("nested traversals: network -> organization -> accounts -> hcps, and nested aggregates", async () => {
    const q = `query($id: ID!) { networks(where: { id: { eq: $id } }) {
      organizations { accounts { id hcps { id } hcpsConnection { totalCount aggregate { count { nodes } } edges { properties { weight } node { id } } } } } } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { id: f.g.ids.net });
    expect(rep.errors).toBeUndefined();
    const accounts = rep.data!.networks[0].organizations[0].accounts;
    expect(ids(accounts)).toEqual([f.g.ids.acc1]);
    expect(ids(accounts[0].hcps)).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
    expect(accounts[0].hcpsConnection.totalCount).toBe(2);
    expect(accounts[0].hcpsConnection.aggregate.count.nodes).toBe(2);
  });

  it("nested traversals: through territories, influences and HCP -> accounts", async () => {
    const q = `query($t2: ID!, $h: ID!) {
      territories(where: { id: { eq: $t2 } }) { id hcps { id } accounts { id } }
      hcps(where: { id: { eq: $h } }) { id influences { id } influencedBy { id } accounts { id } influencesConnection { totalCount } }
    }`;
    const rep = await f.api.as(f.g.users.rep1, q, { t2: f.g.ids.t2, h: f.g.ids.hcp1b });
    expect(rep.errors).toBeUndefined();
    expect(rep.data!.territories[0]).toEqual({ id: f.g.ids.t2, hcps: [], accounts: [] });
    const hcp = rep.data!.hcps[0];
    expect(ids(hcp.influencedBy)).toEqual([f.g.ids.hcp1a]);
    expect(ids(hcp.accounts)).toEqual([f.g.ids.acc1]);
    const a = await f.api.as(
      f.g.users.rep1,
      `query($h: ID!) { hcps(where: { id: { eq: $h } }) { influences { id } influencesConnection { totalCount } } }`,
      { h: f.g.ids.hcp1a },
    );
    expect(ids(a.data!.hcps[0].influences)).toEqual([f.g.ids.hcp1b]);
    expect(a.data!.hcps[0].influencesConnection.totalCount).toBe(1);
  });

  it("filters through relationships to HCPs or accounts are refused for REPs (they would reveal hidden rows)", async () => {
    // Regression: @neo4j/graphql applies HCP rules to returned HCPs, not to HCPs named in a
    // filter, so `accounts(where: { hcps: { some: { id: hidden } } })` answered whether the hidden HCP exists.
    const probes = [
      `query($p: ID!, $h: ID!) { accounts(where: { id: { startsWith: $p }, hcps: { some: { id: { eq: $h } } } }) { id } }`,
      `query($p: ID!, $h: ID!) { accounts(where: { id: { startsWith: $p }, hcpsConnection: { some: { node: { id: { eq: $h } } } } }) { id } }`,
      `query($p: ID!, $h: ID!) { hcps(where: { id: { startsWith: $p }, OR: [{ influences: { some: { id: { eq: $h } } } }] }) { id } }`,
      `query($p: ID!, $h: ID!) { territories(where: { id: { startsWith: $p }, hcps: { some: { id: { eq: $h } } } }) { id } }`,
    ];
    for (const q of probes) {
      const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix, h: f.g.ids.hcp2 });
      expect(rep.data ?? null).toBeNull();
      expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const kam = await f.api.as(f.g.users.kam, q, { p: f.g.prefix, h: f.g.ids.hcp2 });
      expect(kam.errors).toBeUndefined();
    }
    const allowed = await f.api.as(
      f.g.users.rep1,
      `query($p: ID!, $t: ID!) { hcps(where: { id: { startsWith: $p }, territories: { some: { id: { eq: $t } } } }) { id } }`,
      { p: f.g.prefix, t: f.g.ids.t1 },
    );
    expect(allowed.data!.hcps).toHaveLength(2);
  });

  it("metric values: only those of visible HCPs and accounts", async () => {
    const q = `query($p: ID!) { metricValues(where: { entityId: { startsWith: $p } }) { entityId value } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { p: f.g.prefix });
    expect(rep.data!.metricValues.map((m: any) => m.entityId)).toEqual([f.g.ids.hcp1a]);
    const rep2 = await f.api.as(f.g.users.rep2, q, { p: f.g.prefix });
    expect(rep2.data!.metricValues.map((m: any) => m.entityId).sort()).toEqual([f.g.ids.acc2, f.g.ids.hcp2].sort());
  });

  it("full-text search", async () => {
    const q = `query($t: String!) { search(text: $t, limit: 50) { id kind } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { t: f.g.surname });
    expect(rep.errors).toBeUndefined();
    const found = rep.data!.search.map((h: any) => h.id);
    expect(found).toEqual(expect.arrayContaining([f.g.ids.hcp1a, f.g.ids.hcp1b, f.g.ids.acc1, f.g.ids.org]));
    expect(found).not.toContain(f.g.ids.hcp2);
    expect(found).not.toContain(f.g.ids.acc2);
    const byId = await f.api.as(f.g.users.rep1, q, { t: f.g.ids.hcp2 });
    expect(byId.data!.search).toEqual([]);
  });

  it("@cypher fields count only visible HCPs", async () => {
    const q = `query($a: ID!, $h: ID!) { accounts(where: { id: { eq: $a } }) { visibleHcpCount } hcps(where: { id: { eq: $h } }) { visibleFollowerCount } }`;
    const rep2 = await f.api.as(f.g.users.rep2, q, { a: f.g.ids.acc2, h: f.g.ids.hcp2 });
    expect(rep2.errors).toBeUndefined();
    expect(rep2.data!.accounts[0].visibleHcpCount).toBe(1);
    expect(rep2.data!.hcps[0].visibleFollowerCount).toBe(0);
    const kam = await f.api.as(f.g.users.kam, q, { a: f.g.ids.acc2, h: f.g.ids.hcp2 });
    expect(kam.data!.accounts[0].visibleHcpCount).toBe(2);
    expect(kam.data!.hcps[0].visibleFollowerCount).toBe(1);
  });

  it("hierarchy view: organization down to HCPs", async () => {
    const q = `query($id: ID!) { hierarchy(id: $id) { rootId truncated nodes { id kind level } edges { source target weight primary } } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { id: f.g.ids.org });
    expect(rep.errors).toBeUndefined();
    const nodeIds = ids(rep.data!.hierarchy.nodes);
    expect(nodeIds).toEqual([f.g.ids.net, f.g.ids.org, f.g.ids.acc1, f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
    for (const e of rep.data!.hierarchy.edges) {
      expect(nodeIds).toContain(e.source);
      expect(nodeIds).toContain(e.target);
    }
    const denied = await f.api.as(f.g.users.rep1, q, { id: f.g.ids.acc2 });
    expect(denied.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("influence ego network", async () => {
    const q = `query($id: ID!) { influenceNetwork(hcpId: $id, depth: 2) { nodes { id } edges { source target } } }`;
    const rep = await f.api.as(f.g.users.rep1, q, { id: f.g.ids.hcp1a });
    expect(ids(rep.data!.influenceNetwork.nodes)).toEqual([f.g.ids.hcp1a, f.g.ids.hcp1b].sort());
    expect(rep.data!.influenceNetwork.edges).toEqual([{ source: f.g.ids.hcp1a, target: f.g.ids.hcp1b }]);
    const kam = await f.api.as(f.g.users.kam, q, { id: f.g.ids.hcp1a });
    expect(kam.data!.influenceNetwork.nodes).toHaveLength(3);
    expect(kam.data!.influenceNetwork.edges).toHaveLength(3);
  });

  it("entity details", async () => {
    const q = `query($id: ID!) { entityDetails(id: $id) { id } }`;
    expect((await f.api.as(f.g.users.rep1, q, { id: f.g.ids.hcp2 })).data!.entityDetails).toBeNull();
    expect((await f.api.as(f.g.users.rep1, q, { id: f.g.ids.acc2 })).data!.entityDetails).toBeNull();
    expect((await f.api.as(f.g.users.rep1, q, { id: f.g.ids.hcp1a })).data!.entityDetails.id).toBe(f.g.ids.hcp1a);
  });

  it("users: a REP sees only itself; ADMIN sees all", async () => {
    const q = `query($p: ID!) { users(where: { id: { startsWith: $p } }) { id } }`;
    expect(ids((await f.api.as(f.g.users.rep1, q, { p: f.g.prefix })).data!.users)).toEqual([f.g.users.rep1]);
    expect((await f.api.as(f.g.users.admin, q, { p: f.g.prefix })).data!.users).toHaveLength(7);
  });
});

describe("authentication", () => {
  it("no token: HTTP 401 with a clear message", async () => {
    const res = await f.api.raw({ query: "{ me { id } }" });
    expect(res.status).toBe(401);
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/Authorization: Bearer/);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("a token signed with another secret: HTTP 401", async () => {
    const { issueToken } = await import("../src/auth/token-issuer.ts");
    const forged = await issueToken({ sub: f.g.users.admin, role: "ADMIN", territories: [] }, "another-secret-that-is-long-enough-000");
    const res = await f.api.raw({ query: "{ me { id } }" }, { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
  });

  it("me reflects the token", async () => {
    const res = await f.api.as(f.g.users.rep1, "{ me { id role territories } }");
    expect(res.data!.me).toEqual({ id: f.g.users.rep1, role: "REP", territories: [f.g.ids.t1] });
  });
});
