import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { addTrxValues, createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import "./cy-window.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A key-account manager drags HCP2 from clinic two onto clinic one in the health system's
 * hierarchy, sees the impact preview (TRX of a period only this file uses: ACC1 +80, ACC2 -80)
 * and proposes the move; a data steward approves it from the review queue.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2echg");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q3`;

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await addTrxValues(driver, g, period, { HCP1a: 100, HCP2: 80 });
  await materializeRollups(driver, { metric: "TRX", period });
});

async function signIn(user: string) {
  await page.goto(api.url);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(api.url);
  await page.getByTestId("login-filter").fill(user);
  await page.getByTestId(`login-user-${user}`).click();
  await page.getByTestId("current-user").waitFor();
}

/** Drags one Cytoscape node onto another with the real mouse. */
async function dragNode(fromId: string, toId: string) {
  const box = (await page.getByTestId("graph").boundingBox())!;
  const [from, to] = await page.evaluate(
    ([a, b]) => [window.__cy!.getElementById(a!).renderedPosition(), window.__cy!.getElementById(b!).renderedPosition()],
    [fromId, toId],
  );
  await page.mouse.move(box.x + from!.x, box.y + from!.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + from!.x + ((to!.x - from!.x) * i) / 10, box.y + from!.y + ((to!.y - from!.y) * i) / 10);
  await page.mouse.up();
}

describe("governed changes in the web app", () => {
  it("drag an HCP onto another account: impact preview, then a proposal", async () => {
    await signIn(g.users.kam);
    await page.getByTestId("search-input").fill(g.ids.org);
    await page.getByTestId(`search-result-${g.ids.org}`).click();
    await expect
      .poll(async () => (await page.getByTestId("graph").getAttribute("data-rendered-nodes")) ?? "0", { timeout: 15_000 })
      .not.toBe("0");
    await page.waitForTimeout(500); // the layout settles
    await dragNode(g.ids.hcp2, g.ids.acc1);
    const dialog = page.getByTestId("reassign-dialog");
    await dialog.waitFor({ timeout: 10_000 });
    const preview = dialog.getByTestId("change-preview");
    await preview.waitFor({ timeout: 15_000 });
    const text = await preview.textContent();
    expect(text).toContain(`${g.ids.acc1}TRX ${period}`);
    expect(text).toContain("+80");
    expect(text).toContain("-80");
    await dialog.getByTestId("reassign-reason").fill("works at clinic one now");
    await dialog.getByTestId("reassign-submit").click();
    await expect.poll(() => dialog.getByTestId("reassign-submitted").textContent(), { timeout: 10_000 }).toContain("PENDING");
  });

  it("a steward approves it from the review queue, filtered by kind", async () => {
    await signIn(g.users.steward);
    await page.getByTestId("nav-review").click();
    await page.getByTestId("review-kind").selectOption("REASSIGN");
    const row = page.locator(`[data-testid^="queue-row-"]`, { hasText: "works at clinic one now" });
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    const request = page.getByTestId("request-dialog");
    await request.getByTestId("change-preview").waitFor({ timeout: 15_000 });
    expect(await request.getByTestId("change-preview").textContent()).toContain("+80");
    const diff = await request.getByTestId("request-diff").textContent();
    expect(diff).toContain(`parentId: ${g.ids.acc2}`);
    expect(diff).toContain(`parentId: ${g.ids.acc1}`);
    await request.getByTestId("request-approve").click();
    await page.getByTestId("decision-confirm").click();
    await expect.poll(() => request.getByTestId("request-message").textContent(), { timeout: 10_000 }).toContain("Approved");
    expect(await request.getByTestId("request-status").textContent()).toBe("APPROVED");
    const { records } = await driver.executeQuery(
      "MATCH (:HCP {id: $h})-[e:AFFILIATED_WITH]->(a:Account) WHERE e.validTo IS NULL OR e.validTo >= date() RETURN collect(a.id) AS parents",
      { h: g.ids.hcp2 },
    );
    expect(records[0]!.get("parents")).toEqual([g.ids.acc1]);
    const { records: rollups } = await driver.executeQuery(
      "MATCH (v:RollupValue {period: $period}) WHERE v.entityId IN [$a1, $a2] RETURN v.entityId AS id, v.value AS value",
      { period, a1: g.ids.acc1, a2: g.ids.acc2 },
    );
    expect(Object.fromEntries(rollups.map((r) => [r.get("id"), r.get("value")]))).toEqual({ [g.ids.acc1]: 180, [g.ids.acc2]: 0 });
  });

  it("a rep confirms an affiliation in My affiliations; the HCP's history shows it", async () => {
    await signIn(g.users.rep1);
    await page.getByTestId("nav-affiliations").click();
    const row = page.getByTestId(`affiliation-${g.prefix}E-h1a-a1`);
    await row.waitFor({ timeout: 10_000 });
    await row.getByTestId("affiliation-confirm").click();
    await expect.poll(() => page.getByTestId("my-affiliations-message").textContent(), { timeout: 10_000 }).toContain("Confirmed");
    await page.getByTestId("nav-explore").click();
    await page.getByTestId("search-input").fill(g.ids.hcp1a);
    await page.getByTestId(`search-result-${g.ids.hcp1a}`).click();
    await expect.poll(() => page.getByTestId("history-trail").textContent(), { timeout: 10_000 }).toContain("CONFIRM affiliation");
  });
});
