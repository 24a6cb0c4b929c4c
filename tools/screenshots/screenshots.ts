/**
 * `npm run screenshots`: the pictures in docs/screenshots/, made from the `demo` data so they
 * stay current. Prepares the database as `npm start` does (NEO4J_URI, or the local Neo4j with the
 * demo seed and its field year), builds the web app when stale, serves it on a free port with the
 * development login, and photographs each role's home, a large hierarchy and a KOL's network in
 * headless Chromium.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { ensureNeo4j, REPO_ROOT } from "@pharmagraph/neo4j-local";
import { createDriver } from "../../api/src/db/driver.ts";
import { migrate } from "../../api/src/db/migrate.ts";
import { paths } from "../../api/src/config/paths.ts";
import { startApi } from "../../api/src/server/start-server.ts";
import { launchChromium } from "../../web/e2e/browser.ts";
import "../../web/e2e/cy-window.ts";
import { ensureDemoData } from "../demo-data.ts";
import { webBuildIsStale } from "../web-build-freshness.ts";
import { DEMO_SUBJECTS, type DemoSubjects } from "./demo-subjects.ts";

const OUT = path.join(REPO_ROOT, "docs", "screenshots");
const SECRET = "screenshots-only-secret-0123456789abcdef";

interface Shot {
  file: string;
  user: keyof DemoSubjects["users"];
  /** The URL hash to open; none: the role's home. */
  hash?: (s: DemoSubjects) => string;
  /** What must be on screen before the picture is taken. */
  ready: (page: Page) => Promise<void>;
}

const graphRendered = async (page: Page) => {
  await page.waitForFunction(
    () => Number(document.querySelector("[data-testid=graph]")?.getAttribute("data-rendered-nodes") ?? 0) > 0,
    null,
    {
      timeout: 60_000,
    },
  );
};

/** A rep's day shows their route: the week is planned (as the rep would, with one click) when it is not yet. */
const repWeekPlanned = async (page: Page) => {
  const plan = page.getByTestId("week-plan");
  const planButton = page.getByTestId("plan-week");
  await plan.or(planButton).first().waitFor({ timeout: 60_000 });
  if (await planButton.isVisible()) await planButton.click();
  await plan.waitFor({ timeout: 60_000 });
};

/** The large hierarchy with its accounts' group opened: the biggest accounts by roll-up and an "N more" node. */
const hierarchyGroupOpened = async (page: Page) => {
  await graphRendered(page);
  // The view may load twice (once more when the metric periods arrive): tap the group of the last load.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    window.__cy?.nodes("[role = 'group']").first().emit("tap");
  });
  await page.waitForFunction(() => (window.__cy?.nodes("[role = 'more']").length ?? 0) > 0, null, { timeout: 60_000 });
};

const SHOTS: Shot[] = [
  { file: "rep-home.png", user: "REP", ready: repWeekPlanned },
  { file: "kam-home.png", user: "KAM", ready: (p) => p.getByTestId("key-organizations").waitFor({ timeout: 60_000 }) },
  { file: "steward-home.png", user: "STEWARD", ready: (p) => p.locator(".review-page").waitFor({ timeout: 60_000 }) },
  { file: "analyst-home.png", user: "ANALYST", ready: (p) => p.locator(".page h2").first().waitFor({ timeout: 60_000 }) },
  { file: "manager-home.png", user: "MANAGER", ready: (p) => p.getByTestId("manager-home").waitFor({ timeout: 60_000 }) },
  { file: "admin-home.png", user: "ADMIN", ready: (p) => p.getByTestId("admin-users").waitFor({ timeout: 60_000 }) },
  {
    file: "large-hierarchy.png",
    user: "KAM",
    hash: (s) => `#explore/hierarchy/${encodeURIComponent(s.largestOrganization)}`,
    ready: hierarchyGroupOpened,
  },
  { file: "influence-network.png", user: "KAM", hash: (s) => `#explore/influence/${encodeURIComponent(s.topKol)}`, ready: graphRendered },
  {
    file: "experience.png",
    user: "ANALYST",
    hash: () => "#experience",
    ready: (p) => p.getByTestId("exp-nps-value").waitFor({ timeout: 60_000 }),
  },
];

async function subjects(driver: Driver): Promise<DemoSubjects> {
  const { records } = await driver.executeQuery(DEMO_SUBJECTS);
  const r = records[0];
  if (!r) throw new Error("The database has no demo data to photograph.");
  return r.toObject() as DemoSubjects;
}

async function main(): Promise<void> {
  const connection = await ensureNeo4j(undefined, (line) => console.log(line));
  const driver = createDriver(connection);
  try {
    await migrate(driver);
    await ensureDemoData(driver, (line) => console.log(line));
    await (await import("@pharmagraph/seed")).ensureFieldData(driver, (line) => console.log(line));
    if (webBuildIsStale(paths.webDist)) {
      const build = spawnSync("npm", ["run", "-s", "build:web"], { cwd: REPO_ROOT, stdio: "inherit" });
      if (build.status !== 0) throw new Error("The web build failed (see above).");
    }
    const demo = await subjects(driver);
    const api = await startApi({ driver, port: 0, host: "127.0.0.1", authSecret: SECRET, devLogin: true });
    const browser = await launchChromium();
    try {
      mkdirSync(OUT, { recursive: true });
      for (const shot of SHOTS) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(api.url);
        await page.getByTestId("login-filter").fill(demo.users[shot.user]);
        await page.getByTestId(`login-user-${demo.users[shot.user]}`).click();
        await page.getByTestId("current-user").waitFor();
        if (shot.hash) await page.goto(`${api.url}/${shot.hash(demo)}`);
        await shot.ready(page);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: path.join(OUT, shot.file) });
        console.log(`docs/screenshots/${shot.file}`);
        await context.close();
      }
    } finally {
      await browser.close();
      await api.close();
    }
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
