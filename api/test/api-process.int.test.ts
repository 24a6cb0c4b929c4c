import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { paths } from "../src/config/paths.ts";

/** The API process (api/src/server/main.ts) with only the given environment: its exit code and what it printed. */
function startProcess(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "api/src/server/main.ts"], {
    cwd: paths.root,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe("the API process refuses an unsafe start, before connecting to Neo4j", () => {
  it("without a token key", () => {
    const { status, stderr } = startProcess({});
    expect(status).toBe(1);
    expect(stderr).toMatch(/^No token key configured: set AUTH_JWKS_URL .* or AUTH_JWT_SECRET/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("with the development login beyond loopback", () => {
    const { status, stderr } = startProcess({ AUTH_DEV_LOGIN: "true", HOST: "0.0.0.0" });
    expect(status).toBe(1);
    expect(stderr).toMatch(/development login .* loopback address, not HOST=0\.0\.0\.0/);
  });

  it("with the development login in production", () => {
    const { status, stderr } = startProcess({ AUTH_DEV_LOGIN: "true", NODE_ENV: "production" });
    expect(status).toBe(1);
    expect(stderr).toMatch(/AUTH_DEV_LOGIN=true is refused with NODE_ENV=production/);
  });
});
