import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { addTrxValues, createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { signIn } from "./field-support.ts";
import { useWebApp } from "./web-app.ts";

/**
 * Each role lands on what it works on, the pages are reachable by URL and the back button, and
 * every home passes the accessibility check. Own TRX values of the fixture: HCP1a 100, HCP1b 50,
 * HCP2 80, ACC2 10 -> ACC1 125, ACC2 115, ORG 240, in a period no other test uses.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2ehome");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q3`;

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await addTrxValues(driver, g, period, { HCP1a: 100, HCP1b: 50, HCP2: 80, ACC2: 10 });
  await materializeRollups(driver, { metric: "TRX", period });
});

const currentPage = () => page.locator("nav.pages [aria-current=page]").getAttribute("data-testid");

describe("role homes", () => {
  it.each([
    ["rep1", "nav-my-day"],
    ["kam", "nav-accounts"],
    ["steward", "nav-review"],
    ["analyst", "nav-rollups"],
    ["manager", "nav-team"],
    ["admin", "nav-admin"],
  ] as const)("a %s lands on their home (%s), which passes the accessibility check", async (user, nav) => {
    await signIn(page, api.url, g.users[user]);
    await expect.poll(currentPage).toBe(nav);
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Loading" }).count()).toBe(0);
    await expectAccessible(page, `the home of ${user}`);
  });

  it("a key-account manager's home ranks organizations and accounts by roll-up, each linked to its hierarchy", async () => {
    await signIn(page, api.url, g.users.kam);
    await page.getByTestId("key-accounts-period").selectOption(period);
    // The table lists every organization the database holds (other files' too, at 0 in this period): ours leads.
    const row = page.getByTestId("key-organizations").locator("tbody tr").first();
    await expect
      .poll(() => row.getByRole("link").getAttribute("href"), { timeout: 15_000 })
      .toBe(`#explore/hierarchy/${g.ids.org}?metric=TRX&period=${period}`);
    expect(await row.locator("td").nth(2).textContent()).toBe("240");
    expect(await row.locator("td").nth(4).textContent()).toBe("100.0%");
    const accounts = page.getByTestId("key-accounts").locator("tbody tr");
    const [first, second] = await accounts.allTextContents();
    expect(first).toContain(g.surname);
    expect(first).toContain("125");
    expect(second).toContain(g.surname);
    expect(second).toContain("115");
  });

  it("a rep's day counts the affiliations they may see that still wait for a confirmation", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (t:Territory {id: $t})<-[:ALIGNED_TO]-(h:HCP)-[e:AFFILIATED_WITH]->(:Account)-[:ALIGNED_TO]->(t)
       WHERE (e.validTo IS NULL OR e.validTo >= date()) AND coalesce(e.confidence, 0) < 0.95 RETURN count(e) AS n`,
      { t: `${prefix}T1` },
    );
    const expected = records[0]!.get("n").toNumber();
    await signIn(page, api.url, g.users.rep1);
    const section = page.getByTestId("affiliations-to-confirm");
    if (expected === 0) await section.getByText("Every affiliation").waitFor();
    else expect(await page.getByTestId("affiliations-to-confirm-count").textContent()).toBe(String(expected));
  });

  it("an administrator finds users, territories and imports; the back button returns to the previous page", async () => {
    await signIn(page, api.url, g.users.admin);
    await page.getByTestId("admin-user-filter").fill(prefix);
    const users = page.getByTestId("admin-users").locator("tbody tr");
    await expect.poll(() => users.count(), { timeout: 15_000 }).toBe(7);
    expect(await page.getByTestId("admin-territories").textContent()).toContain(`${prefix}T1`);
    await page.getByTestId("nav-import").click();
    expect(new URL(page.url()).hash).toBe("#import");
    await page.goBack();
    await expect.poll(currentPage).toBe("nav-admin");
    await page.goForward();
    await expect.poll(currentPage).toBe("nav-import");
    await page.goto(`${api.url}/#admin`);
    await expect.poll(currentPage).toBe("nav-admin");
  });
});
