import { describe, expect, it } from "vitest";
import { issueToken } from "../../src/auth/token-issuer.ts";
import { buildSchema } from "../../src/server/schema.ts";
import { SeededRandom } from "../../src/model/seeded-random.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { TEST_SECRET } from "../graphql-client.ts";
import {
  type Caller,
  type FuzzAtoms,
  type FuzzOperation,
  type FuzzRequest,
  OperationFuzzer,
  renderOperation,
  toRequest,
} from "./operation-fuzzer.ts";
import { shrinkOperation } from "./shrink-operation.ts";

/**
 * An independent fuzz of the /graphql endpoint: typed and malformed queries and mutations from
 * every role and from callers without a valid token. No input may be answered with HTTP 5xx or
 * an INTERNAL_SERVER_ERROR; a failing typed operation is shrunk and printed with its variables
 * and caller. `FUZZ_RUNS` (default 1000), `FUZZ_SECONDS` (default 45) and `FUZZ_SEED` (default a
 * fixed one, so `npm test` is reproducible) size and replay a run. Mutations write only to the
 * fixture under this file's prefix (see WRITES_BEYOND_FIXTURE in operation-fuzzer.ts).
 */
// The fuzz sends hundreds of writes and previews as one user; 429s would hide what it probes.
process.env.RATE_LIMIT_PREVIEWS_PER_MINUTE = "1000000";
process.env.RATE_LIMIT_WRITES_PER_MINUTE = "1000000";
const f = useTwoTerritoryApi("fuzz");

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
/** Distinct failures shrunk (each costs up to 150 requests); later ones are reported as sent. */
const SHRINK_AT_MOST = 5;

interface Verdict {
  status: number;
  codes: string[];
  /** Messages of errors without a code (allowed, but reported in the summary). */
  uncoded: string[];
  /** Why the answer is a server error; undefined when it is not. */
  failure?: string;
  data: unknown;
}

interface Failure {
  caller: Caller;
  shape: string;
  failure: string;
  sent: string;
}

async function judge(response: Response): Promise<Verdict> {
  const text = await response.text();
  let body: { errors?: { message?: string; extensions?: { code?: string } }[]; data?: unknown } = {};
  try {
    body = JSON.parse(text) ?? {};
  } catch {
    // Not JSON (a 404 or 405 page, an empty HEAD answer): only the status counts.
  }
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const codes = errors.map((e) => e.extensions?.code ?? "(none)");
  const internal = errors.find(
    (e) => e.extensions?.code === "INTERNAL_SERVER_ERROR" || (!e.extensions?.code && /unexpected error/i.test(e.message ?? "")),
  );
  const failure =
    response.status >= 500
      ? `HTTP ${response.status}: ${text.slice(0, 300)}`
      : internal
        ? `${internal.extensions?.code ?? "no code"}: ${JSON.stringify(internal)}`
        : undefined;
  const uncoded = errors.filter((e) => !e.extensions?.code).map((e) => String(e.message).slice(0, 120));
  return { status: response.status, codes, uncoded, failure, data: body.data };
}

