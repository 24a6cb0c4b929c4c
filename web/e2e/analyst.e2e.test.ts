import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import { activateVersion, saveDraft } from "../../api/src/analytics/scoring/scoring-store.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { specialtyVolumeModel } from "../../api/test/fixtures/specialty-volume-model.ts";
import { addTrxValues, createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { graphqlAs, signIn } from "./field-support.ts";
import { useWebApp } from "./web-app.ts";

/**
 * An analyst's two pages on the two-territory graph, with TRX of a period only this file uses:
 * HCP1a 100, HCP1b 50, HCP2 80, ACC2 10 (ACC1 125, ACC2 115, ORG and NET 240), plus twelve
 * accounts without a parent, X01 610 down to X12 500 in steps of 10: they are the 6,660 that is
 * unallocated, so 240 + 6,660 = 6,900 own.
 *
 * Scoring model v1 (active from the start): specialty fit 0.6 (only this fixture's HCPs) + TRX
 * percentile 0.4 (only they have values): HCP1a 100, HCP2 86.7, HCP1b 73.3; A from 50, C from 0,
 * so the fixture's three HCPs are A and every other HCP C. v2 moves A up to 95: HCP1a stays A,
 * HCP1b and HCP2 move A -> C.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2eanalyst");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q2`;
const model = `e2e${Math.random().toString(36).slice(2, 8)}`;
const extras = Array.from({ length: 12 }, (_, i) => ({ key: `X${String(i + 1).padStart(2, "0")}`, value: 610 - 10 * i }));
/** X03's name needs quoting in a CSV. */
const quotedName = (surname: string) => `Site "North, East" ${surname}`;

const ADD_ACCOUNTS = `
UNWIND $accounts AS a
CREATE (:Account {id: $p + a.key, name: a.name, kind: 'CLINIC', city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74})`;

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await driver.executeQuery(ADD_ACCOUNTS, {
    p: prefix,
    accounts: extras.map((x) => ({ key: x.key, name: x.key === "X03" ? quotedName(g.surname) : `Site ${x.key} ${g.surname}` })),
  });
  await addTrxValues(driver, g, period, {
    HCP1a: 100,
    HCP1b: 50,
    HCP2: 80,
    ACC2: 10,
    ...Object.fromEntries(extras.map((x) => [x.key, x.value])),
  });
  await materializeRollups(driver, { metric: "TRX", period });
  const saved = await saveDraft(driver, specialtyVolumeModel(model, g.specialty, period), g.users.analyst);
  await activateVersion(driver, model, saved.version, g.users.analyst);
});

/** How long a poll waits for the page to show an answer of the API (the machine may be busy). */
const POLL = { timeout: 15_000 };
const text = (testId: string) => page.getByTestId(testId).first().textContent();
const hash = () => page.evaluate(() => window.location.hash);
const id = (key: string) => prefix + key;

/** Presses Tab until the focused element matches `selector` (keyboard only), failing after `max` presses. */
async function tabTo(selector: string, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The text of the CSV file a click on the button downloads. */
async function downloadedCsv(testId: string): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), lines: readFileSync(file, "utf8").split("\r\n") };
}

