import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/** What the search looks at, injectable so the search is pure logic. */
export interface BrowserHost {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** Whether `file` is a file this user may execute. */
  isExecutable(file: string): boolean;
  /** The names in `dir`, or none when it does not exist. */
  list(dir: string): string[];
}

export const thisMachine: BrowserHost = {
  env: process.env,
  platform: process.platform,
  home: homedir(),
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

const LINUX_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
];

const MAC_APPS = ["Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium"];

const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Executables inside one Playwright download folder, current layouts first, then older ones. */
const PLAYWRIGHT_EXECUTABLES: Record<"chromium" | "chromium_headless_shell", Partial<Record<NodeJS.Platform, string[]>>> = {
  chromium: {
    linux: ["chrome-linux64/chrome", "chrome-linux-arm64/chrome", "chrome-linux/chrome"],
    darwin: [
      "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
      "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
      "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    ],
  },
  chromium_headless_shell: {
    linux: [
      "chrome-headless-shell-linux64/chrome-headless-shell",
      "chrome-headless-shell-linux-arm64/chrome-headless-shell",
      "chrome-linux/headless_shell",
    ],
    darwin: [
      "chrome-headless-shell-mac-arm64/chrome-headless-shell",
      "chrome-headless-shell-mac-x64/chrome-headless-shell",
      "chrome-mac/headless_shell",
    ],
  },
};

function systemPaths(host: BrowserHost): string[] {
  if (host.platform === "linux") return LINUX_PATHS;
  if (host.platform === "darwin")
    return ["/Applications", path.join(host.home, "Applications")].flatMap((dir) => MAC_APPS.map((app) => path.join(dir, app)));
  return [];
}

function pathLookups(host: BrowserHost): string[] {
  const dirs = (host.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return PATH_NAMES.flatMap((name) => dirs.map((dir) => path.join(dir, name)));
}

function playwrightCache(host: BrowserHost): string | undefined {
  const configured = host.env.PLAYWRIGHT_BROWSERS_PATH;
  if (configured && configured !== "0") return configured;
  if (host.platform === "linux") return path.join(host.home, ".cache", "ms-playwright");
  if (host.platform === "darwin") return path.join(host.home, "Library", "Caches", "ms-playwright");
  return undefined;
}

/** Playwright's downloads (`chromium-<revision>`, `chromium_headless_shell-<revision>`), newest revision first, full Chromium before the shell. */
function playwrightDownloads(host: BrowserHost): string[] {
  const cache = playwrightCache(host);
  if (!cache) return [];
  const entries = host.list(cache);
  return (["chromium", "chromium_headless_shell"] as const).flatMap((kind) =>
    entries
      .filter((name) => new RegExp(`^${kind}-\\d+$`).test(name))
      .sort((a, b) => Number(b.slice(kind.length + 1)) - Number(a.slice(kind.length + 1)))
      .flatMap((folder) => (PLAYWRIGHT_EXECUTABLES[kind][host.platform] ?? []).map((file) => path.join(cache, folder, file))),
  );
}

/** The places a Chromium or Chrome may be, in the order they are tried. */
export function browserCandidates(host: BrowserHost): string[] {
  return [...systemPaths(host), ...pathLookups(host), ...playwrightDownloads(host)];
}

/**
 * The Chromium or Chrome the browser tests launch: `CHROMIUM_PATH` when set (an error when it
 * names no executable), else the first executable of `browserCandidates`; undefined when none.
 */
export function findBrowser(host: BrowserHost = thisMachine): string | undefined {
  const configured = host.env.CHROMIUM_PATH;
  if (configured) {
    if (!host.isExecutable(configured))
      throw new Error(
        `CHROMIUM_PATH is set to ${configured}, but no executable is there. Point it at a Chromium or Chrome, or unset it to search the usual places.`,
      );
    return configured;
  }
  return browserCandidates(host).find((file) => host.isExecutable(file));
}
