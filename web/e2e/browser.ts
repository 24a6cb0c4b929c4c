import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterEach } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { findBrowser } from "../../tools/browser/find-browser.ts";
import { NO_BROWSER_HELP } from "../../tools/browser/no-browser-help.ts";

const ARTIFACTS = path.join(import.meta.dirname, "artifacts");

/** The machine's Chromium or Chrome (tools/browser/find-browser.ts), headless, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(NO_BROWSER_HELP);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      // Containers give /dev/shm little room; a renderer that runs out of it crashes ("Target crashed").
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Registers a hook that saves a screenshot of the page to web/e2e/artifacts/ when a test fails. */
export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (ctx) => {
    const p = page();
    if (ctx.task.result?.state === "fail" && p) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: path.join(ARTIFACTS, `${ctx.task.name.replace(/\W+/g, "-")}.png`) });
    }
  });
}
