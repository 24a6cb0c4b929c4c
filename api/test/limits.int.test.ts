import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../test/db.ts";
import { issueToken } from "../src/auth/token-issuer.ts";
import { createTokenVerifier } from "../src/auth/token-verifier.ts";
import { claimsFor, findUser } from "../src/auth/user-directory.ts";
import { hierarchyDiff } from "../src/changes/history.ts";
import { requestScopedDriver } from "../src/db/request-scoped-driver.ts";
import { DomainError, ErrorCode } from "../src/graphql/errors.ts";
import { startImportJob, type UploadedFile } from "../src/ingest/import-jobs.ts";
import { createGraphQLApp, type GraphQLApp, type GraphQLAppOptions } from "../src/server/graphql-app.ts";
import { buildSchema } from "../src/server/schema.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "./fixtures/two-territory-graph.ts";
import { TEST_SECRET } from "./graphql-client.ts";

/** Every limit of docs/ACCESS-CONTROL.md (Limits), each on an app with that limit set low. */
const auth = { kind: "secret", secret: TEST_SECRET, devLogin: false } as const;
let driver: Driver;
let g: TwoTerritoryGraph;
let schema: GraphQLSchema;
let token: string;

beforeAll(async () => {
  driver = testDriver();
  g = await createTwoTerritoryGraph(driver, uniquePrefix("limits"));
  schema = await buildSchema(driver, auth);
  token = await issueToken(claimsFor((await findUser(driver, g.users.steward))!), TEST_SECRET);
});

afterAll(async () => {
  await deleteByPrefix(driver, g.prefix);
  await driver.close();
});

const appWith = (options: GraphQLAppOptions = {}): GraphQLApp => createGraphQLApp(schema, driver, createTokenVerifier(auth), options);

async function post(app: GraphQLApp, body: BodyInit, headers: Record<string, string> = {}) {
  const res = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}`, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  });
  return { status: res.status, headers: res.headers, ...((await res.json()) as { data?: any; errors?: any[] }) };
}
const query = (app: GraphQLApp, q: string, variables: Record<string, unknown> = {}) => post(app, JSON.stringify({ query: q, variables }));

describe("GraphQL Armor", () => {
  const cases: [string, GraphQLAppOptions, string, RegExp][] = [
    ["depth", { maxDepth: 2 }, "{ hcps(limit: 1) { accounts(limit: 1) { id } } }", /depth limit of 2/],
    ["aliases", { maxAliases: 1 }, "{ a: me { id } b: me { id } }", /Aliases limit of 1/],
    ["cost", { maxCost: 10 }, "{ me { id role territories } hcps(limit: 1) { id name specialty } }", /Cost limit of 10/],
    ["tokens", { maxTokens: 5 }, "{ me { id role territories } }", /Token limit of 5/],
    ["directives", { maxDirectives: 1 }, "{ me { id @include(if: true) role @include(if: true) } }", /Directives limit of 1/],
  ];
  for (const [name, limits, q, message] of cases) {
    it(`${name}: refused before it runs with QUERY_TOO_COMPLEX`, async () => {
      const res = await query(appWith(limits), q);
      expect(res.data).toBeUndefined();
      expect(res.errors![0].message).toMatch(message);
      expect(res.errors![0].extensions.code).toBe("QUERY_TOO_COMPLEX");
      expect((await query(appWith(), q)).errors).toBeUndefined();
    });
  }

  it("validation errors suggest no field names", async () => {
    const res = await query(appWith(), "{ mee { id } }");
    expect(res.errors![0].message).toMatch(/Cannot query field "mee"/);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });
});

describe("authentication before parsing", () => {
  it("a request without a valid token is answered 401 before its body is read", async () => {
    const app = appWith();
    for (const authorization of [undefined, "Bearer not-a-jwt"]) {
      const res = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: "{ this is not JSON",
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
      expect(((await res.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("request size", () => {
  it("a JSON body over MAX_JSON_BODY_BYTES is refused with 413, with or without Content-Length", async () => {
    const app = appWith({ maxJsonBodyBytes: 1000 });
    const big = JSON.stringify({ query: `{ me { id } } # ${"x".repeat(2000)}` });
    const res = await post(app, big);
    expect(res.status).toBe(413);
    expect(res.errors![0]).toMatchObject({ extensions: { code: "REQUEST_ENTITY_TOO_LARGE" } });
    expect(res.errors![0].message).toMatch(/at most 1000 bytes \(MAX_JSON_BODY_BYTES\)/);
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(new TextEncoder().encode(big.slice(i * 600, (i + 1) * 600)));
        c.close();
      },
    });
    expect((await post(app, chunked)).status).toBe(413);
    expect((await post(app, JSON.stringify({ query: "{ me { id } }" }))).data).toEqual({ me: { id: g.users.steward } });
  });

  async function upload(app: GraphQLApp, files: string[]) {
    const body = new FormData();
    body.set(
      "operations",
      JSON.stringify({ query: "mutation($file: File!) { startImport(kind: HCPS, file: $file, mode: DRY_RUN) { id } }" }),
    );
    body.set("map", JSON.stringify(Object.fromEntries(files.map((_, i) => [i, ["variables.file"]]))));
    files.forEach((content, i) => body.set(String(i), new File([content], `${g.prefix}${i}.csv`, { type: "text/csv" })));
    const res = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      body,
    });
    return { status: res.status, ...((await res.json()) as { errors?: any[] }) };
  }

  it("an uploaded file over MAX_UPLOAD_BYTES is refused with 413; one file per request", async () => {
    const app = appWith({ maxUploadBytes: 1000 });
    const tooBig = await upload(app, ["x".repeat(5000)]);
    expect(tooBig.status).toBe(413);
    expect(tooBig.errors![0]).toMatchObject({ extensions: { code: "REQUEST_ENTITY_TOO_LARGE" } });
    const two = await upload(app, ["a", "b"]);
    expect(two.status).toBe(400);
    expect(two.errors![0].message).toMatch(/Files limit exceeded: 1/);
  });

  it("batching is off: a list of operations is refused", async () => {
    const res = await post(appWith(), JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
  });
});