describe("scoring models in the web app, as an analyst", () => {
  it("lists the models, edits a draft copy with a field's validation message, simulates the migration and activates", async () => {
    await signIn(page, api.url, g.users.analyst);
    await page.getByTestId("nav-scoring").click();
    const v1Row = page.getByTestId(`scoring-version-${model}-1`);
    await v1Row.waitFor({ timeout: 15_000 });
    expect(await v1Row.textContent()).toContain("ACTIVE");
    expect(await v1Row.textContent()).toContain(g.users.analyst);

    await v1Row.getByRole("link").click();
    expect(await hash()).toBe(`#scoring/${model}/1`);
    expect(await text("scoring-version-status")).toBe("ACTIVE");
    expect(await page.getByTestId("scoring-edit").count()).toBe(0);
    expect(await page.getByTestId("scoring-activate").count()).toBe(0);
    expect(await text("definition-components")).toContain(`roll-up of TRX ${period}`);

    await page.getByTestId("scoring-copy").click();
    const minA = page.getByTestId("field-threshold-min-0");
    await minA.fill("150");
    await page.getByTestId("definition-save").click();
    const problem = page.getByTestId("problem-segmentation.thresholds.0.minScore");
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toMatch(/100/);
    expect(await minA.getAttribute("aria-invalid")).toBe("true");
    expect(await minA.evaluate((el) => el === document.activeElement)).toBe(true);
    // The JSON text holds what the input wrote.
    expect(JSON.parse(await page.getByTestId("definition-json").inputValue()).segmentation.thresholds[0].minScore).toBe(150);
    await expectAccessible(page, "the scoring page with a draft's validation message");

    await minA.fill("95");
    await page.getByTestId("definition-save").click();
    await expect.poll(hash, { timeout: 15_000 }).toBe(`#scoring/${model}/2`);
    expect(await text("scoring-version-status")).toBe("DRAFT");

    await page.getByTestId("scoring-simulate").click();
    await page.getByTestId("migration-matrix").waitFor({ timeout: 30_000 });
    expect(await text("migration-A-A")).toBe("1");
    expect(await text("migration-A-C")).toBe("2");
    expect(await text("simulated-count-A")).toBe("1");
    expect(await page.getByRole("columnheader", { name: "to C" }).count()).toBe(1);
    expect(await page.getByRole("rowheader", { name: "from A" }).count()).toBe(1);
    expect(await text("simulation-summary")).toContain("against active version 1");

    await page.getByTestId("scoring-activate").click();
    const dialog = page.getByTestId("activate-dialog");
    await dialog.waitFor();
    await expectAccessible(page, "the activation dialog");
    // Held back a moment so the progress is seen (on this small graph activation takes milliseconds).
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("ActivateScoringModel")) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.getByTestId("activate-confirm").click();
    await dialog.getByTestId("scoring-activation-progress").waitFor();
    expect(await page.getByTestId("activate-confirm").isDisabled()).toBe(true);
    await dialog.getByTestId("scoring-activation-result").waitFor({ timeout: 60_000 });
    await page.unroute("**/graphql");
    expect(await dialog.getByTestId("activation-count-A").textContent()).toBe("1");
    await page.getByTestId("activate-close").click();
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => text("scoring-version-status"), POLL).toBe("ACTIVE");
    expect(await text(`scoring-version-${model}-1`)).toContain("RETIRED");
    const stored = await driver.executeQuery("MATCH (s:Score {model: $model, segment: 'A'}) RETURN collect(s.subjectId) AS ids", { model });
    expect(stored.records[0]!.get("ids")).toEqual([g.ids.hcp1a]);

    // Back: the version opened before saving, now retired.
    await page.goBack();
    await expect.poll(hash, POLL).toBe(`#scoring/${model}/1`);
    await expect.poll(() => text("scoring-version-status"), POLL).toBe("RETIRED");
  });

  it("opens a version from a deep link", async () => {
    await page.goto("about:blank");
    await page.goto(`${api.url}/#scoring/${model}/2`);
    await page.getByTestId("scoring-version").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("heading", { level: 3 }).first().textContent()).toContain(`${model} version 2`);
    expect(await text("scoring-version-status")).toBe("ACTIVE");
    await page.goto(`${api.url}/#scoring/${model}/9`);
    expect(await text("scoring-version-missing")).toContain("no version 9");
  });

  it("simulates and activates a new draft by keyboard alone", async () => {
    const draft = await graphqlAs(api.url, g.users.analyst, "mutation($d: String!) { saveScoringModel(definition: $d) { version } }", {
      d: JSON.stringify(specialtyVolumeModel(model, g.specialty, period)),
    });
    expect(draft.data.saveScoringModel.version).toBe(3);
    await page.goto("about:blank");
    await page.goto(`${api.url}/#scoring`);
    await page.getByTestId(`scoring-version-${model}-3`).waitFor({ timeout: 15_000 });

    await tabTo(`a[href="#scoring/${model}/3"]`);
    await page.keyboard.press("Enter");
    await expect.poll(hash, POLL).toBe(`#scoring/${model}/3`);
    await tabTo('[data-testid="scoring-simulate"]');
    await page.keyboard.press("Space");
    await page.getByTestId("migration-matrix").waitFor({ timeout: 30_000 });
    // v3 is v1 again: HCP1b and HCP2 move back C -> A.
    expect(await text("migration-C-A")).toBe("2");
    expect(await text("migration-A-A")).toBe("1");

    await tabTo('[data-testid="scoring-activate"]');
    await page.keyboard.press("Enter");
    await page.getByTestId("activate-dialog").waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("activate-dialog").count(), POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("scoring-activate");

    await page.keyboard.press("Enter");
    await tabTo('[data-testid="activate-confirm"]');
    await page.keyboard.press("Enter");
    await page.getByTestId("activate-dialog").getByTestId("scoring-activation-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("activate-dialog").getByTestId("activation-count-A").textContent()).toBe("3");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("activate-dialog").count(), POLL).toBe(0);
    await expect.poll(() => text("scoring-version-status"), POLL).toBe("ACTIVE");
  });
});

