import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Regression tests of the server errors the GraphQL fuzz found, one describe per bug. */
const f = useTwoTerritoryApi("fuzzfound");

const codesOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe("connection selections @neo4j/graphql answers null (a field under a second alias, only __typename) are rejected as invalid", () => {
  const hcps = () => `hcpsConnection(where: { id: { startsWith: "${f.g.prefix}" } })`;
  const accounts = (select: string) => `hcps(where: { id: { eq: "${f.g.ids.hcp1b}" } }) { accountsConnection { ${select} } }`;
  const rejected = [
    { name: "aggregate node selecting only __typename", select: () => `${hcps()} { aggregate { count { nodes } node { __typename } } }` },
    {
      name: "aggregate node under two aliases",
      select: () => `${hcps()} { aggregate { node { lastName { shortest } } other: node { firstName { longest } } } }`,
    },
    { name: "aggregate count under two aliases", select: () => `${hcps()} { aggregate { c: count { nodes } d: count { nodes } } }` },
    {
      name: "aggregate under two aliases",
      select: () => `${hcps()} { a: aggregate { count { nodes } } b: aggregate { node { name { shortest } } } }`,
    },
    {
      name: "aggregate count selecting only __typename",
      select: () => `usersConnection(where: { id: { eq: "nobody" } }) { aggregate { count { __typename } } }`,
    },
    {
      name: "aggregate edge selecting only __typename, through a fragment",
      select: () => `${accounts("aggregate { ...E }")} } fragment E on HCPAccountAccountsAggregateSelection { edge { __typename }`,
    },
    { name: "edge node selecting only __typename", select: () => `${hcps()} { edges { node { __typename } } }` },
    {
      name: "relationship connection: pageInfo under two aliases",
      select: () => accounts("pageInfo { hasNextPage } p2: pageInfo { endCursor }"),
    },
    { name: "relationship connection: hasNextPage under two aliases", select: () => accounts("pageInfo { hasNextPage h2: hasNextPage }") },
    { name: "relationship connection: totalCount under two aliases", select: () => accounts("totalCount t2: totalCount") },
    { name: "relationship connection: edges under two aliases", select: () => accounts("edges { node { id } } e2: edges { cursor }") },
    { name: "relationship connection: cursor under two aliases", select: () => accounts("edges { cursor c2: cursor }") },
  ];
  for (const c of rejected) {
    it(`${c.name}: GRAPHQL_VALIDATION_FAILED, not INTERNAL_SERVER_ERROR`, async () => {
      const res = await f.api.as(f.g.users.rep1, `{ ${c.select()} }`);
      expect(codesOf(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(res.errors![0]!.message).toMatch(/under one name only|needs a field other than __typename/);
    });
  }

  it("one name per connection field, aliases inside nodes and properties, and nodes and properties twice are still answered", async () => {
    const top = await f.api.as(
      f.g.users.rep1,
      `{ ${hcps()} { agg: aggregate { n: count { nodes } node { a: lastName { shortest } b: lastName { longest } } } } }`,
    );
    expect(top.errors).toBeUndefined();
    expect(top.data!.hcpsConnection.agg).toEqual({ n: { nodes: 2 }, node: { a: { shortest: f.g.surname }, b: { longest: f.g.surname } } });
    const nested = await f.api.as(
      f.g.users.kam,
      `{ ${accounts("e: edges { node { id i: id } n: node { name } properties { weight } p: properties { type } }")} }`,
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data!.hcps[0].accountsConnection.e).toHaveLength(2);
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

describe("requests graphql-yoga cannot read (variables not JSON in a query string, multipart operations not an object) are BAD_REQUEST, not INTERNAL_SERVER_ERROR", () => {
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

  it("multipart operations that are JSON null", async () => {
    const body = new FormData();
    body.set("operations", "null");
    body.set("map", JSON.stringify({ 0: ["variables.file"] }));
    body.set("0", new File(["id,name"], "hcps.csv", { type: "text/csv" }));
    const res = await f.api.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { authorization: `Bearer ${await f.api.tokenFor(f.g.users.kam)}`, accept: "application/json" },
      body,
    });
    expect(res.status).toBe(400);
    expect(codesOf((await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toEqual(["BAD_REQUEST"]);
  });
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

describe("an empty node in a relationship connection's filter is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR", () => {
  const cases = [
    {
      name: "inside logical operators, aggregated",
      where: "{ NOT: { OR: [{ node: {} }] } }",
      path: ["hcps", "influencesConnection", "where", "NOT", "OR", 0, "node"],
    },
    { name: "at the top of the filter, aggregated", where: "{ node: {} }", path: ["hcps", "influencesConnection", "where", "node"] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const res = await f.api.as(
        f.g.users.steward,
        `{ hcps(where: { id: { eq: "${f.g.ids.hcp1a}" } }) { influencesConnection(where: ${c.where}) { aggregate { count { nodes } } } } }`,
      );
      expect(codesOf(res)).toEqual(["BAD_USER_INPUT"]);
      expect(res.errors![0]!.extensions!.argumentPath).toEqual(c.path);
    });
  }
});
