import path from "node:path";
import { build } from "vite";
import { WEB_ROOT as WEB, webBuildIsStale } from "../../tools/web-build-freshness.ts";

/** Builds the web app into a test-only folder unless that build is newer than the sources. */
export async function buildWebForTests(): Promise<string> {
  const outDir = path.join(WEB, "e2e", "artifacts", "dist");
  if (webBuildIsStale(outDir)) {
    await build({ root: WEB, configFile: path.join(WEB, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
  }
  return outDir;
}
