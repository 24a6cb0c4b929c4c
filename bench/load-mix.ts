/**
 * The request mix of `npm run bench -- load`: what the web app sends (its own GraphQL documents)
 * plus the roll-up reads of analytics clients, as the seeded users, with arguments drawn from the
 * seeded data. 90% reads, 10% change previews and proposals (docs/BENCHMARKS.md, Load).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { Rng } from "@pharmagraph/seed/prng.ts";
import { materializedRuns } from "../api/src/analytics/rollup-store/materialize.ts";
import { issueToken } from "../api/src/auth/token-issuer.ts";
import { claimsFor, type DirectoryUser, listUsers } from "../api/src/auth/user-directory.ts";
import { toNative } from "../api/src/db/to-native.ts";
import { METRICS } from "../api/src/model/vocabulary.ts";
import { UNRESTRICTED_ROLES } from "../api/src/model/roles.ts";
import {
  EntityDetailsDocument,
  HcpAnalyticsDocument,
  HierarchyDocument,
  InfluenceNetworkDocument,
  PreviewChangeDocument,
  ProposeChangeDocument,
  SearchDocument,
  type TypedDocumentString,
} from "../web/src/api/generated/graphql.ts";

/** Share of the requests, in percent, of each operation. */
export const MIX = {
  search: 25,
  hierarchy: 20,
  details: 20,
  rollups: 15,
  influenceNetwork: 10,
  previewChange: 5,
  proposeChange: 5,
} as const;
export type OperationName = keyof typeof MIX;

/** Proposals carry this reason prefix, so the bench can delete them (and their outbox events) afterwards. */
export const PROPOSAL_REASON = "load-bench";

const PROPOSERS = new Set(["REP", "KAM", "STEWARD", "ADMIN"]);

export interface PreparedRequest {
  operation: OperationName;
  userId: string;
  role: string;
  headers: Record<string, string>;
  body: string;
}

interface Move {
  edgeId: string;
  version: number;
  newParentId: string;
}

/** What one user may act on: a REP their territories' HCPs and accounts, everyone else all territories' and every organization. */
interface Scope {
  hcps: string[];
  accounts: string[];
  roots: string[];
  surnames: string[];
  influencers: string[];
  moves: Move[];
}

/** Per territory, a sample of its HCPs, accounts, surnames, influencers and HCP moves to another of its accounts. */
const TERRITORY_SAMPLES = `
MATCH (t:Territory)
CALL (t) {
  MATCH (h:HCP)-[:ALIGNED_TO]->(t)
  WITH h ORDER BY h.id LIMIT $perTerritory
  RETURN collect(h.id) AS hcps, collect(DISTINCT h.lastName) AS surnames
}
CALL (t) {
  MATCH (a:Account)-[:ALIGNED_TO]->(t)
  WITH a ORDER BY a.id LIMIT $perTerritory
  RETURN collect(a.id) AS accounts
}
CALL (t) {
  MATCH (h:HCP)-[:ALIGNED_TO]->(t) WHERE EXISTS { (h)-[:INFLUENCES]->() }
  WITH h ORDER BY h.id LIMIT $perTerritory
  RETURN collect(h.id) AS influencers
}
CALL (t) {
  MATCH (h:HCP)-[:ALIGNED_TO]->(t)
  MATCH (h)-[r:AFFILIATED_WITH]->(from:Account)-[:ALIGNED_TO]->(t)
  WHERE r.validTo IS NULL AND r.validFrom < date()
  WITH h, r, from ORDER BY r.id LIMIT $perTerritory
  CALL (h, from, t) {
    MATCH (to:Account)-[:ALIGNED_TO]->(t)
    WHERE to <> from AND NOT (h)-[:AFFILIATED_WITH]->(to)
    RETURN to.id AS newParentId ORDER BY to.id LIMIT 1
  }
  RETURN collect({edgeId: r.id, version: r.version, newParentId: newParentId}) AS moves
}
RETURN t.id AS territory, hcps, surnames, accounts, influencers, moves`;

const ORGANIZATIONS = `MATCH (o:Organization) RETURN o.id AS id ORDER BY id`;

const ROLLUP_TABLE = `query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!) {
  rollupTable(level: $level, metric: $metric, period: $period, limit: 50) { total rows { id name own rollup } }
}`;
const ROLLUP_SUMMARY = `query RollupSummary($metric: Metric!, $period: String!) {
  rollupSummary(metric: $metric, period: $period) { topTotal unallocated conservationOk levels { level nodes own rollup } }
}`;

function graphqlBody<TVariables>(document: TypedDocumentString<unknown, TVariables> | string, variables: TVariables): string {
  return JSON.stringify({ query: document.toString(), variables });
}

function scopeOf(user: DirectoryUser, territories: Map<string, Omit<Scope, "roots">>, organizations: string[]): Scope {
  const restricted = !UNRESTRICTED_ROLES.includes(user.role);
  const own = [...territories.entries()].filter(([id]) => !restricted || user.territories.includes(id)).map(([, s]) => s);
  const scope: Scope = {
    hcps: own.flatMap((s) => s.hcps),
    accounts: own.flatMap((s) => s.accounts),
    roots: [],
    surnames: [...new Set(own.flatMap((s) => s.surnames))],
    influencers: own.flatMap((s) => s.influencers),
    moves: own.flatMap((s) => s.moves),
  };
  scope.roots = restricted ? scope.accounts : [...organizations, ...scope.accounts];
  if (!scope.hcps.length || !scope.accounts.length || !scope.influencers.length || !scope.moves.length) {
    throw new Error(`The seed gives ${user.id} nothing to read or move: run \`npm run seed -- --scale demo\`.`);
  }
  return scope;
}

