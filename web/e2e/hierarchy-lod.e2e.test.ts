import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { compactNumber } from "../src/graph/elements.ts";
import { CHILDREN_PER_BATCH, groupId, moreId } from "../src/graph/level-of-detail.ts";
import { expectAccessible } from "./axe.ts";
import { emitOn } from "./cy-window.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A key-account manager opens a health system with 300 more accounts: it opens aggregated with
 * legible roll-ups, groups expand in batches by roll-up, the graph can be searched and read as a
 * table, the details panel shows the roll-up Neo4j holds, and the hierarchy can be seen as of a
 * date and as a diff between two dates, each view a deep link the back button returns to.
 */

let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("lod");
const period = `${3000 + Math.floor(Math.random() * 6000)}-Q4`;
const BIG = 300;
const id = (s: string) => prefix + s;
/** The biggest new account: own TRX 3000, H-KEEP 500 throughout, H-OLD 400 until 2024, H-NEW 700 from mid 2025. */
const top = id(`BIG-A${BIG - 1}`);

const CREATE_BIG = `
MATCH (org:Organization {id: $p + 'ORG'})
UNWIND range(0, $n - 1) AS i
CREATE (a:Account {id: $p + 'BIG-A' + i, name: 'Big Site ' + right('00' + i, 3) + ' ' + $p, kind: 'CLINIC', city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74})
CREATE (a)-[:AFFILIATED_WITH {id: $p + 'E-big-' + i, weight: 1.0, primary: true, type: 'OWNED', source: 'MASTER_LIST', confidence: 1.0, validFrom: date('2012-01-01'), version: 1}]->(org)
CREATE (a)-[:HAS_METRIC]->(:MetricValue {id: a.id + '|TRX|' + $period, entityId: a.id, metric: 'TRX', period: $period, value: toFloat((i + 1) * 10)})`;

const CREATE_HCPS = `
MATCH (a:Account {id: $top})
UNWIND $hcps AS h
CREATE (x:HCP {id: $p + h.id, npi: h.npi, firstName: h.id, lastName: 'Lod', name: 'Lod, ' + h.id + ' ' + $p, credential: 'MD', specialty: 'Cardiology', city: 'Austin', state: 'TX', zip: '78701', lat: 30.27, lon: -97.74})
CREATE (x)-[:AFFILIATED_WITH {id: $p + 'E-' + h.id, weight: 1.0, primary: true, type: 'ATTENDING', source: 'MASTER_LIST', confidence: 0.9, validFrom: date(h.from), validTo: CASE WHEN h.to IS NULL THEN null ELSE date(h.to) END, version: 1}]->(a)
CREATE (x)-[:HAS_METRIC]->(:MetricValue {id: x.id + '|TRX|' + $period, entityId: x.id, metric: 'TRX', period: $period, value: h.trx})`;

async function storedRollup(entityId: string): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (v:RollupValue {id: $key}) RETURN v.value AS value", {
    key: `${entityId}|TRX|${period}`,
  });
  return (records[0]?.get("value") as number | undefined) ?? 0;
}

const rendered = () =>
  page.evaluate(() =>
    window
      .__cy!.nodes()
      .map((n) => ({ id: n.id(), kind: n.data("kind") as string, role: n.data("role") as string, label: n.data("label") as string })),
  );
const labelOf = (nodeId: string) => page.evaluate((i) => window.__cy!.getElementById(i).data("label") as string | undefined, nodeId);
const tap = (nodeId: string) => emitOn(page, nodeId, "tap");
/** Polls long enough for a loaded machine (the browser shares two cores with the API and Neo4j). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });
/** The classes of a node or edge, or null when it is not drawn. */
const classesOf = (elementId: string) =>
  page.evaluate((i) => {
    const e = window.__cy!.getElementById(i);
    return e.nonempty() ? (e.classes() as string[]) : null;
  }, elementId);

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  await driver.executeQuery(CREATE_BIG, { p: prefix, n: BIG, period });
  const digits = String(parseInt(prefix.replace(/[^0-9a-f]/g, "").slice(0, 6), 16) % 1e6).padStart(6, "0");
  await driver.executeQuery(CREATE_HCPS, {
    p: prefix,
    top,
    period,
    hcps: [
      { id: "H-KEEP", npi: `41${digits}01`, from: "2012-01-01", to: null, trx: 500 },
      { id: "H-OLD", npi: `41${digits}02`, from: "2012-01-01", to: "2024-12-31", trx: 400 },
      { id: "H-NEW", npi: `41${digits}03`, from: "2025-06-01", to: null, trx: 700 },
    ],
  });
  await materializeRollups(driver, { metric: "TRX", period });
});