describe("Neo4j time budget and cancellation", () => {
  const timedOut = () => new Error("TIMED OUT");
  const cancelled = () => new DomainError(ErrorCode.CANCELLED, "CANCELLED");

  it("a transaction gets the time left as its timeout and is answered with the request's error when it runs out", async () => {
    const scoped = requestScopedDriver(driver, { deadline: Date.now() + 500, signal: new AbortController().signal, timedOut, cancelled });
    await expect(scoped.executeQuery("CALL apoc.util.sleep(5000)")).rejects.toThrow("TIMED OUT");
    const session = scoped.session();
    try {
      await expect(session.executeRead((tx) => tx.run("RETURN 1"))).rejects.toThrow("TIMED OUT");
    } finally {
      await session.close();
    }
  });

  it("when the client goes away, the running query is cancelled and its session closed", async () => {
    const client = new AbortController();
    const scoped = requestScopedDriver(driver, { deadline: Date.now() + 60_000, signal: client.signal, timedOut, cancelled });
    const marker = `${g.prefix}cancel`;
    const started = Date.now();
    const running = [
      scoped.executeQuery(`CALL apoc.util.sleep(20000) RETURN '${marker}'`),
      scoped.session().executeRead((tx) => tx.run(`CALL apoc.util.sleep(20000) RETURN '${marker}'`)),
    ].map((p) =>
      p.then(
        () => "finished",
        (err: unknown) => (err instanceof DomainError ? err.code : String(err)),
      ),
    );
    await new Promise((r) => setTimeout(r, 500));
    client.abort();
    // As the request's own error, which the API does not log as an incident: nobody reads the answer.
    expect(await Promise.all(running)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect
      .poll(async () => {
        const { records } = await driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $m RETURN count(*) AS n",
          {
            m: `RETURN '${marker}'`,
          },
        );
        return Number(records[0]!.get("n"));
      })
      .toBe(0);
  });

  it("a GraphQL request that runs out of its budget is answered with TIMEOUT", async () => {
    const res = await query(
      appWith({ neo4jRequestTimeoutMs: 1 }),
      'query($id: ID!) { hierarchyDiff(id: $id, from: "2020-01-01", to: "2026-01-01") { added { id } } }',
      { id: g.ids.org },
    );
    expect(res.errors![0].extensions.code).toBe("TIMEOUT");
    expect(res.errors![0].message).toMatch(/NEO4J_REQUEST_TIMEOUT_MS/);
  });
});

