import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { activateCredentialModel } from "../../api/test/fixtures/credential-scoring-model.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import type { TestGraphQL } from "../../api/test/graphql-client.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { graphqlAs, signIn } from "./field-support.ts";
import { useWebApp } from "./web-app.ts";

/**
 * Call plans and routes on the two-territory graph, in a cycle that holds today: the manager
 * approves T1's DRAFT plan (HCP1a, MD, segment A; HCP1b, DO, segment B); rep1 (home in Austin)
 * plans the week, sees Wednesday's route on the map (ACC1, both HCPs' primary account, opens on
 * Wednesdays only), reorders it, and records a visit from a stop.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2eplans");
const cycleId = `${prefix}C`;
let planId: string;

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const now = new Date();
const monday = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - ((now.getDay() + 6) % 7) * DAY_MS;
const wednesday = isoDate(monday + 2 * DAY_MS);

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  planId = `${cycleId}|${g.ids.t1}`;
  const as = { as: (user: string, q: string, v: Record<string, unknown>) => graphqlAs(api.url, user, q, v) } as unknown as TestGraphQL;
  const model = await activateCredentialModel(as, g.users.analyst, prefix);
  await driver.executeQuery("MATCH (a:Account {id: $id}) SET a.openingHours = $hours", {
    id: g.ids.acc1,
    hours: JSON.stringify([{ day: 3, open: "08:00", close: "17:00" }]),
  });
  // The cycle began the Monday before this week's: both targets are due this week (pro rata).
  const start = monday - 7 * DAY_MS;
  const cycle = await graphqlAs(
    api.url,
    g.users.manager,
    `mutation($id: ID!, $s: String!, $e: String!) { saveCycle(id: $id, name: "E2E cycle", startDate: $s, endDate: $e) { id } }`,
    { id: cycleId, s: isoDate(start), e: isoDate(start + 81 * DAY_MS) },
  );
  expect(cycle.errors).toBeUndefined();
  const generated = await graphqlAs(
    api.url,
    g.users.manager,
    `mutation($c: ID!, $m: String!, $t: [ID!]) { generateCallPlans(cycleId: $c, model: $m, territoryIds: $t, frequencies: [{segment: "A", callsPerCycle: 12}, {segment: "B", callsPerCycle: 6}]) { targets } }`,
    { c: cycleId, m: model, t: [g.ids.t1] },
  );
  expect(generated.data?.generateCallPlans.targets).toBe(2);
});

const planStatus = async () =>
  (await driver.executeQuery("MATCH (p:CallPlan {id: $id}) RETURN p.status AS s, p.reviewComment AS c", { id: planId })).records.map(
    (r) => [r.get("s"), r.get("c")],
  )[0];

const stopIds = () => page.locator('[data-testid^="map-stop-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));

describe("call plans and routes in the web app", () => {
  it("a manager lands on My team, sees the DRAFT plan's targets and approves it with a comment; the territory's KPIs count its targets", async () => {
    await signIn(page, api.url, g.users.manager);
    await page.getByTestId("manager-home").waitFor();
    await page.getByTestId("cycle-choice").selectOption(cycleId);
    await page.getByTestId("kpi-scope").selectOption(`TERRITORY:${g.ids.t1}`);
    await expect.poll(() => page.getByTestId("kpi-targets").locator("dd").textContent(), { timeout: 10_000 }).toBe("0");
    const card = page.getByTestId(`plan-${planId}`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByTestId("plan-status").textContent()).toBe("DRAFT");
    await card.getByTestId("plan-targets-toggle").click();
    await card.getByTestId(`plan-target-${g.ids.hcp1a}`).waitFor();
    expect(await card.getByTestId("plan-targets").locator("tbody tr").count()).toBe(2);
    // Rejecting needs a reason: the button waits for one.
    expect(await card.getByTestId("plan-reject").isDisabled()).toBe(true);
    await card.getByTestId("plan-comment").fill("good coverage");
    await card.getByTestId("plan-approve").click();
    await expect.poll(() => card.getByTestId("plan-status").textContent(), { timeout: 10_000 }).toBe("APPROVED");
    expect(await page.getByTestId("plans-message").textContent()).toContain("approved");
    expect(await planStatus()).toEqual(["APPROVED", "good coverage"]);
    await expect.poll(() => page.getByTestId("kpi-targets").locator("dd").textContent(), { timeout: 10_000 }).toBe("2");
    expect(await page.getByTestId("kpi-reach").locator("dd").textContent()).toBe("0%");
    await page.getByTestId(`rep-kpi-${g.users.rep1}`).waitFor();
  });

  it("a rep plans the week and sees Wednesday's route on the map: home, two numbered stops, the route, the list beside it", async () => {
    await signIn(page, api.url, g.users.rep1);
    await page.getByTestId("rep-home").waitFor();
    const notSeen = page.getByTestId("not-seen-targets");
    await notSeen.getByTestId(`target-${g.ids.hcp1a}`).waitFor({ timeout: 10_000 });
    await notSeen.getByTestId(`target-${g.ids.hcp1b}`).waitFor();
    await page.getByTestId("plan-week").click();
    await page.getByTestId("week-plan").waitFor({ timeout: 15_000 });
    await page.getByTestId(`day-tab-${wednesday}`).click();
    const map = page.getByTestId("route-map");
    await expect.poll(() => map.getAttribute("data-stops")).toBe("2");
    expect(await map.getAttribute("role")).toBe("img");
    expect(await map.locator(":scope > title").textContent()).toContain("Route of");
    expect(await map.locator("desc").textContent()).toContain("2 stop(s)");
    expect(await map.locator(".map-states path").count()).toBeGreaterThan(40);
    await map.getByTestId("map-home").waitFor();
    expect((await map.getByTestId("route-line").getAttribute("points"))!.split(" ")).toHaveLength(4);
    expect(await map.getByTestId("map-stop-1").getAttribute("aria-label")).toMatch(/^Stop 1: /);
    expect(await map.getByTestId("map-stop-1").locator("text").textContent()).toBe("1");
    const week = await graphqlAs(
      api.url,
      g.users.rep1,
      `query($w: String!) { weekPlan(weekStart: $w) { days { date visits { subjectId } } } }`,
      {
        w: isoDate(monday),
      },
    );
    const planned = week.data.weekPlan.days
      .find((d: { date: string }) => d.date === wednesday)
      .visits.map((v: { subjectId: string }) => v.subjectId);
    expect(await stopIds()).toEqual(planned);
    expect(await page.getByTestId("day-visits").locator("li").count()).toBe(2);
    await expectAccessible(page, "a rep's week plan with its map");
  });

  it("the rep moves the first stop later: the API reorders the day, the map follows", async () => {
    const before = await stopIds();
    const version = Number(await page.getByTestId("week-plan").getAttribute("data-version"));
    await page.getByTestId(`visit-${before[0]}`).getByTestId("visit-later").click();
    await expect.poll(() => page.getByTestId("week-plan").getAttribute("data-version"), { timeout: 10_000 }).toBe(String(version + 1));
    expect(await stopIds()).toEqual([before[1], before[0]]);
    const { records } = await driver.executeQuery("MATCH (w:WeekPlan {repId: $rep}) RETURN w.reordered AS r", { rep: g.users.rep1 });
    expect(records.map((r) => r.get("r"))).toEqual([true]);
  });

  it("'Record visit' on a stop opens the quick entry prefilled; the stored activity carries the planned time", async () => {
    await page.getByTestId(`visit-${g.ids.hcp1a}`).getByTestId("visit-record").click();
    const form = page.getByTestId("quick-entry");
    expect(await form.getByTestId("entry-hcp").inputValue()).toBe(g.ids.hcp1a);
    expect(await form.getByTestId("entry-account").inputValue()).toBe(g.ids.acc1);
    expect(await form.getByTestId("entry-duration").inputValue()).toBe("20");
    await form.getByTestId("entry-save").click();
    await expect.poll(() => page.getByTestId("queue-empty").isVisible(), { timeout: 10_000 }).toBe(true);
    const { records } = await driver.executeQuery(
      "MATCH (a:Activity {repId: $rep}) RETURN a.hcpId AS h, a.accountId AS acc, a.plannedAt AS p",
      {
        rep: g.users.rep1,
      },
    );
    expect(records.map((r) => [r.get("h"), r.get("acc"), r.get("p") !== null])).toEqual([[g.ids.hcp1a, g.ids.acc1, true]]);
    // Seen now: HCP1a leaves the list of targets not seen this cycle.
    await page.reload();
    await page.getByTestId(`target-${g.ids.hcp1b}`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId(`target-${g.ids.hcp1a}`).count()).toBe(0);
  });
});

describe("the manager sees the rep's work", () => {
  it("KPIs and weekly trend count the recorded visit; the rep's row opens their week plan and activities", async () => {
    await signIn(page, api.url, g.users.manager);
    await page.getByTestId("cycle-choice").selectOption(cycleId);
    await page.getByTestId("kpi-scope").selectOption(`TERRITORY:${g.ids.t1}`);
    await expect.poll(() => page.getByTestId("kpi-calls").locator("dd").textContent(), { timeout: 10_000 }).toBe("1");
    expect(await page.getByTestId("kpi-reach").locator("dd").textContent()).toBe("50%");
    const row = page.getByTestId(`rep-kpi-${g.users.rep1}`);
    expect(await row.locator("td").nth(1).textContent()).toBe("1");
    // One line per series in the weekly chart (ECharts draws SVG), and the numbers as a table.
    const volume = page.getByTestId("trend-volume");
    await expect.poll(() => volume.locator("svg path").count()).toBeGreaterThan(0);
    const weekRow = volume.locator("tbody tr", { hasText: isoDate(monday) });
    expect(await weekRow.locator("td").nth(1).textContent()).toBe("1");
    await row.getByTestId("rep-open").click();
    const detail = page.getByTestId("rep-detail");
    await detail.getByTestId("week-plan").waitFor({ timeout: 10_000 });
    await detail.getByTestId("rep-activities").locator("tbody tr").first().waitFor();
    expect(await detail.getByTestId("rep-activities").locator("tbody tr").count()).toBe(1);
    // Read-only for the manager: no reordering, no entry.
    expect(await detail.getByTestId("visit-later").count()).toBe(0);
    // The drill-down is a link of its own; back closes it.
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#team/${g.users.rep1}`));
    await expectAccessible(page, "a manager's drill-down into a rep");
    await page.goBack();
    await detail.waitFor({ state: "detached" });
    await page.goForward();
    await detail.getByTestId("week-plan").waitFor({ timeout: 10_000 });
  });
});
