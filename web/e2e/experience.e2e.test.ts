import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { runImport } from "../../api/src/ingest/run-import.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { addMonths, monthOf } from "../src/features/experience/month-range.ts";
import { expectAccessible } from "./axe.ts";
import { signIn } from "./field-support.ts";
import { useWebApp } from "./web-app.ts";

/**
 * The experience dashboard on the two-territory graph plus a second organization (ORG2: ACC3, HCP3
 * in T2). The range is the last three months (M-2..M); the one before it is M-5..M-3.
 *
 *   NPS    before (M-4)   now (M-1)        persona
 *   HCP1a  10             3                skeptic
 *   HCP1b  9              9, 10            advocate   (0.5 to ACC1, 0.5 to ACC2)
 *   HCP2   8              8                skeptic
 *   HCP3   9              10               advocate   (ORG2)
 *
 * ORG falls from 66.7 (2 promoters of 3) to 25 ((2 - 1) / 4): ACC1 (HCP1a turned detractor) is
 * the drag. Now: T1 33.3 (HCP1a, HCP1b), T2 50, skeptics -50. Twelve months for ORG: 7 answers,
 * 4 promoters, 1 detractor: 42.9; CSAT HCP1a 2, HCP1b 5, HCP2 5: 66.7%.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2ecx");
const token = prefix.replace(/[^a-z0-9]/gi, "");
const skeptic = `skeptic-${token}`;
const advocate = `advocate-${token}`;
const region = `region-${token}`;
const thisMonth = monthOf(new Date());
const month = (n: number) => addMonths(thisMonth, n);
const at = (n: number, day: number) => `${month(n)}-${String(day).padStart(2, "0")}T12:00:00Z`;
const id = (s: string) => prefix + s;

const ADD_ORG2 = `
MATCH (t2:Territory {id: $p + 'T2'})
CREATE (org:Organization {id: $p + 'ORG2', name: 'Steady System ' + $p, kind: 'IDN', state: 'TX'})
CREATE (a:Account {id: $p + 'ACC3', name: 'Clinic Three ' + $p, kind: 'CLINIC', city: 'Dallas', state: 'TX', zip: '75202', lat: 32.77, lon: -96.79})
CREATE (h:HCP {id: $p + 'HCP3', npi: $npi, firstName: 'Di', lastName: 'Steady', name: 'Steady, Di MD', credential: 'MD', specialty: 'Spec', city: 'Dallas', state: 'TX', zip: '75202', lat: 32.77, lon: -96.79})
CREATE (h)-[:ALIGNED_TO]->(t2), (a)-[:ALIGNED_TO]->(t2)
CREATE (a)-[:AFFILIATED_WITH {id: $p + 'E-a3-org2', weight: 1.0, primary: true, type: 'OWNED', source: 'MASTER_LIST', confidence: 1.0, validFrom: date('2020-01-01'), version: 1}]->(org)
CREATE (h)-[:AFFILIATED_WITH {id: $p + 'E-h3-a3', weight: 1.0, primary: true, type: 'ATTENDING', source: 'MASTER_LIST', confidence: 1.0, validFrom: date('2020-01-01'), version: 1}]->(a)`;

async function importFile(kind: "feedback" | "touchpoints", header: string, rows: string[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-experience-")), `${kind}.csv`);
  writeFileSync(file, `${[header, ...rows].join("\n")}\n`);
  const summary = await runImport(driver, {
    kind,
    filePath: file,
    fileName: `${prefix}${kind}.csv`,
    mode: "all-or-nothing",
    actor: g.users.steward,
  });
  expect(summary.status).toBe("SUCCEEDED");
}

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await driver.executeQuery(ADD_ORG2, { p: prefix, npi: `400${String(parseInt(token.slice(1, 8), 16) % 1e7).padStart(7, "0")}` });
  await driver.executeQuery("MATCH (t:Territory) WHERE t.id IN $ids SET t.region = $region", { ids: [g.ids.t1, g.ids.t2], region });
  const { hcp1a, hcp1b, hcp2 } = g.ids;
  const hcp3 = id("HCP3");
  await importFile("feedback", "feedback_id,hcp_id,kind,score,about,answered_at,channel", [
    `${prefix}fb1,${hcp1a},NPS,10,COMPANY,${at(-4, 10)},`,
    `${prefix}fb2,${hcp1b},NPS,9,COMPANY,${at(-4, 11)},`,
    `${prefix}fb3,${hcp2},NPS,8,COMPANY,${at(-4, 12)},`,
    `${prefix}fb4,${hcp3},NPS,9,COMPANY,${at(-4, 13)},`,
    `${prefix}fb5,${hcp1a},NPS,3,COMPANY,${at(-1, 10)},`,
    `${prefix}fb6,${hcp1b},NPS,9,COMPANY,${at(-1, 11)},`,
    `${prefix}fb7,${hcp1b},NPS,10,PRODUCT,${at(-1, 12)},`,
    `${prefix}fb8,${hcp2},NPS,8,COMPANY,${at(-1, 13)},`,
    `${prefix}fb9,${hcp3},NPS,10,COMPANY,${at(-1, 14)},`,
    `${prefix}fb10,${hcp1a},CSAT,2,INTERACTION,${at(-1, 10)},REP_VISIT`,
    `${prefix}fb11,${hcp1b},CSAT,5,INTERACTION,${at(-1, 11)},REP_VISIT`,
    `${prefix}fb12,${hcp2},CSAT,5,EVENT,${at(-1, 13)},EVENT`,
  ]);
  await importFile("touchpoints", "touchpoint_id,hcp_id,channel,occurred_at,stage,delivered,events,minutes", [
    `${prefix}tp1,${hcp1a},EMAIL_CAMPAIGN,${at(-1, 3)},AWARENESS,true,OPENED,2`,
    `${prefix}tp2,${hcp1b},EMAIL_CAMPAIGN,${at(-1, 3)},AWARENESS,true,,0`,
    `${prefix}tp3,${hcp2},EMAIL_CAMPAIGN,${at(-1, 3)},AWARENESS,true,,0`,
    `${prefix}tp4,${hcp3},WEBINAR,${at(-1, 5)},CONSIDERATION,true,ATTENDED,45`,
  ]);
  // Personas are not imported yet: set directly.
  await driver.executeQuery("UNWIND $rows AS r MATCH (h:HCP {id: r.id}) SET h.persona = r.persona", {
    rows: [
      { id: hcp1a, persona: skeptic },
      { id: hcp2, persona: skeptic },
      { id: hcp1b, persona: advocate },
      { id: hcp3, persona: advocate },
    ],
  });
});

const text = (testId: string) => page.getByTestId(testId).first().textContent();
const tiles = () => page.getByTestId("experience-tiles");

/** The table's row of an organization, paging on while it is not on the page (other tests' organizations may come first). */
async function organizationRow(orgId: string) {
  const row = page.getByTestId(`org-row-${orgId}`);
  await page.getByTestId("org-page").waitFor({ timeout: 15_000 });
  for (let i = 0; i < 50 && (await row.count()) === 0; i++) {
    const before = await text("org-page");
    await page.getByTestId("org-next").click();
    await expect.poll(() => text("org-page")).not.toBe(before);
  }
  return row;
}

