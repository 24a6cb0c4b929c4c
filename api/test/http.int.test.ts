import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
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

/** A request with headers fetch() will not send as given (Host), answered with status and headers. */
function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A server beside the shared one, with other options, closed after `use`. */
async function withServer(options: Partial<Parameters<typeof startApi>[0]>, use: (other: RunningApi) => Promise<void>): Promise<void> {
  const other = await startApi({ driver, port: 0, host: "127.0.0.1", webDist, authSecret: TEST_SECRET, ...options });
  try {
    await use(other);
  } finally {
    await other.close();
  }
}

const ME = JSON.stringify({ query: "{ me { id } }" });

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

  it("is off unless asked for", async () => {
    await withServer({}, async (other) => {
      expect((await fetch(`${other.url}/auth/dev/users`)).status).toBe(404);
      const token = await fetch(`${other.url}/auth/dev/token`, { method: "POST", body: JSON.stringify({ userId: g.users.admin }) });
      expect(token.status).toBe(404);
    });
  });
});

describe("the development login stays on this machine", () => {
  it("refuses to listen beyond loopback", async () => {
    await expect(startApi({ driver, port: 0, host: "0.0.0.0", webDist, authSecret: TEST_SECRET, devLogin: true })).rejects.toThrow(
      /development login .* loopback address, not HOST=0\.0\.0\.0/,
    );
  });

  it("listens on 127.0.0.1 when no host is given", async () => {
    await withServer({ host: undefined }, async (other) => {
      expect(other.server.address()).toMatchObject({ address: "127.0.0.1" });
    });
  });

  it("answers only requests addressed to a loopback name (no DNS rebinding)", async () => {
    const rebound = await rawRequest(`${api.url}/auth/dev/users`, "GET", { host: "attacker.example:80" });
    expect(rebound.status).toBe(403);
    expect((await rawRequest(`${api.url}/auth/dev/users`, "GET", { host: `127.0.0.1:${new URL(api.url).port}` })).status).toBe(200);
  });
});

describe("security headers", () => {
  it("every response: a content security policy without inline scripts, no sniffing, no framing, no referrer", async () => {
    const responses = [
      await fetch(`${api.url}/`),
      await fetch(`${api.url}/assets/app-123.js`),
      await fetch(`${api.url}/healthz`),
      await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: ME }),
      await fetch(`${api.url}/auth/dev/users`),
    ];
    for (const res of responses) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("a malformed percent escape is a bad request, not an internal error", async () => {
    expect((await fetch(`${api.url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${api.url}/imports/%E0%A4%A/errors.csv`)).status).toBe(400);
  });
});

describe("CORS", () => {
  const preflight = (url: string, origin: string) =>
    rawRequest(`${url}/graphql`, "OPTIONS", {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    });
  const post = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", origin }, body: ME });

  it("by default, same origin only: no CORS headers for another origin", async () => {
    const answer = await preflight(api.url, "https://evil.example");
    expect(answer.status).toBe(204);
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
    const res = await post(api.url, "https://evil.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("the configured origins, and only those", async () => {
    await withServer({ corsOrigins: ["https://app.example"] }, async (other) => {
      const allowed = await preflight(other.url, "https://app.example");
      expect(allowed.headers).toMatchObject({
        "access-control-allow-origin": "https://app.example",
        "access-control-allow-methods": expect.stringContaining("POST"),
        "access-control-allow-headers": expect.stringContaining("authorization"),
      });
      expect((await post(other.url, "https://app.example")).headers.get("access-control-allow-origin")).toBe("https://app.example");
      expect((await preflight(other.url, "https://evil.example")).headers["access-control-allow-origin"]).toBeUndefined();
      expect((await post(other.url, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    });
  });
});

describe("GraphiQL off (NODE_ENV=production)", () => {
  it("no GraphiQL page; GraphQL itself still answers", async () => {
    await withServer({ graphiql: false }, async (other) => {
      const page = await fetch(`${other.url}/graphql`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(404);
      expect(await page.text()).not.toMatch(/<html/i);
      const res = await fetch(`${other.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: ME });
      expect(res.status).toBe(401);
    });
  });
});
