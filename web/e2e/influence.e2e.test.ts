import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import "./cy-window.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A KOL with 30 followers in three specialties (weights 0.1 to 1.0) and a target HCP outside its
 * network (two hops away) that it reaches through two paths: KOL -> F0 (0.95) -> T (0.9) = 0.855
 * and KOL -> F1 (0.5) -> T (0.5) = 0.25.
 * A KAM opens the KOL's influence network, filters edges by weight and asks for the paths to T.
 */
const prefix = uniquePrefix("infl");
const SPECIALTIES = ["Cardiology", "Oncology", "Neurology"];
const FOLLOWERS = Array.from({ length: 30 }, (_, i) => ({
  id: `${prefix}F${i}`,
  name: `Follower ${i} ${prefix}`,
  specialty: SPECIALTIES[i % 3]!,
  weight: i === 0 ? 0.95 : i === 1 ? 0.5 : Math.round((0.1 + ((i * 7) % 10) / 10) * 100) / 100,
}));
const KOL = `${prefix}KOL`;
const TARGET = `${prefix}T`;

const CREATE_NETWORK = `
CREATE (t:Territory {id: $p + 'TER', name: 'Influence ' + $p, region: 'R'})
CREATE (:User {id: $p + 'kam', name: 'Kay Kam ' + $p, role: 'KAM'})
CREATE (kol:HCP {id: $p + 'KOL', name: 'Kol Leader ' + $p, specialty: 'Cardiology', city: 'Austin', state: 'TX', credential: 'MD'})-[:ALIGNED_TO]->(t)
CREATE (target:HCP {id: $p + 'T', name: 'Target Doc ' + $p, specialty: 'Oncology', city: 'Austin', state: 'TX', credential: 'MD'})-[:ALIGNED_TO]->(t)
CREATE (:HCP {id: $p + 'LONE', name: 'Lone Doc ' + $p, specialty: 'Oncology', city: 'Austin', state: 'TX', credential: 'MD'})-[:ALIGNED_TO]->(t)
WITH kol, target, t
UNWIND $followers AS f
CREATE (h:HCP {id: f.id, name: f.name, specialty: f.specialty, city: 'Austin', state: 'TX', credential: 'MD'})-[:ALIGNED_TO]->(t)
CREATE (kol)-[:INFLUENCES {id: 'I-' + f.id, weight: f.weight, type: 'KOL'}]->(h)
WITH kol, target, collect(h) AS hs
WITH kol, target, hs[0] AS f0, hs[1] AS f1
CREATE (f0)-[:INFLUENCES {id: $p + 'I-F0-T', weight: 0.9, type: 'MENTOR'}]->(target)
CREATE (f1)-[:INFLUENCES {id: $p + 'I-F1-T', weight: 0.5, type: 'MENTOR'}]->(target)`;

let driver: Driver;
let page: Page;
let appUrl: string;

useWebApp(prefix, async (app) => {
  ({ driver, page } = app);
  appUrl = app.api.url;
  await driver.executeQuery(CREATE_NETWORK, { p: prefix, followers: FOLLOWERS });
});

interface RenderedNode {
  id: string;
  x: number;
  y: number;
  group: string | null;
  label: string;
  influence: number;
  classes: string[];
}

async function renderedNodes(): Promise<RenderedNode[]> {
  return page.evaluate(() =>
    window.__cy!.nodes().map((n) => ({
      id: n.id(),
      ...n.position(),
      group: n.data("group") as string | null,
      label: n.data("label") as string,
      influence: n.data("influence") as number,
      classes: n.classes() as unknown as string[],
    })),
  );
}

const visibleEdgeIds = () =>
  page.evaluate(() =>
    window
      .__cy!.edges()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort(),
  );

/** The ids, sorted, of the nodes (or edges) marked as on the highlighted path. */
const onPath = (group: "nodes" | "edges" = "nodes") =>
  page.evaluate(
    (g) =>
      window
        .__cy!.elements(g === "nodes" ? "node.on-path" : "edge.on-path")
        .map((e) => e.id())
        .sort(),
    group,
  );

