import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "vite";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";

const WEB = path.join(REPO_ROOT, "web");

function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
}

/** Builds the web app into a test-only folder unless that build is newer than the sources. */
export async function buildWebForTests(): Promise<string> {
  const outDir = path.join(WEB, "e2e", "artifacts", "dist");
  const index = path.join(outDir, "index.html");
  if (!existsSync(index) || newest(path.join(WEB, "src")) > statSync(index).mtimeMs) {
    await build({ root: WEB, configFile: path.join(WEB, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
  }
  return outDir;
}