/** One request of `operation` as `user`, its arguments drawn from the user's scope. */
function requestBody(operation: OperationName, user: DirectoryUser, scope: Scope, period: string, rng: Rng): string {
  const metric = rng.pick(METRICS);
  switch (operation) {
    case "search": {
      const surname = rng.pick(scope.surnames);
      // As typed into the search box: the first letters, or the whole name.
      return graphqlBody(SearchDocument, { text: rng.next() < 0.5 ? surname.slice(0, 3) : surname, limit: 30 });
    }
    case "hierarchy":
      return graphqlBody(HierarchyDocument, { id: rng.pick(scope.roots), depthUp: 3, depthDown: 3, maxNodes: 400 });
    case "details":
      return rng.next() < 0.5
        ? graphqlBody(EntityDetailsDocument, { id: rng.pick(rng.next() < 0.5 ? scope.hcps : scope.accounts) })
        : graphqlBody(HcpAnalyticsDocument, { id: rng.pick(scope.hcps) });
    case "rollups": {
      // A REP sees roll-ups in the hierarchy view only; the others also page the roll-up table and read the summary.
      const variant = UNRESTRICTED_ROLES.includes(user.role) ? rng.int(3) : 0;
      if (variant === 1) return graphqlBody(ROLLUP_TABLE, { level: rng.pick(["ORGANIZATION", "ACCOUNT"]), metric, period });
      if (variant === 2) return graphqlBody(ROLLUP_SUMMARY, { metric, period });
      return graphqlBody(HierarchyDocument, { id: rng.pick(scope.roots), depthUp: 3, depthDown: 3, maxNodes: 400, metric, period });
    }
    case "influenceNetwork":
      return graphqlBody(InfluenceNetworkDocument, { hcpId: rng.pick(scope.influencers), depth: rng.next() < 0.7 ? 1 : 2, maxNodes: 150 });
    case "previewChange":
    case "proposeChange": {
      const move = rng.pick(scope.moves);
      // As the web app's drag-to-reassign sends it: an HCP moved to another account of the territory from today.
      const operations = JSON.stringify([
        { op: "REASSIGN", edgeId: move.edgeId, expectedVersion: move.version, newParentId: move.newParentId, validFrom: today() },
      ]);
      return operation === "previewChange"
        ? graphqlBody(PreviewChangeDocument, { operations })
        : graphqlBody(ProposeChangeDocument, { operations, reason: `${PROPOSAL_REASON}: move ${move.edgeId} to ${move.newParentId}` });
    }
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Operations in proportion to MIX, shuffled: every run of `count` requests holds the mix exactly when count is a multiple of 100. */
function operationSequence(count: number, rng: Rng): OperationName[] {
  const hundred = Object.entries(MIX).flatMap(([op, share]) => Array<OperationName>(share).fill(op as OperationName));
  const sequence = Array.from({ length: count }, (_, i) => hundred[i % hundred.length]!);
  for (let i = sequence.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [sequence[i], sequence[j]] = [sequence[j]!, sequence[i]!];
  }
  return sequence;
}

export interface LoadMix {
  requests: PreparedRequest[];
  users: { id: string; role: string }[];
  /** How many of the users send the previews and proposals. */
  proposers: number;
  period: string;
}

/**
 * `count` requests (a multiple of 100) in a fixed pseudo-random order. Reads go to all seeded
 * users in turn, previews and proposals to those who may propose (REP, KAM, STEWARD, ADMIN), so
 * the per-user rate limits apply as they would to that many people.
 */
export async function prepareLoadMix(driver: Driver, secret: string, count: number): Promise<LoadMix> {
  const users = await listUsers(driver);
  // The newest materialized period: the KPIs the web app shows.
  const period = (await materializedRuns(driver))
    .map((run) => run.period)
    .sort()
    .at(-1);
  if (!users.length || !period) throw new Error("No seeded users or materialized roll-ups: run `npm run seed -- --scale demo`.");
  const organizations = (await driver.executeQuery(ORGANIZATIONS)).records.map((r) => r.get("id") as string);
  const { records } = await driver.executeQuery(TERRITORY_SAMPLES, { perTerritory: neo4j.int(20) });
  const territories = new Map(
    records.map((r) => {
      const sample = toNative(r.toObject()) as Omit<Scope, "roots"> & { territory: string };
      return [sample.territory, sample];
    }),
  );
  const tokens = new Map(
    await Promise.all(users.map(async (u) => [u.id, await issueToken(claimsFor(u), secret, { expiresIn: "2h" })] as const)),
  );
  const scopes = new Map(users.map((u) => [u.id, scopeOf(u, territories, organizations)]));
  const proposers = users.filter((u) => PROPOSERS.has(u.role));
  const rng = new Rng(20_260_101);
  let nextReader = 0;
  let nextProposer = 0;
  const requests = operationSequence(count, rng).map((operation): PreparedRequest => {
    const write = operation === "previewChange" || operation === "proposeChange";
    const user = write ? proposers[nextProposer++ % proposers.length]! : users[nextReader++ % users.length]!;
    return {
      operation,
      userId: user.id,
      role: user.role,
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.get(user.id)}` },
      body: requestBody(operation, user, scopes.get(user.id)!, period, rng),
    };
  });
  return { requests, users: users.map((u) => ({ id: u.id, role: u.role })), proposers: proposers.length, period };
}
