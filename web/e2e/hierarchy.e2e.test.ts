import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { seedDatabase, seededUsers } from "@pharmagraph/seed";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { uniquePrefix } from "../../test/db.ts";
import { emitOn } from "./cy-window.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A rep signs in through the development login, searches, opens a health system's hierarchy and
 * an HCP's influence network; the Cytoscape graph must show exactly what the API returns for
 * that rep, and nothing outside the rep's territories.
 */

let driver: Driver;
let api: RunningApi;
let page: Page;
const prefix = uniquePrefix("e2e");
const rep = seededUsers("tiny", 7, prefix).find((u) => u.role === "REP")!;

async function graphqlAs(userId: string, query: string, variables: Record<string, unknown>) {
  const { token } = (await (await fetch(`${api.url}/auth/dev/token`, { method: "POST", body: JSON.stringify({ userId }) })).json()) as {
    token: string;
  };
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: any }).data;
}

/** Entities drawn (not the level of detail's group and "more" nodes). */
async function renderedNodeIds(): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__cy!.nodes("[role = 'entity']")
      .map((n) => n.id())
      .sort(),
  );
}

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  await seedDatabase(driver, { scale: "tiny", seed: 7, idPrefix: prefix });
});

describe("web app, as a rep", () => {
  it("signs in with the development login picker", async () => {
    await page.goto(api.url);
    await page.getByTestId("login-filter").fill(rep.id);
    await page.getByTestId(`login-user-${rep.id}`).click();
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("REP");
  });

  it("searches for a health system and sees its hierarchy, exactly as the API returns it for this rep", async () => {
    // An organization with an account in the rep's territories: the hierarchy below it is partly visible.
    const { records } = await driver.executeQuery(
      `MATCH (o:Organization)<-[:AFFILIATED_WITH]-(a:Account)-[:ALIGNED_TO]->(t:Territory)
       WHERE o.id STARTS WITH $prefix AND t.id IN $territories
       RETURN o.id AS id, o.name AS name, count(a) AS n ORDER BY n DESC LIMIT 1`,
      { prefix, territories: rep.covers },
    );
    const org = { id: records[0]!.get("id") as string, name: records[0]!.get("name") as string };

    await page.getByTestId("nav-explore").click(); // a rep lands on "My day"
    await page.getByTestId("search-input").fill(org.id);
    await page.getByTestId(`search-result-${org.id}`).click();
    await expect
      .poll(async () => (await page.getByTestId("graph").getAttribute("data-rendered-nodes")) ?? "0", { timeout: 60_000 })
      .not.toBe("0");

    const expected = await graphqlAs(
      rep.id,
      `query($id: ID!) { hierarchy(id: $id, depthUp: 3, depthDown: 3, maxNodes: 1000) { nodes { id } } }`,
      { id: org.id },
    );
    const expectedIds: string[] = expected.hierarchy.nodes.map((n: { id: string }) => n.id);
    await expect.poll(async () => (await renderedNodeIds()).length).toBeGreaterThan(1);
    // The organization opens with its accounts (or a group of them); each drawn entity is one the API returned.
    for (const id of await renderedNodeIds()) expect(expectedIds).toContain(id);
    const kinds = () => page.evaluate(() => window.__cy!.nodes().map((n) => n.data("kind") as string));
    expect(await kinds()).toContain("ACCOUNT");
    expect(await kinds()).toContain("ORGANIZATION");
    expect(await kinds()).not.toContain("HCP");

    // Expanding an account from the table (keyboard) draws its HCPs; many accounts come as a group, expanded first.
    await page.evaluate(() => {
      window.__cy!.nodes(".group").emit("tap");
    });
    await page.getByTestId("table-toggle").click();
    const account = await page.evaluate(() => window.__cy!.nodes(".account.collapsed[role = 'entity']").first().id());
    await page.getByTestId(`toggle-${account}`).focus();
    await page.keyboard.press("Enter");
    await expect.poll(kinds).toContain("HCP");
    for (const id of await renderedNodeIds()) expect(expectedIds).toContain(id);

    // Nothing outside the rep's territories is drawn.
    const { records: hidden } = await driver.executeQuery(
      `MATCH (n) WHERE n.id IN $ids AND (n:HCP OR n:Account) AND NOT EXISTS { (n)-[:ALIGNED_TO]->(t:Territory) WHERE t.id IN $territories } RETURN n.id AS id`,
      { ids: await renderedNodeIds(), territories: rep.covers },
    );
    expect(hidden).toEqual([]);
    // The history of the whole hierarchy is not a rep's to read: the as-of date is offered, the diff between two dates is not.
    expect(await page.getByTestId("as-of").count()).toBe(1);
    expect(await page.getByTestId("diff-show").count()).toBe(0);
    // Primary and secondary affiliations are drawn differently, widths follow weights.
    const edgeStyles = await page.evaluate(() =>
      window
        .__cy!.edges()
        .map((e) => ({ primary: e.hasClass("primary"), style: e.style("line-style") as string, width: e.data("width") as number })),
    );
    expect(edgeStyles.length).toBeGreaterThan(0);
    for (const e of edgeStyles) expect(e.style).toBe(e.primary ? "solid" : "dashed");
  });

  it("opens an HCP's details and influence network", async () => {
    const hcpId = await page.evaluate(() => window.__cy!.nodes(".hcp").first().id());
    await emitOn(page, hcpId, "tap");
    await expect.poll(() => page.getByTestId("details").textContent()).toContain(hcpId);
    await page.getByRole("button", { name: "Open influence network" }).click();

    const expected = await graphqlAs(rep.id, `query($id: ID!) { influenceNetwork(hcpId: $id, depth: 1, maxNodes: 150) { nodes { id } } }`, {
      id: hcpId,
    });
    const expectedIds = expected.influenceNetwork.nodes.map((n: { id: string }) => n.id).sort();
    await expect.poll(renderedNodeIds, { timeout: 15_000 }).toEqual(expectedIds);
    expect(expectedIds).toContain(hcpId);
  });

  it("signs out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect.poll(() => page.getByTestId("login-filter").count()).toBe(1);
  });
});
