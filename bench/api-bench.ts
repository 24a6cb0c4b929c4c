import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../api/src/server/schema.ts";
import { createGraphQLApp } from "../api/src/server/graphql-app.ts";
import { createTokenVerifier } from "../api/src/auth/token-verifier.ts";
import { issueToken } from "../api/src/auth/token-issuer.ts";
import { claimsFor, listUsers } from "../api/src/auth/user-directory.ts";
import { percentile } from "./percentile.ts";

export interface BenchCase {
  name: string;
  role: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  rows: number;
}

const SECRET = "bench-secret-0123456789abcdefghijklmnop";

/** Picks realistic targets from the data: the biggest organization, the most-followed HCP, a common surname. */
const TARGETS = `
CALL { MATCH (o:Organization)<-[:AFFILIATED_WITH]-(a:Account) RETURN o.id AS org, count(a) AS n ORDER BY n DESC LIMIT 1 }
CALL { MATCH (h:HCP)-[:INFLUENCES]->(f) WITH h, count(f) AS n ORDER BY n DESC LIMIT 1 RETURN h.id AS kol }
CALL { MATCH (h:HCP) WITH h.lastName AS name, count(*) AS n ORDER BY n DESC LIMIT 1 RETURN name AS surname }
CALL { MATCH (c:HCP) RETURN count(c) AS hcps }
RETURN org, kol, surname, hcps`;

const KOL_REP = `MATCH (:HCP {id: $kol})-[:ALIGNED_TO]->(:Territory)<-[:COVERS]-(u:User) RETURN u.id AS id LIMIT 1`;

/** In-process GraphQL (no HTTP), so the numbers are the API's own: parse, auth, Cypher, Neo4j. */
export async function runApiBench(driver: Driver, runs: number) {
  const { records } = await driver.executeQuery(TARGETS);
  const t = records[0]?.toObject() as { org: string; kol: string; surname: string; hcps: unknown } | undefined;
  if (!t?.org) throw new Error("The database holds no seed: run `npm run seed -- --scale demo` first.");
  const users = await listUsers(driver);
  const kam = users.find((u) => u.role === "KAM");
  // The rep whose territory holds the KOL, so the REP runs read the same neighbourhood.
  const kolRep = (await driver.executeQuery(KOL_REP, { kol: t.kol })).records[0]?.get("id");
  const rep = users.find((u) => u.id === kolRep);
  if (!kam || !rep) throw new Error("The seed has no KAM or REP user.");
  const auth = { kind: "secret", secret: SECRET, devLogin: false } as const;
  const app = createGraphQLApp(await buildSchema(driver, auth), driver, createTokenVerifier(auth));
  const tokens = { KAM: await issueToken(claimsFor(kam), SECRET), REP: await issueToken(claimsFor(rep), SECRET) };

  const queries: { name: string; query: string; variables: Record<string, unknown>; count: (d: any) => number }[] = [
    {
      name: "search surname",
      query: "query($t: String!) { search(text: $t, limit: 20) { id } }",
      variables: { t: t.surname },
      count: (d) => d.search.length,
    },
    {
      name: "hierarchy of largest organization",
      query: "query($id: ID!) { hierarchy(id: $id, maxNodes: 500) { nodes { id } edges { id } } }",
      variables: { id: t.org },
      count: (d) => d.hierarchy.nodes.length,
    },
    {
      name: "influence network of top KOL, depth 2",
      query: "query($id: ID!) { influenceNetwork(hcpId: $id, depth: 2, maxNodes: 150) { nodes { id } edges { id } } }",
      variables: { id: t.kol },
      count: (d) => d.influenceNetwork.nodes.length,
    },
    {
      name: "hcps page of 50 with accounts",
      query: "{ hcps(limit: 50, sort: [{ id: ASC }]) { id name accountsConnection { edges { properties { weight } node { name } } } } }",
      variables: {},
      count: (d) => d.hcps.length,
    },
    {
      // A list that starts from the territory (the REP's own), not from the whole HCP label.
      name: "territory -> hcps page of 50",
      query: `query($t: ID!) { territories(where: { id: { eq: $t } }) { hcpsConnection(first: 50, sort: [{ node: { id: ASC } }]) {
        totalCount edges { node { id name specialty city } } } } }`,
      variables: { t: rep.territories[0] },
      count: (d) => d.territories[0]?.hcpsConnection.edges.length ?? 0,
    },
    {
      name: "organization -> accounts -> hcps count",
      query: "query($id: ID!) { organizations(where: { id: { eq: $id } }) { accounts { id hcpsConnection { totalCount } } } }",
      variables: { id: t.org },
      count: (d) => d.organizations[0]?.accounts.length ?? 0,
    },
  ];

  const cases: BenchCase[] = [];
  for (const q of queries) {
    for (const role of ["KAM", "REP"] as const) {
      const run = async () => {
        const res = await app.fetch("http://bench/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${tokens[role]}` },
          body: JSON.stringify({ query: q.query, variables: q.variables }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: unknown };
        if (body.errors) throw new Error(`${q.name} as ${role}: ${JSON.stringify(body.errors)}`);
        return q.count(body.data);
      };
      await run();
      await run(); // warm-up: plan cache and page cache
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        rows = await run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      cases.push({
        name: q.name,
        role,
        runs,
        p50: Number(percentile(times, 50).toFixed(1)),
        p95: Number(percentile(times, 95).toFixed(1)),
        max: Number(times.at(-1)!.toFixed(1)),
        rows,
      });
    }
  }
  return {
    suite: "api",
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    data: { hcps: Number(t.hcps), organization: t.org, kol: t.kol, surname: t.surname },
    cases,
  };
}
