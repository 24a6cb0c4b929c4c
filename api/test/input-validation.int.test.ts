import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

/**
 * Bad input is the caller's error: each of these reaches a plain @neo4j/graphql 7.6.3 server
 * as "Unexpected error." / INTERNAL_SERVER_ERROR; ours answers BAD_USER_INPUT with the path.
 */
const f = useTwoTerritoryApi("input");

const deepFilter = (levels: number): string =>
  Array.from({ length: levels }).reduce<string>((inner) => `{ AND: [${inner}] }`, `{ id: { eq: "x" } }`);

const cases: { name: string; query: string; variables?: Record<string, unknown>; path: (string | number)[] }[] = [
  { name: "negative limit", query: "{ hcps(limit: -1) { id } }", path: ["hcps", "limit"] },
  { name: "negative offset", query: "{ hcps(offset: -5) { id } }", path: ["hcps", "offset"] },
  { name: "negative first", query: "{ hcpsConnection(first: -1) { totalCount } }", path: ["hcpsConnection", "first"] },
  {
    name: "negative limit in a variable",
    query: "query($l: Int) { accounts(limit: $l) { id } }",
    variables: { l: -3 },
    path: ["accounts", "limit"],
  },
  { name: "null inside a filter", query: "{ hcps(where: { name: { eq: null } }) { id } }", path: ["hcps", "where", "name", "eq"] },
  {
    name: "null inside a filter variable",
    query: "query($w: HCPWhere) { hcps(where: $w) { id } }",
    variables: { w: { AND: [{ city: null }] } },
    path: ["hcps", "where", "AND", 0, "city"],
  },
  { name: "malformed cursor", query: `{ hcpsConnection(after: "not-a-cursor") { totalCount } }`, path: ["hcpsConnection", "after"] },
  {
    name: "cursor of another shape",
    query: `{ hcpsConnection(after: "${Buffer.from("arrayconnection:-1").toString("base64")}") { totalCount } }`,
    path: ["hcpsConnection", "after"],
  },
  { name: "out-of-range page size", query: "{ hcps(limit: 2000000000) { id } }", path: ["hcps", "limit"] },
  {
    name: "over-deep filter",
    query: `{ hcps(where: ${deepFilter(12)}) { id } }`,
    path: ["hcps", "where", "AND", 0, "AND", 0, "AND", 0, "AND", 0],
  },
  { name: "nested field argument", query: "{ accounts { hcps(limit: -2) { id } } }", path: ["accounts", "hcps", "limit"] },
  { name: "hierarchy depth out of range", query: `{ hierarchy(id: "x", depthDown: 9) { rootId } }`, path: ["depthDown"] },
  { name: "ego network depth out of range", query: `{ influenceNetwork(hcpId: "x", depth: 3) { rootId } }`, path: ["depth"] },
  { name: "empty search", query: `{ search(text: "   ") { id } }`, path: ["text"] },
];

describe("bad GraphQL input gets BAD_USER_INPUT with the argument path", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const res = await f.api.as(f.g.users.kam, c.query, c.variables);
      expect(res.errors, JSON.stringify(res)).toHaveLength(1);
      expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      const path = res.errors![0]!.extensions!.argumentPath as (string | number)[];
      expect(path.slice(0, c.path.length)).toEqual(c.path);
    });
  }

  it("valid input still works, including a cursor the API issued", async () => {
    const first = await f.api.as(
      f.g.users.kam,
      `query($p: ID!) { hcpsConnection(first: 1, where: { id: { startsWith: $p } }, sort: [{ id: ASC }]) { pageInfo { endCursor hasNextPage } edges { node { id } } } }`,
      { p: f.g.prefix },
    );
    expect(first.errors).toBeUndefined();
    const cursor = first.data!.hcpsConnection.pageInfo.endCursor;
    const next = await f.api.as(
      f.g.users.kam,
      `query($p: ID!, $c: String) { hcpsConnection(first: 5, after: $c, where: { id: { startsWith: $p } }, sort: [{ id: ASC }]) { edges { node { id } } } }`,
      { p: f.g.prefix, c: cursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.hcpsConnection.edges).toHaveLength(2);
  });

  it("a list larger than @limit's max is capped, not an error", async () => {
    const res = await f.api.as(f.g.users.kam, "{ hcps(limit: 5000) { id } }");
    expect(res.errors).toBeUndefined();
    expect(res.data!.hcps.length).toBeLessThanOrEqual(1000);
  });
});