describe("the roll-up explorer", () => {
  it("shows the unallocated value, the conservation check and a level sorted and paged, with CSV exports", async () => {
    const accounts = Number((await driver.executeQuery("MATCH (a:Account) RETURN count(a) AS n")).records[0]!.get("n"));
    await page.getByTestId("nav-rollups").click();
    await page.getByTestId("rollup-explorer").waitFor({ timeout: 15_000 });
    await page.getByTestId("rollup-period").selectOption(period);
    await expect.poll(() => text("rollup-unallocated-value"), { timeout: 15_000 }).toBe("6,660");
    expect(await text("rollup-top-total")).toBe("240");
    expect(await text("rollup-total-own")).toBe("6,900");
    expect(await text("rollup-conservation")).toContain("Conservation holds: 240 at the top + 6,660 unallocated = 6,900 own");
    expect(await page.getByTestId("rollup-level-2").locator("td").nth(3).textContent()).toBe("6,660");

    await page.getByTestId("rollup-level").selectOption("ACCOUNT");
    await page.getByTestId("rollup-limit").selectOption("10");
    await expect.poll(() => text("rollup-page"), { timeout: 15_000 }).toBe(`rows 1–10 of ${accounts}`);
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&limit=10`);
    const firstRows = await page
      .getByTestId("rollup-table")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")));
    expect(firstRows).toEqual(extras.slice(0, 10).map((x) => `rollup-row-${id(x.key)}`));

    await page.getByTestId("rollup-next").click();
    // Other tests' accounts, if any, follow with 0.
    const secondPage = Math.min(10, accounts - 10);
    await expect.poll(() => text("rollup-page"), POLL).toBe(`rows 11–${10 + secondPage} of ${accounts}`);
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&limit=10&offset=10`);
    const values = await page.getByTestId("rollup-table").getByTestId("rollup-value").allTextContents();
    expect(values.slice(0, 4)).toEqual(["510", "500", "125", "115"]);
    expect(await page.getByTestId(`rollup-row-${g.ids.acc1}`).getByRole("link").getAttribute("href")).toBe(
      `#explore/hierarchy/${g.ids.acc1}`,
    );
    await expectAccessible(page, "the roll-up explorer");

    const pageCsv = await downloadedCsv("rollup-export-page");
    expect(pageCsv.name).toBe(`rollups-ACCOUNT-TRX-${period}-rows-11-${10 + secondPage}.csv`);
    expect(pageCsv.lines.slice(0, 5)).toEqual([
      "id,name,own,rollup",
      `${id("X11")},Site X11 ${g.surname},510,510`,
      `${id("X12")},Site X12 ${g.surname},500,500`,
      `${g.ids.acc1},Clinic One ${g.surname},0,125`,
      `${g.ids.acc2},Clinic Two ${g.surname},10,115`,
    ]);
    expect(pageCsv.lines).toHaveLength(1 + secondPage + 1);

    const allCsv = await downloadedCsv("rollup-export-all");
    expect(allCsv.name).toBe(`rollups-ACCOUNT-TRX-${period}-all.csv`);
    expect(allCsv.lines).toHaveLength(1 + accounts + 1);
    expect(allCsv.lines[3]).toBe(`${id("X03")},"Site ""North, East"" ${g.surname}",590,590`);
    expect(allCsv.lines.at(-1)).toBe("");

    await page.getByTestId("rollup-sort").selectOption("ROLLUP_ASC");
    await expect.poll(() => text("rollup-page"), POLL).toBe(`rows 1–10 of ${accounts}`);
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&sort=ROLLUP_ASC&limit=10`);
    const ascending = (await page.getByTestId("rollup-table").getByTestId("rollup-value").allTextContents()).map((v) =>
      Number(v.replace(/,/g, "")),
    );
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });

  it("opens a deep link's page, links each row to its hierarchy, and comes back to the same view", async () => {
    const deep = `#rollups?level=ACCOUNT&period=${period}&limit=10&offset=10`;
    await page.goto("about:blank");
    await page.goto(`${api.url}/${deep}`);
    await page.getByTestId(`rollup-row-${id("X11")}`).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("rollup-level").inputValue()).toBe("ACCOUNT");
    expect(await page.getByTestId("rollup-period").inputValue()).toBe(period);

    // Keyboard only: Tab to the account's link, Enter opens its hierarchy; back returns here.
    await tabTo(`a[href="#explore/hierarchy/${g.ids.acc1}"]`);
    await page.keyboard.press("Enter");
    await expect.poll(hash, POLL).toBe(`#explore/hierarchy/${g.ids.acc1}`);
    await page.goBack();
    await expect.poll(hash, POLL).toBe(deep);
    await page.getByTestId(`rollup-row-${id("X11")}`).waitFor({ timeout: 15_000 });
    expect(await text("rollup-page")).toMatch(/^rows 11–\d+ of /);
    await tabTo('[data-testid="rollup-prev"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => text("rollup-page"), POLL).toMatch(/^rows 1–10 of /);
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&limit=10`);
  });

  it("computes the roll-ups as of a past date: before 2020 no edge of the fixture was in effect, so nothing reaches the top", async () => {
    await page.getByTestId("rollup-as-of").fill("2019-06-30");
    await expect.poll(() => text("rollup-unallocated-value"), { timeout: 30_000 }).toBe("6,900");
    expect(await text("rollup-top-total")).toBe("0");
    expect(await text("rollup-conservation")).toContain("Conservation holds: 0 at the top + 6,900 unallocated = 6,900 own");
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&asOf=2019-06-30&limit=10`);
    // HCP2 was affiliated with ACC1 until the end of 2019: its 80 stays at ACC1 with ACC2's own 10 and the twelve sites' 6,660;
    // HCP1a's 100 and HCP1b's 50 stay at the HCPs.
    const unallocatedAt = (level: number) => page.getByTestId(`rollup-level-${level}`).locator("td").nth(3).textContent();
    expect(await unallocatedAt(2)).toBe("6,750");
    expect(await unallocatedAt(1)).toBe("150");
    await page.getByTestId("rollup-as-of-clear").click();
    await expect.poll(() => text("rollup-unallocated-value"), { timeout: 15_000 }).toBe("6,660");
    expect(await hash()).toBe(`#rollups?level=ACCOUNT&period=${period}&limit=10`);
  });

  it("is not offered to a rep, and the API refuses them the summary", async () => {
    await signIn(page, api.url, g.users.rep1);
    expect(await page.getByTestId("nav-rollups").count()).toBe(0);
    expect(await page.getByTestId("nav-scoring").count()).toBe(0);
    const answer = await graphqlAs(api.url, g.users.rep1, "query($p: String!) { rollupSummary(metric: TRX, period: $p) { unallocated } }", {
      p: period,
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
