import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import { activateVersion, saveDraft } from "../../api/src/analytics/scoring/scoring-store.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { specialtyVolumeModel } from "../../api/test/fixtures/specialty-volume-model.ts";
import { addTrxValues, createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { emitOn } from "./cy-window.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A key-account manager opens a health system's hierarchy with roll-ups of a chosen period on
 * the nodes and flows on the edges, then an HCP's score explanation in the details panel.
 * Own TRX values: HCP1a 100, HCP1b 50, HCP2 80, ACC2 10 -> ACC1 125, ACC2 115, ORG 240.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2eana");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q2`;
const model = `e2e${Math.random().toString(36).slice(2, 8)}`;

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await addTrxValues(driver, g, period, { HCP1a: 100, HCP1b: 50, HCP2: 80, ACC2: 10 });
  await materializeRollups(driver, { metric: "TRX", period });
  const saved = await saveDraft(driver, specialtyVolumeModel(model, g.specialty, period), g.users.analyst);
  await activateVersion(driver, model, saved.version, g.users.analyst);
});

/** One data field of a drawn node or edge. */
const dataOf = (id: string, key: string) => page.evaluate(([i, k]) => window.__cy!.getElementById(i!).data(k!), [id, key]);

describe("roll-ups and scores in the web app, as a key-account manager", () => {
  it("shows roll-ups on hierarchy nodes and flows on edges for the chosen period", async () => {
    await page.goto(api.url);
    await page.getByTestId("login-filter").fill(g.users.kam);
    await page.getByTestId(`login-user-${g.users.kam}`).click();
    await page.getByTestId("nav-explore").click(); // a key-account manager lands on their key accounts
    await page.getByTestId("search-input").fill(g.ids.org);
    await page.getByTestId(`search-result-${g.ids.org}`).click();
    await page.getByTestId("measure-period").selectOption(period);
    await expect.poll(() => dataOf(g.ids.org, "rollup"), { timeout: 15_000 }).toBe(240);
    expect(await dataOf(g.ids.acc1, "rollup")).toBe(125);
    expect(await dataOf(g.ids.org, "label")).toContain("240");
    expect(await dataOf(`${g.prefix}E-a2-org`, "flow")).toBe(115);
    // Accounts open collapsed (level of detail): a double tap shows ACC1's HCPs and their flows.
    await emitOn(page, g.ids.acc1, "dbltap");
    await expect.poll(() => dataOf(`${g.prefix}E-h1b-a1`, "flowLabel"), { timeout: 15_000 }).toBe("25");
    // Node size grows with the roll-up: ACC1 (125) is drawn larger than ACC2 (115).
    const sizes = await page.evaluate(
      ([a, b]) => [window.__cy!.getElementById(a!).width(), window.__cy!.getElementById(b!).width()],
      [g.ids.acc1, g.ids.acc2],
    );
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
  });

  it("shows an HCP's score with its explanation in the details panel", async () => {
    await emitOn(page, g.ids.hcp1a, "tap");
    const panel = page.getByTestId(`score-${model}`);
    await panel.waitFor({ timeout: 15_000 });
    const score = Number(await panel.getByTestId("score-value").textContent());
    const contributions = await panel.locator("td.num").allTextContents();
    expect(contributions).toHaveLength(2);
    expect(contributions.reduce((s, c) => s + Number(c), 0)).toBeCloseTo(score, 1);
    expect(await panel.textContent()).toContain("segment A");
  });
});
