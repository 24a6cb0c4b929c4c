import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { authConfigFromEnv, type AuthConfig } from "../auth/auth-config.ts";
import { createTokenVerifier } from "../auth/token-verifier.ts";
import { buildSchema } from "./schema.ts";
import { createGraphQLApp } from "./graphql-app.ts";
import { handleDevLogin } from "./dev-login.ts";
import { handleImportFiles } from "./import-files.ts";
import { serveStatic } from "./static-files.ts";

export interface StartApiOptions {
  driver: Driver;
  /** 0 picks a free port. Default 4000. */
  port?: number;
  host?: string;
  /** The built web app to serve at `/`. Default web/dist. */
  webDist?: string;
  /** HS256 secret; overrides AUTH_* from the environment (tests). */
  authSecret?: string;
  /** Development login endpoints; default from AUTH_DEV_LOGIN / NODE_ENV. */
  devLogin?: boolean;
}

export interface RunningApi {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The development login exists only with an HS256 secret. */
function withDevLogin(config: AuthConfig, devLogin: boolean | undefined): AuthConfig {
  return config.kind === "secret" ? { ...config, devLogin: devLogin ?? config.devLogin } : config;
}

/** One HTTP server: /graphql, /healthz, the development login and the web app. */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const { driver } = options;
  const auth: AuthConfig = options.authSecret
    ? { kind: "secret", secret: options.authSecret, devLogin: options.devLogin ?? true }
    : withDevLogin(authConfigFromEnv(), options.devLogin);
  const schema = await buildSchema(driver, auth);
  const verifyToken = createTokenVerifier(auth);
  const yoga = createGraphQLApp(schema, driver, verifyToken);
  const webDist = options.webDist ?? paths.webDist;

  const server = createServer((req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? "/", "http://x").pathname;
      if (pathname === "/graphql") return yoga(req, res);
      if (pathname === "/healthz") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ ok: true }));
      }
      if (await handleImportFiles(pathname, req, res, verifyToken)) return;
      if (pathname.startsWith("/auth/")) {
        if (auth.kind === "secret" && auth.devLogin && (await handleDevLogin(req, res, driver, auth.secret))) return;
        res.writeHead(404, { "content-type": "application/json" });
        return res.end(JSON.stringify({ error: "Not found (development login is disabled)" }));
      }
      if (!serveStatic(webDist, req, res)) {
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
    server.listen(options.port ?? 4000, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
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