describe("the experience dashboard", () => {
  it("an analyst filters by territory and persona over the last three months and sees the hand-computed KPIs", async () => {
    await signIn(page, api.url, g.users.analyst);
    await page.getByTestId("nav-experience").click();
    await page.getByTestId("experience-page").waitFor();
    // The default range is the last 12 months, ending with this one.
    expect(await page.getByTestId("exp-from").inputValue()).toBe(month(-11));
    expect(await page.getByTestId("exp-to").inputValue()).toBe(thisMonth);
    await page.getByTestId("exp-from").fill(month(-2));

    await page.getByTestId("exp-territory").selectOption(g.ids.t1);
    await expect.poll(() => text("exp-subject"), { timeout: 15_000 }).toContain("Territory One");
    await expect.poll(() => text("exp-nps-value"), { timeout: 15_000 }).toBe("33.3");
    expect(await tiles().getByTestId("nps-band").textContent()).toBe("Good");
    // p = 2/3, d = 1/3, n = 3: 33.3 +/- 1.96 x 100 x sqrt((1 - 1/9) / 3) = 33.3 +/- 106.7, clipped at 100
    expect(await text("exp-nps-interval")).toBe("95% interval -73.4 to 100");
    expect(await text("exp-nps-responses")).toBe("3 answers");
    expect(await text("exp-csat-value")).toBe("50%");
    expect(await text("exp-engagement-value")).toBe("50%");
    await page.getByTestId("exp-kpi-crr").waitFor();
    // One line in the trend (ECharts draws SVG), its numbers in the table: M-1 has T1's three answers.
    const trend = page.getByTestId("chart-nps-trend");
    await expect.poll(() => trend.locator("svg path").count()).toBeGreaterThan(0);
    await expectAccessible(page, "the experience page");
    // The filters are in the link: a reload (or the link sent to a colleague) shows the same view.
    const hash = new URL(page.url()).hash;
    expect(hash).toContain(`from=${month(-2)}`);
    expect(hash).toContain(`place=${encodeURIComponent(g.ids.t1)}`);
    await page.reload();
    await expect.poll(() => text("exp-nps-value"), { timeout: 15_000 }).toBe("33.3");
    expect(await page.getByTestId("exp-from").inputValue()).toBe(month(-2));
    expect(await page.getByTestId("exp-territory").inputValue()).toBe(g.ids.t1);
    expect(
      await trend
        .locator("tbody tr", { hasText: month(-1) })
        .locator("td")
        .nth(1)
        .textContent(),
    ).toBe("33.3");

    // The region of T1 and T2: HCP1a 3, HCP1b 9 and 10, HCP2 8, HCP3 10: (3 - 1) / 5 = 40
    await page.getByTestId("exp-territory").selectOption(`region:${region}`);
    await expect.poll(() => text("exp-subject"), { timeout: 15_000 }).toContain(`Region ${region}`);
    await expect.poll(() => text("exp-nps-value"), { timeout: 15_000 }).toBe("40");
    expect(await text("exp-nps-responses")).toBe("5 answers");

    await page.getByTestId("exp-territory").selectOption(g.ids.t2);
    await expect.poll(() => text("exp-nps-value"), { timeout: 15_000 }).toBe("50");

    await page.getByTestId("exp-persona").selectOption(skeptic);
    await expect.poll(() => text("exp-subject"), { timeout: 15_000 }).toContain(skeptic);
    await expect.poll(() => text("exp-nps-value")).toBe("-50");
    expect(await tiles().getByTestId("nps-band").textContent()).toBe("Needs work");
    expect(await page.getByTestId("exp-territory").isDisabled()).toBe(true);
    const personas = page.getByTestId("chart-persona");
    expect(await personas.locator("tbody tr", { hasText: advocate }).locator("td").nth(1).textContent()).toBe("100");
    // The skeptics' journey: HCP1a and HCP2, each one awareness email, neither went on.
    await expect.poll(() => page.getByTestId("journey-map").textContent(), { timeout: 15_000 }).toContain("2 HCPs with staged touchpoints");
    const awareness = page.getByTestId("journey-steps").locator("tbody tr", { hasText: "awareness" }).locator("td");
    expect(await awareness.nth(0).textContent()).toBe("2");
    expect(await awareness.nth(3).textContent()).toBe("100%");

    await page.getByTestId("exp-persona").selectOption("");
    await expect.poll(() => text("exp-nps-value"), { timeout: 15_000 }).toBe("50");
  });

  it("the organization with falling NPS opens from the table; the drill-down leads to the account behind the drop, then to its HCPs", async () => {
    const row = await organizationRow(g.ids.org);
    await row.getByTestId("org-open").click();
    const drill = page.getByTestId("drill-down");
    await expect.poll(() => drill.getByTestId("drill-nps-now").textContent(), { timeout: 15_000 }).toBe("25");
    expect(await drill.getByTestId("drill-nps-before").textContent()).toBe("66.7");
    expect(await drill.getByTestId("drill-nps-change").textContent()).toBe("-41.7");
    // Biggest drag first: ACC1 (-50 points of the organization's change), then ACC2 (+8.3).
    const accounts = drill.getByTestId("drill-children").locator("tbody tr");
    expect(await accounts.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")))).toEqual([
      `drill-child-${g.ids.acc1}`,
      `drill-child-${g.ids.acc2}`,
    ]);
    const acc1 = accounts.first();
    expect(await acc1.getByTestId("drill-child-now").textContent()).toContain("0");
    expect(await acc1.getByTestId("drill-child-before").textContent()).toBe("100");
    expect(await acc1.getByTestId("drill-child-change").textContent()).toBe("-100");
    expect(await acc1.getByTestId("drill-child-impact").textContent()).toBe("-50");

    await acc1.getByTestId("drill-open").click();
    await expect.poll(() => drill.getByTestId("drill-current").textContent()).toContain("Clinic One");
    await expect.poll(() => drill.getByTestId("drill-nps-now").textContent(), { timeout: 15_000 }).toBe("0");
    const hcps = drill.getByTestId("drill-children").locator("tbody tr");
    const first = hcps.first();
    expect(await first.getAttribute("data-testid")).toBe(`drill-child-${g.ids.hcp1a}`);
    expect(await first.getByTestId("drill-child-now").textContent()).toContain("-100");
    expect(await first.getByTestId("drill-child-before").textContent()).toBe("100");
    expect(await hcps.count()).toBe(2);

    // Back along the breadcrumb: the organization's accounts, then the table.
    await drill.getByTestId(`drill-crumb-${g.ids.org}`).click();
    await expect.poll(() => drill.getByTestId("drill-nps-now").textContent(), { timeout: 15_000 }).toBe("25");
    await drill.getByTestId("drill-crumb-all").click();
    await page.getByTestId("org-page").waitFor({ timeout: 15_000 });
  });

  it("a KAM sees an organization's experience of the last 12 months in the details panel of the hierarchy view", async () => {
    await signIn(page, api.url, g.users.kam);
    await page.getByTestId("nav-explore").click();
    await page.getByTestId("search-input").fill(g.ids.org);
    await page.getByTestId(`search-result-${g.ids.org}`).click();
    const section = page.getByTestId("experience-summary");
    await expect.poll(() => section.getByTestId("experience-nps").textContent(), { timeout: 15_000 }).toContain("42.9");
    expect(await section.getByTestId("nps-band").textContent()).toBe("Good");
    expect(await section.getByTestId("experience-csat").textContent()).toBe("66.7%");
    expect(await section.textContent()).toContain(`${month(-11)} to ${thisMonth}`);
  });
});
