import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type InstallOutcome = { installed: true } | { installed: false; reason: string };

/** A stalled connection fails after this long instead of Playwright's 30 s, five times over. */
const CONNECTION_TIMEOUT_MS = 10_000;

/** playwright-core's own CLI (its package has no `playwright` command; `npx playwright` would fetch another package). */
function playwrightCoreCli(): string {
  const manifest = createRequire(import.meta.url).resolve("playwright-core/package.json");
  const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> }).bin["playwright-core"]!;
  return path.join(path.dirname(manifest), bin);
}

/**
 * Runs `playwright-core install chromium`, killed with its download processes after `timeoutMs`.
 * Its output is kept back; on failure the reason is its first error line.
 */
export function installPlaywrightChromium(timeoutMs: number): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout or Ctrl-C also ends the download process it forks.
    const child = spawn(process.execPath, [playwrightCoreCli(), "install", "chromium"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: String(CONNECTION_TIMEOUT_MS) },
    });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const interrupted = () => {
      killGroup();
      process.exit(130);
    };
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    process.once("SIGINT", interrupted);
    child.on("error", (error) => {
      output += `Error: ${error.message}\n`;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      process.off("SIGINT", interrupted);
      if (code === 0) return resolve({ installed: true });
      const firstError = output
        .split("\n")
        .find((line) => line.startsWith("Error:"))
        ?.slice("Error:".length)
        .trim();
      resolve({ installed: false, reason: timedOut ? `stopped after ${timeoutMs / 1000} s` : (firstError ?? `exit code ${code}`) });
    });
  });
}