describe("graphql fuzz", () => {
  it(
    "no query, mutation or malformed request is answered with a 5xx or INTERNAL_SERVER_ERROR",
    async () => {
      const { g, api } = f;
      const random = new SeededRandom(SEED);
      const token = (userId: string) => api.tokenFor(userId);
      const authorization: Record<Caller, () => Promise<string | undefined>> = {
        ADMIN: async () => `Bearer ${await token(g.users.admin)}`,
        STEWARD: async () => `Bearer ${await token(g.users.steward)}`,
        KAM: async () => `Bearer ${await token(g.users.kam)}`,
        REP: async () => `Bearer ${await token(g.users.rep1)}`,
        ANALYST: async () => `Bearer ${await token(g.users.analyst)}`,
        MANAGER: async () => `Bearer ${await token(g.users.manager)}`,
        // A valid signature for a user the database does not know, covering a territory it does not either.
        GHOST: async () =>
          `Bearer ${await issueToken({ sub: `${g.prefix}ghost`, role: "REP", territories: [g.ids.t1, "nowhere"] }, TEST_SECRET)}`,
        NO_TOKEN: async () => undefined,
        BAD_TOKEN: async () =>
          random.pick([
            "Bearer garbage",
            "Basic dXNlcjpwYXNz",
            "Bearer ",
            `Bearer ${await issueToken({ sub: g.users.admin, role: "ADMIN", territories: [] }, "another-secret-0123456789abcdef")}`,
            `Bearer ${(await token(g.users.admin)).slice(0, -3)}`,
          ]),
      };
      const atoms: FuzzAtoms = {
        prefix: g.prefix,
        entityIds: Object.values(g.ids),
        edgeIds: ["E-org-net", "E-a1-org", "E-a2-org", "E-h1a-a1", "E-h1b-a1", "E-h1b-a2", "E-h2-a2", "E-h2-old", "I-1a-2"].map(
          (e) => g.prefix + e,
        ),
        userIds: Object.values(g.users),
        changeIds: [],
        modelName: `fz${g.prefix.replace(/[^a-z0-9]/g, "")}`,
      };
      const schema = await buildSchema(f.driver, { kind: "secret", secret: TEST_SECRET, devLogin: false });
      const fuzzer = new OperationFuzzer(schema, atoms, random);

      const send = async (request: FuzzRequest): Promise<Verdict> => {
        const auth = await authorization[request.caller]();
        const bodyless = request.method === "GET" || request.method === "HEAD";
        const response = await api.app.fetch(`http://test/graphql${request.search ?? ""}`, {
          method: request.method,
          headers: { accept: "application/json", ...request.headers, ...(auth ? { authorization: auth } : {}) },
          body: bodyless ? undefined : request.body,
        });
        return judge(response);
      };
      const describeRequest = (request: FuzzRequest) =>
        request.operation
          ? (({ query, variables }) => `${query}\nvariables: ${JSON.stringify(variables).slice(0, 2000)}`)(
              renderOperation(request.operation),
            )
          : `${request.method} ${request.search ?? ""} ${JSON.stringify(request.headers)} ${String(request.body).slice(0, 500)}`;

      const started = Date.now();
      const failures: Failure[] = [];
      const signatures = new Set<string>();
      const answered = new Set<string>();
      const codes = new Map<string, number>();
      const uncoded = new Set<string>();
      let sent = 0;
      let withData = 0;
      while (sent < RUNS && Date.now() - started < SECONDS * 1000) {
        const request = fuzzer.next();
        sent++;
        const verdict = await send(request);
        for (const code of verdict.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
        for (const message of verdict.uncoded) uncoded.add(`${request.shape}: ${message}`);
        if (request.operation) {
          answered.add(`${request.operation.kind === "query" ? "Query" : "Mutation"}.${request.operation.root.name}`);
          if (verdict.codes.length === 0 && verdict.data) withData++;
          const proposed = (verdict.data as { proposeChange?: { id?: string } } | undefined)?.proposeChange?.id;
          if (request.operation.root.name === "proposeChange" && proposed) atoms.changeIds.push(proposed);
        }
        if (!verdict.failure) continue;
        const signature = `${request.shape} ${verdict.failure.replace(/"path":\[[^\]]*\]/, "")}`;
        if (signatures.has(signature)) continue;
        signatures.add(signature);
        let minimal = request;
        if (request.operation && signatures.size <= SHRINK_AT_MOST) {
          const stillFails = async (candidate: FuzzOperation) => (await send(toRequest(candidate, request.caller))).failure !== undefined;
          minimal = toRequest(await shrinkOperation(request.operation, stillFails), request.caller);
        }
        failures.push({ caller: request.caller, shape: request.shape, failure: verdict.failure, sent: describeRequest(minimal) });
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const byCode = [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} x${n}`);
      console.log(
        `graphql fuzz: seed ${SEED}, ${sent} requests in ${seconds}s, ${withData} typed answers with data and no error; error codes: ${byCode.join(", ")}` +
          (uncoded.size ? `; errors without a code: ${[...uncoded].slice(0, 10).join(" | ")}` : ""),
      );
      const report = failures.map((x) => `as ${x.caller} (${x.shape}): ${x.failure}\n${x.sent}`).join("\n\n");
      expect(failures.length, `FUZZ_SEED=${SEED}: ${failures.length} distinct server errors:\n\n${report}`).toBe(0);
      if (sent >= RUNS) {
        expect(
          fuzzer.rootFields().filter((r) => !answered.has(r)),
          "every root field was sent",
        ).toEqual([]);
      }
      expect(withData, "the fuzz must reach data, not only errors").toBeGreaterThan(sent / 10);
    },
    (SECONDS + 120) * 1000,
  );
});
