import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import type { RunningApi } from "../../api/src/server/start-server.ts";
import { adoptionSurvey } from "../../api/test/fixtures/adoption-survey.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../../api/test/fixtures/two-territory-graph.ts";
import { uniquePrefix } from "../../test/db.ts";
import { expectAccessible } from "./axe.ts";
import { graphqlAs, signIn } from "./field-support.ts";
import { useWebApp } from "./web-app.ts";

/**
 * A rep on "My day" (the two-territory graph; rep1 covers HCP1a): answers a profiling survey with
 * skip logic and the server's problems per question, records a visit, and records one while
 * offline that reaches the API once, even though the answer to its first send was lost.
 */
let driver: Driver;
let api: RunningApi;
let page: Page;
let g: TwoTerritoryGraph;
const prefix = uniquePrefix("e2efield");
const surveyKey = `fe${Math.random().toString(36).slice(2, 10)}`;

useWebApp(prefix, async (app) => {
  ({ driver, api, page } = app);
  g = await createTwoTerritoryGraph(driver, prefix);
  const saved = await graphqlAs(api.url, g.users.analyst, `mutation($d: String!) { saveSurvey(definition: $d) { version } }`, {
    d: JSON.stringify(adoptionSurvey(surveyKey)),
  });
  await graphqlAs(api.url, g.users.analyst, `mutation($k: String!) { activateSurvey(key: $k, version: 1) { status } }`, {
    k: surveyKey,
  });
  expect(saved.errors).toBeUndefined();
});

const activitiesOf = async (repId: string) =>
  (
    await driver.executeQuery("MATCH (a:Activity {repId: $repId}) RETURN a.idempotencyKey AS key, a.hcpId AS hcp ORDER BY a.createdAt", {
      repId,
    })
  ).records.map((r) => ({ key: r.get("key") as string, hcp: r.get("hcp") as string }));

const currentAnswers = async () => {
  const d = await graphqlAs(
    api.url,
    g.users.rep1,
    `query($id: ID!, $s: String) { surveyAnswers(subjectId: $id, survey: $s) { question value } }`,
    {
      id: g.ids.hcp1a,
      s: surveyKey,
    },
  );
  return Object.fromEntries((d.data.surveyAnswers as { question: string; value: string }[]).map((a) => [a.question, JSON.parse(a.value)]));
};

async function recordVisit(hcpId: string): Promise<string> {
  await page.getByTestId("record-activity").click();
  const form = page.getByRole("dialog", { name: "Record an activity" });
  await form.getByTestId("entry-hcp").fill(hcpId);
  await form.getByTestId("entry-duration").fill("15");
  await form.getByTestId("entry-products").fill("Cardiox");
  await form.getByTestId("entry-save").click();
  await form.waitFor({ state: "detached" });
  return (await page.getByTestId("entry-saved").getAttribute("data-key"))!;
}

