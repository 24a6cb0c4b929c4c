import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Regression tests of the server errors the GraphQL fuzz found, one describe per bug. */
const f = useTwoTerritoryApi("fuzzfound");

const codesOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe("aggregate selections @neo4j/graphql answers null (second alias, nothing to aggregate) are rejected as invalid", () => {
  const hcps = () => `hcpsConnection(where: { id: { startsWith: "${f.g.prefix}" } })`;
  const rejected = [
    { name: "node selecting only __typename", select: () => `${hcps()} { aggregate { count { nodes } node { __typename } } }` },
    {
      name: "node under two aliases",
      select: () => `${hcps()} { aggregate { node { lastName { shortest } } other: node { firstName { longest } } } }`,
    },
    { name: "count under two aliases", select: () => `${hcps()} { aggregate { c: count { nodes } d: count { nodes } } }` },
    {
      name: "aggregate under two aliases",
      select: () => `${hcps()} { a: aggregate { count { nodes } } b: aggregate { node { name { shortest } } } }`,
    },
    {
      name: "edge selecting only __typename, through a fragment",
      select: () =>
        `hcps(where: { id: { eq: "${f.g.ids.hcp1a}" } }) { accountsConnection { aggregate { ...E } } } } fragment E on HCPAccountAccountsAggregateSelection { edge { __typename }`,
    },
  ];
  for (const c of rejected) {
    it(`${c.name}: GRAPHQL_VALIDATION_FAILED, not INTERNAL_SERVER_ERROR`, async () => {
      const res = await f.api.as(f.g.users.admin, `{ ${c.select()} }`);
      expect(codesOf(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(res.errors![0]!.message).toMatch(/under one name only|at least one field to aggregate/);
    });
  }

  it("one alias per aggregate field, and aliases inside them, are still answered", async () => {
    const res = await f.api.as(
      f.g.users.rep1,
      `{ ${hcps()} { agg: aggregate { n: count { nodes } node { a: lastName { shortest } b: lastName { longest } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.hcpsConnection.agg).toEqual({ n: { nodes: 2 }, node: { a: { shortest: f.g.surname }, b: { longest: f.g.surname } } });
  });
});

describe("a variable value its scalar cannot parse is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR", () => {
  const cases = [
    {
      name: "Date variable true",
      query: `query($d: Date) { rollupSummary(metric: TRX, period: "2026-Q3", asOf: $d) { written } }`,
      value: true,
    },
    { name: "Date variable empty", query: `query($d: Date!) { entityAsOf(id: "x", date: $d) { entity } }`, value: "" },
    { name: "Int variable a string", query: `query($d: Int) { search(text: "Zq", limit: $d) { id } }`, value: "5" },
    { name: "Float variable a numeric string", query: `query($d: Float!) { hcps(where: { lat: { gt: $d } }) { id } }`, value: "1e999" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const res = await f.api.as(f.g.users.kam, c.query, { d: c.value });
      expect(codesOf(res)).toEqual(["BAD_USER_INPUT"]);
      expect(res.errors![0]!.message).toMatch(/^Variable "\$d" got invalid value/);
    });
  }
});

describe("variables or extensions that are not JSON in a query string or urlencoded body are BAD_REQUEST, not INTERNAL_SERVER_ERROR", () => {
  const query = encodeURIComponent("{ me { id } }");
  const cases = [
    { name: "GET with variables={", method: "GET", search: `?query=${query}&variables=%7B` },
    { name: "GET with extensions=x", method: "GET", search: `?query=${query}&extensions=x` },
    { name: "urlencoded POST with variables={", method: "POST", search: "", body: `query=${query}&variables=%7B` },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const res = await f.api.app.fetch(`http://test/graphql${c.search}`, {
        method: c.method,
        headers: {
          authorization: `Bearer ${await f.api.tokenFor(f.g.users.kam)}`,
          accept: "application/json",
          ...(c.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body: c.body,
      });
      expect(res.status).toBe(400);
      expect(codesOf((await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toEqual(["BAD_REQUEST"]);
    });
  }
});

describe("the GraphQL layer's errors without a code get BAD_USER_INPUT", () => {
  it("a null variable for a non-null argument (seen first by the input validation plugin)", async () => {
    const res = await f.api.as(f.g.users.kam, "query($t: String!) { search(text: $t) { id } }", { t: null });
    expect(codesOf(res)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a required variable left out of a mutation", async () => {
    const res = await f.api.as(f.g.users.steward, "mutation($id: ID!) { approveChange(id: $id) { id } }", {});
    expect(codesOf(res)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a subscription (the schema has none)", async () => {
    const res = await f.api.as(f.g.users.kam, "subscription { me { id } }");
    expect(codesOf(res)).toEqual(["BAD_USER_INPUT"]);
  });
});
