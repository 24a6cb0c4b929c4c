import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";

export const WEB_ROOT = path.join(REPO_ROOT, "web");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether the web build in `outDir` is missing or older than the app's sources. */
export function webBuildIsStale(outDir: string): boolean {
  const index = path.join(outDir, "index.html");
  if (!existsSync(index)) return true;
  const sources = Math.max(newestMtime(path.join(WEB_ROOT, "src")), statSync(path.join(WEB_ROOT, "index.html")).mtimeMs);
  return sources > statSync(index).mtimeMs;
}