describe("field entry in the web app, as a rep", () => {
  it("a rep lands on My day and answers a survey: skip logic, required markers, the server's problems per question", async () => {
    await signIn(page, api.url, g.users.rep1);
    await page.getByTestId("rep-home").waitFor();
    await page.getByTestId("survey-subject").fill(g.ids.hcp1a);
    await page.getByTestId("survey-open").click();
    const panel = page.getByTestId("survey-panel");
    await panel.waitFor();
    // Other test files may have active HCP surveys on the shared database: pick ours when there is a choice.
    // The panel loads its surveys first: wait for the choice or the form before deciding.
    const choice = panel.getByTestId("survey-choice");
    const form = panel.getByTestId(`survey-form-${surveyKey}`);
    await choice.or(form).first().waitFor();
    if (await choice.isVisible()) await choice.selectOption(surveyKey);
    await form.waitFor();

    const treats = form.getByTestId("survey-q-treats");
    expect(await treats.locator("legend").textContent()).toContain("(required)");
    expect(await form.getByTestId("survey-q-patients").count()).toBe(0);
    await form.getByTestId("survey-q-treats-yes").check();
    await form.getByTestId("survey-q-patients").waitFor();
    await expectAccessible(page, "a survey form");

    // Required and shown but empty: marked before anything is sent.
    await form.getByTestId("survey-submit").click();
    expect(await form.getByTestId("survey-problem-patients").textContent()).toBe("required");

    // Only the server checks ranges and choice limits: its problems come back per question.
    await form.getByTestId("survey-q-patients-input").fill("900");
    for (const c of ["visit", "email", "webinar"]) await form.getByTestId(`survey-q-channels-${c}`).check();
    await form.getByTestId("survey-submit").click();
    await expect.poll(() => form.getByTestId("survey-problem-patients").textContent({ timeout: 10_000 })).toBe("must be between 0 and 500");
    expect(await form.getByTestId("survey-problem-channels").textContent()).toBe("at most 2 choices");
    expect(await currentAnswers()).toEqual({});

    await form.getByTestId("survey-q-patients-input").fill("40");
    await form.getByTestId("survey-q-channels-webinar").uncheck();
    await form.getByTestId("survey-q-email_topics-input").fill("dosing");
    await form.getByTestId("survey-q-recommend-9").check();
    await form.getByTestId("survey-submit").click();
    await expect.poll(() => form.getByTestId("survey-message").textContent(), { timeout: 10_000 }).toContain("Saved: 5 answer(s)");
    expect(await currentAnswers()).toEqual({
      treats: "yes",
      patients: 40,
      channels: ["visit", "email"],
      email_topics: "dosing",
      recommend: 9,
    });

    // "no" hides patients: its answer is not sent, and the server clears the stored one.
    await form.getByTestId("survey-q-treats-no").check();
    expect(await form.getByTestId("survey-q-patients").count()).toBe(0);
    await form.getByTestId("survey-submit").click();
    await expect.poll(() => form.getByTestId("survey-message").textContent(), { timeout: 10_000 }).toContain("1 cleared");
    expect(await currentAnswers()).toEqual({ treats: "no", channels: ["visit", "email"], email_topics: "dosing", recommend: 9 });
  });

  it("records a visit: queued, sent, listed, stored once", async () => {
    const key = await recordVisit(g.ids.hcp1a);
    await expect.poll(() => page.getByTestId("queue-empty").isVisible(), { timeout: 10_000 }).toBe(true);
    // The visit has no key message, so it is also listed under late reports (missing fields): read the recent list.
    await page.getByTestId("recent-activities").getByTestId(`activity-${g.users.rep1}|${key}`).waitFor({ timeout: 10_000 });
    expect((await activitiesOf(g.users.rep1)).filter((a) => a.key === key)).toEqual([{ key, hcp: g.ids.hcp1a }]);
  });

  it("records a visit offline; the answer to its first send is lost; after a reload and back online it is stored exactly once", async () => {
    const context = page.context();
    const before = (await activitiesOf(g.users.rep1)).length;
    await context.setOffline(true);
    await page.getByTestId("offline-badge").waitFor();
    const key = await recordVisit(g.ids.hcp1b);
    expect(await page.getByTestId("queue-waiting").textContent()).toContain("1 waiting to send");
    await page.waitForTimeout(500);
    expect(await activitiesOf(g.users.rep1)).toHaveLength(before);

    // Back online, the first send reaches the server but its answer never comes back.
    let lost = 0;
    await page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("RecordActivity")) return route.continue();
      await route.fetch();
      lost++;
      await route.abort("connectionreset");
    });
    await context.setOffline(false);
    await expect.poll(() => lost, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => activitiesOf(g.users.rep1).then((a) => a.filter((x) => x.key === key).length)).toBe(1);
    expect(await page.getByTestId("queue-waiting").textContent()).toContain("1 waiting to send");

    // The queue survives a reload (localStorage), with the API out of reach (a reload offline has no page to show without a service worker).
    await page.unroute("**/graphql");
    await page.route("**/graphql", (route) =>
      route.request().postData()?.includes("RecordActivity") ? route.abort("connectionrefused") : route.continue(),
    );
    await page.reload();
    await page.getByTestId("rep-home").waitFor();
    expect(await page.getByTestId("queue-waiting").textContent()).toContain("1 waiting to send");

    // Offline, then online: the online event sends it again under the same key; the server answers created: false.
    await context.setOffline(true);
    await page.getByTestId("offline-badge").waitFor();
    await page.unroute("**/graphql");
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId("queue-empty").isVisible(), { timeout: 15_000 }).toBe(true);
    expect((await activitiesOf(g.users.rep1)).filter((a) => a.key === key)).toEqual([{ key, hcp: g.ids.hcp1b }]);
    expect(await activitiesOf(g.users.rep1)).toHaveLength(before + 1);
  });
});

describe("an entry the server refuses", () => {
  it("waits under Needs attention with the server's message, is not retried, and leaves when discarded", async () => {
    // HCP2 is in rep2's territory: for rep1 it does not exist (NOT_FOUND), whatever the network does.
    const key = await recordVisit(g.ids.hcp2);
    const entry = page.getByTestId(`attention-${key}`);
    await entry.waitFor({ timeout: 10_000 });
    expect(await entry.textContent()).toContain("not found");
    expect(await page.getByTestId("queue-empty").isVisible()).toBe(true);
    expect((await activitiesOf(g.users.rep1)).filter((a) => a.key === key)).toEqual([]);
    await page.reload();
    await page.getByTestId(`attention-${key}`).waitFor();
    await page.getByTestId(`attention-${key}`).getByRole("button", { name: "Discard" }).click();
    expect(await page.getByTestId("queue-attention").count()).toBe(0);
  });
});
