import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../test/db.ts";
import { startApi, type RunningApi } from "../src/server/start-server.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "./fixtures/two-territory-graph.ts";
import { TEST_SECRET } from "./graphql-client.ts";

/** The whole HTTP server on a free port: GraphQL, health, development login and the web app. */
let driver: Driver;
let g: TwoTerritoryGraph;
let api: RunningApi;
let webDist: string;

beforeAll(async () => {
  driver = testDriver();
  g = await createTwoTerritoryGraph(driver, uniquePrefix("http"));
  webDist = mkdtempSync(path.join(tmpdir(), "web-dist-"));
  mkdirSync(path.join(webDist, "assets"));
  writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>pharmagraph</title>");
  writeFileSync(path.join(webDist, "assets", "app-123.js"), "console.log('app')");
  api = await startApi({ driver, port: 0, host: "127.0.0.1", webDist, authSecret: TEST_SECRET, devLogin: true });
});

afterAll(async () => {
  await api.close();
  await deleteByPrefix(driver, g.prefix);
  await driver.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe("HTTP server", () => {
  it("health", async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("GraphQL without a token: 401 with a clear message", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
    expect(((await res.json()) as any).errors[0].message).toMatch(/Authorization: Bearer <token>/);
  });

  it("GraphiQL loads in a browser without a token", async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it("development login: list users, get a token, use it", async () => {
    const users = (await (await fetch(`${api.url}/auth/dev/users`)).json()) as any[];
    const rep = users.find((u) => u.id === g.users.rep1);
    expect(rep).toEqual({ id: g.users.rep1, name: "Rita Rep", role: "REP", territories: [g.ids.t1] });
    const tokenRes = await fetch(`${api.url}/auth/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: g.users.rep1 }),
    });
    const { token } = (await tokenRes.json()) as { token: string };
    const me = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id role territories } }" }),
    });
    expect(((await me.json()) as any).data.me).toEqual({ id: g.users.rep1, role: "REP", territories: [g.ids.t1] });
  });

  it("development login rejects bad requests", async () => {
    const bad = await fetch(`${api.url}/auth/dev/token`, { method: "POST", body: "not json" });
    expect(bad.status).toBe(400);
    const unknown = await fetch(`${api.url}/auth/dev/token`, { method: "POST", body: JSON.stringify({ userId: `${g.prefix}ghost` }) });
    expect(unknown.status).toBe(404);
  });

  it("serves the web app, with index.html for client routes and no path traversal", async () => {
    expect(await (await fetch(`${api.url}/`)).text()).toMatch(/<title>pharmagraph/);
    expect(await (await fetch(`${api.url}/some/client/route`)).text()).toMatch(/<title>pharmagraph/);
    const asset = await fetch(`${api.url}/assets/app-123.js`);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toMatch(/immutable/);
    const traversal = await fetch(`${api.url}/..%2f..%2fetc%2fpasswd`);
    expect(await traversal.text()).toMatch(/<title>pharmagraph/);
  });
});

describe("HTTP server with the development login off", () => {
  it("answers 404 on /auth/dev/*", async () => {
    const prod = await startApi({ driver, port: 0, host: "127.0.0.1", webDist, authSecret: TEST_SECRET, devLogin: false });
    try {
      expect((await fetch(`${prod.url}/auth/dev/users`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