describe("a large health system in the explore page", { timeout: 240_000 }, () => {
  it("opens from a deep link aggregated, with legible roll-ups and few nodes", async () => {
    await page.goto(api.url);
    await page.getByTestId("login-filter").fill(g.users.kam);
    await page.getByTestId(`login-user-${g.users.kam}`).click();
    await poll(() => page.getByTestId("current-user").textContent()).toContain("KAM");
    await page.goto(`${api.url}/#explore/hierarchy/${encodeURIComponent(g.ids.org)}?metric=TRX&period=${period}`);
    await page.reload();
    const group = groupId(g.ids.org, "ACCOUNT");
    await poll(async () => (await labelOf(group)) ?? "").toContain(`${BIG + 2} accounts`);

    const nodes = await rendered();
    expect(nodes.length).toBeLessThanOrEqual(5); // NET, ORG and one group instead of 302 accounts
    const orgRollup = await storedRollup(g.ids.org);
    expect(orgRollup).toBeGreaterThan(0);
    expect(await labelOf(g.ids.org)).toBe(`Health System ${g.surname}\nTRX ${compactNumber(orgRollup)}`);
    expect(await labelOf(group)).toMatch(new RegExp(`^${BIG + 2} accounts\\nΣ TRX [0-9.]+[kM]?$`));
    // Legible at the default zoom: a label drawn at least 8 px high.
    const fontPx = await page.evaluate((i) => {
      const cy = window.__cy!;
      return Number.parseFloat(cy.getElementById(i).style("font-size")) * cy.zoom();
    }, g.ids.org);
    expect(fontPx).toBeGreaterThanOrEqual(8);
  });

  it("expands the group into its biggest accounts, a batch at a time behind an N more node", async () => {
    const group = groupId(g.ids.org, "ACCOUNT");
    await tap(group);
    await poll(async () => (await labelOf(moreId(group))) ?? "").toContain(`${BIG + 2 - CHILDREN_PER_BATCH} more`);
    // The biggest are the new accounts with the highest numbers (own TRX grows with it; ACC1 and ACC2 have none this period).
    const biggest = Array.from({ length: CHILDREN_PER_BATCH }, (_, i) => id(`BIG-A${BIG - 1 - i}`));
    const accounts = (await rendered()).filter((n) => n.kind === "ACCOUNT" && n.role === "entity").map((n) => n.id);
    expect(accounts.sort()).toEqual([...biggest].sort());
    const smallestShown = await storedRollup(biggest.at(-1)!);
    expect(smallestShown).toBeGreaterThan(await storedRollup(id(`BIG-A${BIG - 1 - CHILDREN_PER_BATCH}`)));
    expect(smallestShown).toBeGreaterThan(await storedRollup(g.ids.acc1));
    expect(accounts).toContain(top);

    await tap(moreId(group));
    await poll(async () => (await labelOf(moreId(group))) ?? "").toContain(`${BIG + 2 - 2 * CHILDREN_PER_BATCH} more`);
    expect((await rendered()).filter((n) => n.kind === "ACCOUNT" && n.role === "entity")).toHaveLength(2 * CHILDREN_PER_BATCH);
  });

  it("finds an account hidden in the group, marks and reveals it", async () => {
    const hidden = id("BIG-A5");
    expect(await labelOf(hidden)).toBeUndefined();
    await page.getByTestId("graph-find").fill(`Big Site 005`);
    await page.getByTestId("graph-find").press("Enter");
    await poll(() => page.getByTestId("graph-find-count").textContent()).toBe("1 found");
    await poll(() => classesOf(hidden)).toContain("match");
  });

  it("shows the table of the visible nodes, sorts it, exports it and expands from it by keyboard", async () => {
    await page.getByTestId("table-toggle").click();
    const names = () => page.locator('[data-testid="hierarchy-table"] tbody tr td:first-child').allTextContents();
    await poll(async () => (await names()).length).toBe((await rendered()).length);
    await page.getByTestId("sort-name").click();
    const byName = await names();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));

    await page.getByTestId(`toggle-${top}`).focus();
    await page.keyboard.press("Enter");
    await poll(async () => (await rendered()).map((n) => n.id)).toEqual(expect.arrayContaining([id("H-KEEP"), id("H-NEW")]));
    expect((await rendered()).map((n) => n.id)).not.toContain(id("H-OLD")); // ended at the end of 2024

    const download = page.waitForEvent("download");
    await page.getByTestId("table-csv").click();
    const csv = await readFile((await (await download).path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(`id,name,kind,level,TRX ${period},parents,children`);
    expect(lines).toContain(`${top},Big Site 299 ${prefix},ACCOUNT,2,${await storedRollup(top)},1,2`);
    expect(lines).toHaveLength((await rendered()).length + 1);
    await expectAccessible(page, "explore: hierarchy with its table");
  });

  it("selecting an HCP emphasises its way up and dims the rest; the details show roll-ups as Neo4j holds them", async () => {
    await tap(id("H-KEEP"));
    await poll(() => classesOf(id("E-H-KEEP"))).toContain("on-path");
    expect(await classesOf(id("E-H-NEW"))).toContain("dimmed");
    await poll(() => page.getByTestId("rollup-value").textContent()).toBe("500");

    await page.locator(`[data-testid="row-${g.ids.org}"] button`).first().click();
    await poll(() => page.getByTestId("details").textContent()).toContain(g.ids.org);
    const orgRollup = await storedRollup(g.ids.org);
    await poll(() => page.getByTestId("rollup-value").textContent()).toBe(orgRollup.toLocaleString("en-US", { maximumFractionDigits: 2 }));
    expect(await page.getByTestId("child-count").textContent()).toBe(String(BIG + 2));
    expect(page.url()).toContain(`selected=${encodeURIComponent(g.ids.org)}`);
  });

  it("as of a past date shows an edge that has ended since", async () => {
    await page.getByTestId("as-of").fill("2024-06-01");
    await poll(() => page.url()).toContain("asOf=2024-06-01");
    // The newly loaded view starts collapsed again: no account drawn on its own.
    await poll(async () => (await rendered()).filter((n) => n.kind === "ACCOUNT" && n.role === "entity").length).toBe(0);
    await tap(groupId(g.ids.org, "ACCOUNT"));
    await poll(async () => (await rendered()).map((n) => n.id)).toContain(top);
    await emitOn(page, top, "dbltap");
    await poll(() => classesOf(id("E-H-OLD"))).not.toBeNull();
    expect(await classesOf(id("E-H-NEW"))).toBeNull(); // not yet in mid 2024
  });

  it("the diff between two dates marks added and ended edges by colour and line style, with a legend", async () => {
    await page.getByTestId("diff-from").fill("2024-06-01");
    await page.getByTestId("diff-to").fill("2025-12-31");
    await page.getByTestId("diff-show").click();
    await poll(() => classesOf(id("E-H-OLD"))).toContain("ended");
    expect(await classesOf(id("E-H-NEW"))).toContain("added");
    const styles = await page.evaluate(
      (ids) =>
        ids.map((i) => ({
          line: window.__cy!.getElementById(i).style("line-style"),
          colour: window.__cy!.getElementById(i).style("line-color"),
        })),
      [id("E-H-OLD"), id("E-H-NEW")],
    );
    expect(styles[0]!.line).not.toBe(styles[1]!.line);
    expect(styles[0]!.colour).not.toBe(styles[1]!.colour);
    await poll(() => page.getByTestId("legend").textContent()).toContain("ended edge (dotted)");
    // Roll-ups at both dates on the changed account: H-OLD's 400 then, H-NEW's 700 now.
    expect(await labelOf(top)).toBe(`Big Site 299 ${prefix}\nTRX ${compactNumber(3900)} → ${compactNumber(4200)}`);
    expect(page.url()).toContain("#explore/diff/");
    await expectAccessible(page, "explore: hierarchy diff");
  });

  it("the back button returns to the previous views; search results open through the routes", async () => {
    await page.goBack();
    await poll(() => page.url()).toContain("asOf=2024-06-01");
    await poll(() => page.getByTestId("as-of").inputValue()).toBe("2024-06-01");
    await poll(async () => (await classesOf(id("E-H-OLD"))) ?? []).not.toContain("ended");
    await page.goBack();
    await poll(() => page.url()).not.toContain("asOf=");
    await poll(() => page.getByTestId("as-of").inputValue()).toBe("");

    await page.getByTestId("search-input").fill(top);
    await page.getByTestId(`search-result-${top}`).click();
    await poll(() => page.url()).toContain(`#explore/hierarchy/${encodeURIComponent(top)}?`);
    expect(page.url()).toContain(`selected=${encodeURIComponent(top)}`);
    await poll(() => page.getByTestId("details").textContent()).toContain(top);
    await expectAccessible(page, "explore: hierarchy");
  });
});