describe("influence view", () => {
  it("opens a KOL's network with the KOL at the centre and its followers grouped in sectors", async () => {
    await page.goto(appUrl);
    await page.getByTestId("login-filter").fill(`${prefix}kam`);
    await page.getByTestId(`login-user-${prefix}kam`).click();
    await page.getByTestId("nav-explore").click(); // a key-account manager lands on their key accounts
    await page.getByTestId("search-input").fill(KOL);
    await page.getByTestId(`search-result-${KOL}`).click();
    await expect.poll(async () => (await renderedNodes()).length, { timeout: 20_000 }).toBe(1 + FOLLOWERS.length);

    const nodes = await renderedNodes();
    const kol = nodes.find((n) => n.id === KOL)!;
    const box = await page.evaluate(() => window.__cy!.nodes().boundingBox({}));
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const distance = (n: RenderedNode) => Math.hypot(n.x - centre.x, n.y - centre.y);
    const followers = nodes.filter((n) => n.id !== KOL);
    for (const f of followers) expect(distance(kol), `${f.id} farther out than the KOL`).toBeLessThan(distance(f));

    // Clockwise from the top, each specialty's followers come one after another: one run per group.
    const angle = (n: RenderedNode) => (Math.atan2(n.y - kol.y, n.x - kol.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);
    const runs = followers
      .sort((a, b) => angle(a) - angle(b))
      .map((n) => n.group)
      .filter((g, i, all) => i === 0 || g !== all[i - 1]);
    expect(runs).toHaveLength(new Set(runs).size);
    expect(new Set(runs)).toEqual(new Set(SPECIALTIES));
  });

  it("labels only the KOL and the most influential followers", async () => {
    const nodes = await renderedNodes();
    const labelled = nodes.filter((n) => n.label !== "");
    const topByInfluence = nodes
      .filter((n) => n.id !== KOL)
      .sort((a, b) => b.influence - a.influence || (a.id < b.id ? -1 : 1))
      .slice(0, 12)
      .map((n) => n.id);
    expect(labelled.map((n) => n.id).sort()).toEqual([KOL, ...topByInfluence].sort());
    // The labels are drawn: a label-less follower has an empty rendered label.
    const unlabelled = nodes.find((n) => n.label === "")!;
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).style("label"), unlabelled.id)).toBe("");
  });

  it("the weight slider hides the edges below it", async () => {
    const all = await visibleEdgeIds();
    expect(all).toHaveLength(FOLLOWERS.length);
    const slider = page.getByLabel("minimum weight");
    await slider.focus();
    for (let i = 0; i < 10; i++) await slider.press("ArrowRight");
    await expect.poll(() => page.getByTestId("influence-min-weight-value").textContent()).toBe("0.50");
    const strong = FOLLOWERS.filter((f) => f.weight >= 0.5)
      .map((f) => `I-${f.id}`)
      .sort();
    await expect.poll(visibleEdgeIds).toEqual(strong);
    expect(strong.length).toBeLessThan(all.length);
  });

  it("lists the strongest path to another HCP first and highlights it, adding the HCPs beyond the network", async () => {
    await page.getByLabel("to HCP").fill(TARGET);
    await page.getByRole("button", { name: "Find paths" }).click();
    const first = page.getByTestId("influence-path-0");
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain("strength 0.855");
    expect(await first.textContent()).toContain(`Follower 0 ${prefix}`);
    expect(await page.getByTestId("influence-path-1").textContent()).toContain("strength 0.250");
    expect(await first.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(onPath).toEqual([KOL, `${prefix}F0`, TARGET].sort());
    expect(await onPath("edges")).toEqual([`I-${prefix}F0`, `${prefix}I-F0-T`].sort());

    // The path's edge below the slider stays drawn; the target, two hops out, is drawn and labelled.
    expect(await visibleEdgeIds()).toContain(`${prefix}I-F0-T`);
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).data("label"), TARGET)).toBe(`Target Doc ${prefix}`);

    await page.getByTestId("influence-path-1").click();
    await expect.poll(onPath).toEqual([KOL, `${prefix}F1`, TARGET].sort());
  });

  it("says when there is no path, and shows the API's answer to an unknown HCP", async () => {
    await page.getByLabel("to HCP").fill(`${prefix}LONE`);
    await page.getByRole("button", { name: "Find paths" }).click();
    await expect.poll(() => page.getByTestId("influence-paths-empty").count()).toBe(1);
    expect(await page.evaluate(() => window.__cy!.nodes(".on-path").length)).toBe(0);
    await page.getByLabel("to HCP").fill(`${prefix}NOBODY`);
    await page.getByRole("button", { name: "Find paths" }).click();
    await expect.poll(() => page.getByTestId("influence-paths").getByRole("alert").textContent()).toContain("NOT_FOUND");
  });

  it("collapses a group into one node with a merged edge, and back", async () => {
    await page.getByText(/^groups \(/).click();
    await page.getByTestId("influence-group-Neurology").click();
    const merged = await page.evaluate(() =>
      window
        .__cy!.edges(".merged")
        .map((e) => ({ source: e.source().id(), target: e.target().id(), members: e.data("members") as number })),
    );
    expect(merged.some((e) => e.source === KOL && e.target === "group:Neurology" && e.members > 0)).toBe(true);
    await page.getByTestId("influence-group-Neurology").click();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes(".influence-group").length)).toBe(0);
  });

  it("is accessible", async () => {
    await expectAccessible(page, "influence view");
  });
});
