import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { materializeRollups } from "../../api/src/analytics/rollup-store/materialize.ts";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { addTrxValues, createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { emitOn } from "./cy-window.ts";
import { signIn as signInAs } from "./field-support.ts";
import { writePendingRequest } from "./review-fixture.ts";
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

const signIn = (user: string) => signInAs(page, api.url, user);

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
    await page.getByTestId("nav-explore").click(); // a key-account manager lands on their key accounts
    await page.getByTestId("search-input").fill(g.ids.org);
    await page.getByTestId(`search-result-${g.ids.org}`).click();
    await expect
      .poll(async () => (await page.getByTestId("graph").getAttribute("data-rendered-nodes")) ?? "0", { timeout: 15_000 })
      .not.toBe("0");
    // Accounts open collapsed (level of detail): a double tap on ACC2 draws its HCPs.
    await emitOn(page, g.ids.acc2, "dbltap");
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).length, g.ids.hcp2), { timeout: 15_000 }).toBe(1);
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
    await expectAccessible(page, "the reassign dialog");
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
    await expect.poll(() => request.getByTestId("request-status").textContent(), { timeout: 10_000 }).toBe("APPROVED");
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
    await expectAccessible(page, "the my affiliations page");
    await row.getByTestId("affiliation-propose-weight").click();
    await page.getByTestId("propose-weight-dialog").waitFor();
    await expectAccessible(page, "the propose weight dialog");
    await page.keyboard.press("Escape");
    await page.getByTestId("propose-weight-dialog").waitFor({ state: "detached" });
    await page.getByTestId("nav-explore").click();
    await page.getByTestId("search-input").fill(g.ids.hcp1a);
    await page.getByTestId(`search-result-${g.ids.hcp1a}`).click();
    await expect.poll(() => page.getByTestId("history-trail").textContent(), { timeout: 10_000 }).toContain("CONFIRM affiliation");
  });

  it("the queue in numbers matches Neo4j; an escalated request says why; the age filter lives in the URL", async () => {
    const base = { requester: g.users.rep1, territories: [g.ids.t1] };
    const escalated = await writePendingRequest(driver, {
      ...base,
      kind: "ADD_AFFILIATION",
      operations: [
        {
          op: "ADD_AFFILIATION",
          childId: g.ids.hcp2,
          parentId: g.ids.acc1,
          weight: 0.1,
          primary: false,
          type: "CONSULTING",
          validFrom: "2026-01-01",
        },
      ],
      reason: "old and large",
      ageDays: 10,
      escalation: ["touches 120 HCPs (more than 50)", `moves 40% of ${g.ids.org}'s TRX 2026-Q3 roll-up (more than 10%)`],
    });
    await writePendingRequest(driver, {
      ...base,
      kind: "UPDATE_AFFILIATION",
      operations: [{ op: "UPDATE_AFFILIATION", edgeId: `${g.prefix}E-h1b-a2`, expectedVersion: 1, confidence: 0.5 }],
      reason: "two days old",
      ageDays: 2,
    });
    await signIn(g.users.steward);
    await page.goto(`${api.url}/#review`);
    const expected = async () => {
      const { records } = await driver.executeQuery(
        `MATCH (cr:ChangeRequest {status: 'PENDING'})
         RETURN count(*) AS pending, count(CASE WHEN cr.requiresAdmin THEN 1 END) AS escalated,
                count(CASE WHEN cr.kind = 'ADD_AFFILIATION' THEN 1 END) AS adds,
                count(CASE WHEN cr.createdAt < datetime() - duration({days: 7}) THEN 1 END) AS old`,
      );
      const r = records[0]!;
      return ["pending", "escalated", "adds", "old"].map((k) => String(r.get(k)));
    };
    const shown = async () => {
      await page.reload();
      await page.getByTestId("summary-pending").waitFor({ timeout: 10_000 });
      return [
        await page.getByTestId("summary-pending").textContent(),
        await page.getByTestId("summary-escalated").textContent(),
        await page.getByTestId("summary-by-kind").locator('[data-key="ADD_AFFILIATION"] td').textContent(),
        await page.getByTestId("summary-by-age").locator('[data-key=">7d"] td').textContent(),
      ];
    };
    // Other browser tests may write requests meanwhile: compare one reading of each until they agree.
    await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await expected()), { timeout: 20_000 }).toBe(true);
    expect(Number(await page.getByTestId("summary-escalated").textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId("summary-oldest").textContent()).toMatch(/^\d+ d$/);
    await expectAccessible(page, "the review page");

    await page.getByTestId("review-territory").fill(g.ids.t1);
    await page.getByTestId("review-min-age").selectOption("7");
    await expect.poll(() => page.locator('[data-testid^="queue-row-"]').count(), { timeout: 10_000 }).toBe(1);
    expect(page.url()).toContain("minAge=7");
    await page.getByTestId(`queue-row-${escalated}`).click();
    const dialog = page.getByTestId("request-dialog");
    const why = await dialog.getByTestId("request-escalation").textContent();
    expect(why).toContain("only an ADMIN may approve it");
    expect(why).toContain("touches 120 HCPs (more than 50)");
    expect(why).toContain("moves 40% of");
    // HCP2's weights already sum to 1 on that day: the 10-day-old addition does not fit, and says so.
    await expect
      .poll(() => dialog.getByTestId("request-impact").textContent(), { timeout: 15_000 })
      .toMatch(/Could not load the impact: .*weights sum to 1\.1.*INTEGRITY_VIOLATION/);
    await dialog.getByTestId("request-close").click();
    await dialog.waitFor({ state: "detached" });
  });

  it("a deep link opens one request; comments show in order with author; the back button closes it", async () => {
    const id = await writePendingRequest(driver, {
      requester: g.users.rep1,
      territories: [g.ids.t1],
      kind: "UPDATE_AFFILIATION",
      operations: [{ op: "UPDATE_AFFILIATION", edgeId: `${g.prefix}E-h1b-a1`, expectedVersion: 1, confidence: 0.6 }],
      reason: "to discuss",
    });
    await page.goto(`${api.url}/#review/${id}`);
    const dialog = page.getByTestId("request-dialog");
    await dialog.getByTestId("request-no-comments").waitFor({ timeout: 10_000 });
    for (const text of ["first question", "second answer"]) {
      await dialog.getByTestId("request-comment-text").fill(text);
      await dialog.getByTestId("request-comment-add").click();
      await expect.poll(() => dialog.getByTestId("request-comments").textContent(), { timeout: 10_000 }).toContain(text);
    }
    const items = dialog.getByTestId("request-comments").locator("li");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain(g.users.steward);
    expect(await items.nth(0).textContent()).toContain("first question");
    expect(await items.nth(1).textContent()).toContain("second answer");
    await page.getByTestId("request-close").click();
    await dialog.waitFor({ state: "detached" });

    await page.goto(`${api.url}/#review?territory=${encodeURIComponent(g.ids.t1)}`);
    await page.getByTestId(`queue-row-${id}`).click();
    await dialog.getByTestId("request-diff").waitFor({ timeout: 10_000 });
    expect(page.url()).toContain(`#review/${id}`);
    await page.goBack();
    await dialog.waitFor({ state: "detached", timeout: 10_000 });
    expect(page.url()).not.toContain(id);
    await page.getByTestId(`queue-row-${id}`).waitFor();
  });

  it("add a second parent: the server's refusal names the field; rebalanced, the weights sum to 1", async () => {
    await page.getByTestId("nav-explore").click();
    await page.getByTestId("search-input").fill(g.ids.hcp1a);
    await page.getByTestId(`search-result-${g.ids.hcp1a}`).click();
    const section = page.getByTestId("affiliations");
    await section.getByTestId(`parent-edge-${g.ids.acc1}`).waitFor({ timeout: 10_000 });
    await section.getByTestId("add-affiliation").click();
    const dialog = page.getByTestId("add-affiliation-dialog");
    await dialog.getByTestId("add-affiliation-search").fill(g.ids.acc2);
    await dialog.getByTestId(`add-affiliation-pick-${g.ids.acc2}`).click();
    await dialog.getByTestId("add-affiliation-weight").fill("0.25");
    await dialog.getByTestId("add-affiliation-type").selectOption("CONSULTING");
    await dialog.getByTestId("add-affiliation-influence").selectOption("HIGH");
    await dialog.getByTestId("add-affiliation-rebalance").uncheck();
    await expectAccessible(page, "the add affiliation dialog");
    await dialog.getByTestId("change-apply").click();
    const refusal = await dialog.getByTestId("change-problems").textContent({ timeout: 10_000 });
    expect(refusal).toContain("operations.0.weight (ADD_AFFILIATION)");
    expect(refusal).toContain("above 1");

    await dialog.getByTestId("add-affiliation-rebalance").check();
    const plan = dialog.getByTestId("add-affiliation-plan");
    expect(await plan.locator(`[data-parent="${g.ids.acc1}"] td`).nth(2).textContent()).toBe("0.75");
    expect(await dialog.getByTestId("add-affiliation-sum").textContent()).toBe("1");
    await dialog.getByTestId("change-apply").click();
    await expect.poll(() => section.getByTestId("affiliations-message").textContent(), { timeout: 10_000 }).toBe("Applied.");
    await section.getByTestId(`parent-edge-${g.ids.acc2}`).waitFor({ timeout: 10_000 });
    expect(await section.getByTestId(`parent-edge-${g.ids.acc1}`).getByTestId("parent-weight").textContent()).toBe("0.75");
    expect(await section.getByTestId(`parent-edge-${g.ids.acc2}`).getByTestId("parent-weight").textContent()).toBe("0.25");
    const { records } = await driver.executeQuery(
      `MATCH (:HCP {id: $h})-[e:AFFILIATED_WITH]->(a:Account) WHERE e.validTo IS NULL
       RETURN a.id AS id, e.weight AS weight, e.primary AS primary, e.type AS type, e.influence AS influence ORDER BY id`,
      { h: g.ids.hcp1a },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: g.ids.acc1, weight: 0.75, primary: true, type: "ATTENDING", influence: 0.8 },
      { id: g.ids.acc2, weight: 0.25, primary: false, type: "CONSULTING", influence: 0.75 },
    ]);
  });

  it("edit an edge's type and influence level: a KAM's proposal goes to the queue, a steward's applies", async () => {
    const edge = `${g.prefix}E-h1b-a2`;
    const openEdit = async () => {
      await page.getByTestId("search-input").fill(g.ids.hcp1b);
      await page.getByTestId(`search-result-${g.ids.hcp1b}`).click();
      const parent = page.getByTestId("affiliations").getByTestId(`parent-edge-${g.ids.acc2}`);
      await parent.waitFor({ timeout: 10_000 });
      await parent.getByTestId("parent-edit").click();
      const dialog = page.getByTestId("edit-affiliation-dialog");
      await dialog.getByTestId("edit-affiliation-type").selectOption("ADMITTING");
      await dialog.getByTestId("edit-affiliation-influence").selectOption("HIGH");
      return dialog;
    };
    await signIn(g.users.kam);
    await page.getByTestId("nav-explore").click();
    let dialog = await openEdit();
    await expectAccessible(page, "the edit affiliation dialog");
    expect(await dialog.getByTestId("change-apply").count()).toBe(0);
    await dialog.getByTestId("change-propose").click();
    await expect.poll(() => page.getByTestId("affiliations-message").textContent(), { timeout: 10_000 }).toContain("PENDING");
    const { records: pending } = await driver.executeQuery(
      "MATCH (cr:ChangeRequest {requesterId: $kam, status: 'PENDING', kind: 'UPDATE_AFFILIATION'}) RETURN cr.operations AS ops",
      { kam: g.users.kam },
    );
    expect(pending.map((r) => JSON.parse(r.get("ops") as string)[0])).toContainEqual(
      expect.objectContaining({ edgeId: edge, type: "ADMITTING", influence: 0.75 }),
    );

    await signIn(g.users.steward);
    await page.getByTestId("nav-explore").click();
    dialog = await openEdit();
    await dialog.getByTestId("change-apply").click();
    await expect.poll(() => page.getByTestId("affiliations-message").textContent(), { timeout: 10_000 }).toBe("Applied.");
    const parent = page.getByTestId("affiliations").getByTestId(`parent-edge-${g.ids.acc2}`);
    await expect.poll(() => parent.getByTestId("parent-type").textContent(), { timeout: 10_000 }).toBe("ADMITTING");
    const { records } = await driver.executeQuery(
      "MATCH ()-[e:AFFILIATED_WITH {id: $edge}]->() RETURN e.type AS type, e.influence AS influence",
      {
        edge,
      },
    );
    expect(records[0]!.toObject()).toEqual({ type: "ADMITTING", influence: 0.75 });
  });
});
