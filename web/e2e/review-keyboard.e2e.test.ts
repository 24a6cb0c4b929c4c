import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { signIn } from "./field-support.ts";
import { focused, tabTo, writePendingRequest } from "./review-fixture.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A data steward reviews a request with the keyboard only: filters the queue, moves to the
 * request with the arrow keys, opens it with Enter, closes it with Escape (the focus is back on
 * its row), opens it again, comments, approves with a note in the decision dialog (Tab stays in
 * it), closes it (the focus goes to the queue, the decided row being gone), and the change is in Neo4j.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
let target: string;
let newer: string;
const prefix = uniquePrefix("e2ekbd");

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  const base = { requester: g.users.rep1, territories: [g.ids.t1] };
  target = await writePendingRequest(driver, {
    ...base,
    kind: "UPDATE_AFFILIATION",
    operations: [{ op: "UPDATE_AFFILIATION", edgeId: `${prefix}E-h1a-a1`, expectedVersion: 1, type: "CONSULTING" }],
    reason: "consults there now",
    ageDays: 2,
  });
  newer = await writePendingRequest(driver, {
    ...base,
    kind: "UPDATE_AFFILIATION",
    operations: [{ op: "UPDATE_AFFILIATION", edgeId: `${prefix}E-h1b-a1`, expectedVersion: 1, confidence: 0.8 }],
    reason: "seen in the field",
  });
});

describe("reviewing with the keyboard only", () => {
  it("filters, moves, opens, comments and approves; the edge changes in Neo4j", async () => {
    await signIn(page, api.url, g.users.steward);
    await page.goto(`${api.url}/#review`);
    await page.getByTestId("review-queue").or(page.getByTestId("review-empty")).waitFor({ timeout: 10_000 });

    await tabTo(page, "review-territory");
    await page.keyboard.type(g.ids.t1);
    await page.getByTestId(`queue-row-${target}`).waitFor({ timeout: 10_000 });
    expect(page.url()).toContain(`territory=${encodeURIComponent(g.ids.t1)}`);
    await expect.poll(() => page.locator('[data-testid^="queue-row-"]').count(), { timeout: 10_000 }).toBe(2);

    // Newest first: Tab reaches the newer request's row (the queue's one tab stop), the arrow key the target's.
    await tabTo(page, `queue-row-${newer}`);
    await page.keyboard.press("ArrowDown");
    await expect.poll(async () => (await focused(page)).requestId).toBe(target);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    expect((await focused(page)).requestId).toBe(target);

    await page.keyboard.press("Enter");
    const dialog = page.getByTestId("request-dialog");
    await dialog.getByTestId("request-diff").waitFor({ timeout: 10_000 });
    expect(page.url()).toContain(`#review/${target}`);
    await expectAccessible(page, "the request dialog");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(page.url()).not.toContain(target);
    expect((await focused(page)).requestId).toBe(target);

    await page.keyboard.press("Enter");
    await dialog.getByTestId("request-diff").waitFor({ timeout: 10_000 });
    await tabTo(page, "request-comment-text");
    await page.keyboard.type("Checked with the clinic: consulting.");
    await page.keyboard.press("Tab");
    expect((await focused(page)).testId).toBe("request-comment-add");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => dialog.getByTestId("request-comments").textContent(), { timeout: 10_000 })
      .toContain("Checked with the clinic: consulting.");

    await tabTo(page, "request-approve");
    await page.keyboard.press("Enter");
    const decision = page.getByTestId("decision-dialog");
    await decision.waitFor();
    await expectAccessible(page, "the decision dialog");
    expect((await focused(page)).testId).toBe("decision-text");
    await page.keyboard.type("fine");
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      expect((await focused(page)).dialog).toBe("decision-dialog");
    }
    await tabTo(page, "decision-confirm");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.getByTestId("request-status").textContent(), { timeout: 15_000 }).toBe("APPROVED");
    await decision.waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // The decided request left the pending queue: the focus goes to the queue's tab stop.
    await expect.poll(async () => (await focused(page)).requestId, { timeout: 10_000 }).toBe(newer);

    const { records } = await driver.executeQuery(
      `MATCH ()-[e:AFFILIATED_WITH {id: $edge}]->() MATCH (cr:ChangeRequest {id: $id})
       RETURN e.type AS type, e.version AS version, cr.status AS status, cr.decidedBy AS by, cr.comments AS comments`,
      { edge: `${prefix}E-h1a-a1`, id: target },
    );
    const r = records[0]!.toObject();
    expect(r.type).toBe("CONSULTING");
    expect(Number(r.version)).toBe(2);
    expect(r.status).toBe("APPROVED");
    expect(r.by).toBe(g.users.steward);
    expect((r.comments as string[]).map((c) => JSON.parse(c).text)).toEqual(["Checked with the clinic: consulting.", "fine"]);
  });
});
