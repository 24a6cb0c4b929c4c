import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { type AuditSealSettings, auditSealSettingsFromEnv, startAuditSealer } from "../audit/audit-sealer.ts";
import { type AuthConfig, authConfigFromEnv } from "../auth/auth-config.ts";
import { createTokenVerifier } from "../auth/token-verifier.ts";
import { paths } from "../config/paths.ts";
import { corsOriginsFromEnv, handleCors } from "./cors.ts";
import { handleDevLogin } from "./dev-login.ts";
import { createGraphQLApp } from "./graphql-app.ts";
import { handleImportFiles } from "./import-files.ts";
import { startProcessImportWorker } from "../ingest/import-jobs.ts";
import { listenHost } from "./listen-host.ts";
import { buildSchema } from "./schema.ts";
import { setSecurityHeaders } from "./security-headers.ts";
import { serveStatic } from "./static-files.ts";

export interface StartApiOptions {
  driver: Driver;
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Default 127.0.0.1; only a loopback address while the development login is on. */
  host?: string;
  /** The built web app to serve at `/`. Default web/dist. */
  webDist?: string;
  /** Token keys and the development login. Default: AUTH_* from the environment. */
  auth?: AuthConfig;
  /** Tests: an HS256 secret instead of `auth`, with the development login only when `devLogin`. */
  authSecret?: string;
  devLogin?: boolean;
  /** GraphiQL at /graphql in a browser. Default: on unless NODE_ENV=production. */
  graphiql?: boolean;
  /** Origins whose pages may call the API. Default: CORS_ORIGINS (unset: same origin only). */
  corsOrigins?: readonly string[];
  /** Background sealing of the audit log. Default: AUDIT_SEAL_INTERVAL_SECONDS and AUDIT_ANCHOR_FILE; false: off. */
  auditSeal?: AuditSealSettings | false;
}

export interface RunningApi {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** The decoded path of a request, or undefined when the target is not a valid URL or percent-encoding. */
function requestPath(req: IncomingMessage): string | undefined {
  const target = req.url ?? "/";
  if (!URL.canParse(target, "http://x")) return undefined;
  const { pathname } = new URL(target, "http://x");
  try {
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}

/** What yoga answers with its GraphiQL page: a GET from a browser. */
function asksForGraphiQL(req: IncomingMessage): boolean {
  return req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
}

/** One HTTP server: /graphql, /healthz, the development login and the web app. */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const { driver } = options;
  const auth: AuthConfig = options.authSecret
    ? { kind: "secret", secret: options.authSecret, devLogin: options.devLogin ?? false }
    : (options.auth ?? authConfigFromEnv());
  const host = listenHost(auth, options.host);
  const graphiql = options.graphiql ?? process.env.NODE_ENV !== "production";
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  const schema = await buildSchema(driver, auth);
  const verifyToken = createTokenVerifier(auth);
  const yoga = createGraphQLApp(schema, driver, verifyToken);
  const webDist = options.webDist ?? paths.webDist;
  const sealSettings = options.auditSeal ?? auditSealSettingsFromEnv();

  const server = createServer((req, res) => {
    void (async () => {
      const pathname = requestPath(req);
      const graphiqlPage = pathname === "/graphql" && graphiql && asksForGraphiQL(req);
      setSecurityHeaders(res, graphiqlPage ? "graphiql" : "app");
      if (handleCors(req, res, corsOrigins)) return;
      if (pathname === undefined) return sendJson(res, 400, { error: "Malformed URL" });
      if (pathname === "/graphql") {
        if (!graphiql && asksForGraphiQL(req)) return sendJson(res, 404, { error: "GraphiQL is off with NODE_ENV=production" });
        return yoga(req, res);
      }
      if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
      if (await handleImportFiles(pathname, req, res, verifyToken)) return;
      if (pathname.startsWith("/auth/")) {
        if (auth.kind === "secret" && auth.devLogin && (await handleDevLogin(pathname, req, res, driver, auth.secret))) return;
        return sendJson(res, 404, { error: "Not found (development login is disabled)" });
      }
      if (!serveStatic(webDist, pathname, res)) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("The web app is not built: run `npm run build:web`. GraphQL is at /graphql.");
      }
    })().catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "Internal error" }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const sealer = sealSettings ? startAuditSealer(driver, sealSettings) : null;
  const importWorker = startProcessImportWorker(driver);
  return {
    url: `http://localhost:${port}`,
    server,
    close: async () => {
      await sealer?.stop();
      importWorker?.stop();
      await yoga.dispose(); // stops the response cache's database-version poll
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

/** Stops serving and closes the driver on SIGINT or SIGTERM, then exits. */
export function closeOnSignals(api: RunningApi, driver: Driver): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void api
        .close()
        .then(() => driver.close())
        .then(() => process.exit(0));
    });
  }
}