describe("expensive fields", () => {
  it("ChangeRequest.preview in a list of more than 20 pending requests is refused", async () => {
    await driver.executeQuery(
      `UNWIND range(1, 21) AS i CREATE (:ChangeRequest {id: $prefix + 'CR-' + i, status: 'PENDING', kind: 'REASSIGN', operations: '[]',
         reason: 'limits', requesterId: $kam, territoryIds: [$t1], createdAt: datetime(), comments: []})`,
      { prefix: g.prefix, kam: g.users.kam, t1: g.ids.t1 },
    );
    const list =
      "query($t: String, $limit: Int!) { changeRequests(territory: $t, limit: $limit) { id ...P } } fragment P on ChangeRequest { preview { rollups { delta } } }";
    const app = appWith();
    const res = await query(app, list, { t: g.ids.t1, limit: 21 });
    expect(res.errors![0]).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: 20 } });
    expect(res.errors![0].message).toMatch(/at most 20 pending requests in one list/);
    expect((await query(app, list, { t: g.ids.t1, limit: 20 })).data!.changeRequests).toHaveLength(20);
    expect(
      (await query(app, "query($t: String) { changeRequests(territory: $t, limit: 21) { id } }", { t: g.ids.t1 })).errors,
    ).toBeUndefined();
  });

  it("hierarchyDiff refuses a hierarchy with more edges than it compares", async () => {
    await expect(hierarchyDiff(driver, g.ids.org, "2020-01-01", "2026-01-01", 1)).rejects.toMatchObject({ code: "LIMIT_EXCEEDED" });
    await expect(hierarchyDiff(driver, g.ids.org, "2020-01-01", "2026-01-01")).resolves.toBeDefined();
  });

  it("search takes at most 6 words", async () => {
    const res = await query(appWith(), `{ search(text: "a b c d e f g") { id } }`);
    expect(res.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(res.errors![0].message).toMatch(/at most 6 words/);
  });
});

describe("rate limits", () => {
  it("writes: each mutation field counts; past the limit RATE_LIMITED with 429 and Retry-After", async () => {
    const app = appWith({ writesPerMinute: 2 });
    const withdraw = `mutation { withdrawChange(id: "${g.prefix}none") { id } }`;
    for (let i = 0; i < 2; i++) expect((await query(app, withdraw)).errors![0].extensions.code).not.toBe("RATE_LIMITED");
    const res = await query(app, withdraw);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(res.errors![0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    expect(res.errors![0].message).toMatch(/RATE_LIMIT_WRITES_PER_MINUTE/);
    expect((await query(app, "{ me { id } }")).errors).toBeUndefined();
  });

  it("previews", async () => {
    const app = appWith({ previewsPerMinute: 1 });
    const preview = `{ previewChange(operations: "[]") { rollups { delta } } }`;
    expect((await query(app, preview)).errors?.[0]?.extensions.code).not.toBe("RATE_LIMITED");
    expect((await query(app, preview)).errors![0].extensions.code).toBe("RATE_LIMITED");
  });
});

describe("import jobs", () => {
  it("at most 2 run at once on an instance; the next is refused with RATE_LIMITED", async () => {
    const uploads: ReadableStreamDefaultController<Uint8Array>[] = [];
    const file = (): UploadedFile => ({
      name: `${g.prefix}.csv`,
      stream: () => new ReadableStream({ start: (c) => void uploads.push(c) }),
    });
    const job = { kind: "hcps", mode: "dry-run", actor: g.users.steward } as const;
    const running = [startImportJob(driver, { ...job, file: file() }), startImportJob(driver, { ...job, file: file() })].map((p) =>
      p.catch(() => "stopped"),
    );
    await expect(startImportJob(driver, { ...job, file: file() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect.poll(() => uploads.length).toBe(2);
    for (const upload of uploads) upload.error(new Error("test over"));
    expect(await Promise.all(running)).toEqual(["stopped", "stopped"]);
  });
});
