import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { startApi, type RunningApi } from "../../api/src/server/start-server.ts";
import { launchChromium } from "./browser.ts";
import { buildWebForTests } from "./web-build.ts";

const SECRET = "e2e-test-secret-0123456789abcdefghij";

/** The API serving the test build of the web app on a free port (development login on), and a Chromium page. */
export async function openWebApp(driver: Driver): Promise<{ api: RunningApi; browser: Browser; page: Page }> {
  const api = await startApi({ driver, port: 0, host: "127.0.0.1", webDist: await buildWebForTests(), authSecret: SECRET, devLogin: true });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  return { api, browser, page };
}
