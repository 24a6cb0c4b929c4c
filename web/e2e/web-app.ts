import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { startApi, type RunningApi } from "../../api/src/server/start-server.ts";
import { deleteByPrefix, testDriver } from "../../test/db.ts";
import { launchChromium, screenshotOnFailure } from "./browser.ts";
import { buildWebForTests } from "./web-build.ts";

const SECRET = "e2e-test-secret-0123456789abcdefghij";

/** What a browser test works with: the test database, the API serving the web app, one Chromium page. */
export interface WebApp {
  driver: Driver;
  api: RunningApi;
  page: Page;
}

/**
 * Registers a browser test file's hooks. Before its tests: a driver, the API serving the test
 * build of the web app on a free port (development login on) and a Chromium page, then `prepare`,
 * which keeps what the tests use and writes their data under `prefix`. A screenshot of every
 * failing test. After the tests: browser, API and driver closed, the data under `prefix` deleted.
 */
export function useWebApp(prefix: string, prepare: (app: WebApp) => Promise<void>): void {
  const driver = testDriver();
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    api = await startApi({ driver, port: 0, host: "127.0.0.1", webDist: await buildWebForTests(), authSecret: SECRET, devLogin: true });
    browser = await launchChromium();
    // A context of its own (not browser.newPage): axe-core opens a second page in it to finish its run.
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })).newPage();
    await prepare({ driver, api, page });
  });

  screenshotOnFailure(() => page);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await deleteByPrefix(driver, prefix);
    await driver.close();
  });
}
