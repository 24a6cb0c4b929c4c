import { findBrowser } from "./find-browser.ts";
import { installPlaywrightChromium } from "./install-playwright-chromium.ts";
import { NO_BROWSER_HELP } from "./no-browser-help.ts";

/**
 * Run by `npm test` before vitest: names the browser the browser tests will launch; when there is
 * none, downloads Playwright's Chromium once, and when that fails too, stops the run with what to install.
 */
const INSTALL_TIMEOUT_MS = 180_000;

function found(): string | undefined {
  try {
    return findBrowser();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

let browser = found();
if (!browser) {
  console.log(`No Chromium or Chrome found; running \`npx playwright-core install chromium\` (at most ${INSTALL_TIMEOUT_MS / 1000} s)...`);
  const outcome = await installPlaywrightChromium(INSTALL_TIMEOUT_MS);
  browser = found();
  if (!browser) {
    const what = outcome.installed
      ? "It reported success, but no browser is where Playwright keeps its downloads"
      : `The download failed: ${outcome.reason}`;
    console.error(`${what}.\n\n${NO_BROWSER_HELP}`);
    process.exit(1);
  }
}
console.log(`Browser tests use ${browser}`);
