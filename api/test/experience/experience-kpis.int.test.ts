import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { driverRunner } from "../../src/db/cypher-runner.ts";
import { refreshExperience } from "../../src/experience/facts/experience-facts.ts";
import { runImport } from "../../src/ingest/run-import.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { importActivities } from "../field/reporting-support.ts";

/**
 * Customer-experience KPIs through the hierarchy, against hand-computed weighted values on the
 * two-territory fixture (HCP1b counts 0.5 for ACC1 and 0.5 for ACC2; ACC1 and ACC2 are the ORG's).
 * November 2026 answers: HCP1a NPS 10 and 9, HCP1b NPS 3 and CSAT 5, HCP2 NPS 8 and 0 and CSAT 2.
 */
const f = useTwoTerritoryApi("experience");
const dir = mkdtempSync(path.join(tmpdir(), "experience-"));
const NOV = { from: "2026-11", to: "2026-11" };

const KPIS = `kpis {
  nps { score band responses promoters passives detractors low high distribution }
  csat { score responses satisfied }
  engagement { delivered activated rate reachedHcps engagedHcps actionsPerHcp minutesPerHcp byChannel { channel delivered activated rate } }
  retention { period crr start end new }
}`;
const EXPERIENCE = `query($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {
  experience(id: $id, territoryId: $territoryId, region: $region, from: $from, to: $to) { id name kind from to ${KPIS} trend { month nps { score responses } } }
}`;
const RECORD = `mutation($input: FeedbackInput!, $key: String!) { recordFeedback(input: $input, idempotencyKey: $key) { id created } }`;

async function importFile(kind: "feedback" | "touchpoints", header: string, rows: string[]) {
  const file = path.join(dir, `${kind}.csv`);
  writeFileSync(file, `${[header, ...rows].join("\n")}\n`);
  return runImport(f.driver, {
    kind,
    filePath: file,
    fileName: `${f.g.prefix}${kind}.csv`,
    mode: "all-or-nothing",
    actor: f.g.users.steward,
  });
}

async function experience(user: string, vars: Record<string, unknown>) {
  return f.api.as(user, EXPERIENCE, { ...NOV, ...vars });
}

async function kpis(user: string, vars: Record<string, unknown>) {
  const r = await experience(user, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.experience.kpis;
}

beforeAll(async () => {
  const { hcp1a, hcp1b, hcp2 } = f.g.ids;
  const p = f.g.prefix;
  const imported = await importFile("feedback", "feedback_id,hcp_id,kind,score,about,answered_at,channel", [
    `${p}fb1,${hcp1a},NPS,10,COMPANY,2026-11-03T10:00:00-06:00,EMAIL_CAMPAIGN`,
    `${p}fb2,${hcp1a},NPS,9,PRODUCT,2026-11-20T10:00:00-06:00,`,
    `${p}fb3,${hcp1b},NPS,3,COMPANY,2026-11-05T10:00:00-06:00,`,
    `${p}fb4,${hcp1b},CSAT,5,INTERACTION,2026-11-05T10:00:00-06:00,REP_VISIT`,
    `${p}fb5,${hcp2},NPS,8,COMPANY,2026-11-07T10:00:00-06:00,`,
    `${p}fb6,${hcp2},CSAT,2,EVENT,2026-11-07T10:00:00-06:00,EVENT`,
  ]);
  expect(imported.status).toBe("SUCCEEDED");
  expect(imported.rollupRefresh?.status).toBe("DONE");
  const touched = await importFile("touchpoints", "touchpoint_id,hcp_id,channel,occurred_at,stage,delivered,events,minutes", [
    `${p}tp1,${hcp1a},EMAIL_CAMPAIGN,2026-11-02T09:00:00-06:00,AWARENESS,true,OPENED;CLICKED,2`,
    `${p}tp2,${hcp1a},EMAIL_CAMPAIGN,2026-11-09T09:00:00-06:00,AWARENESS,true,,0`,
    `${p}tp3,${hcp1a},EMAIL_CAMPAIGN,2026-11-16T09:00:00-06:00,AWARENESS,false,,0`,
    `${p}tp4,${hcp2},WEBINAR,2026-11-12T18:00:00-06:00,CONSIDERATION,true,ATTENDED,45`,
  ]);
  expect(touched.status).toBe("SUCCEEDED");
  // The sixth answer is entered, twice with one key: stored once.
  for (let i = 0; i < 2; i++) {
    const r = await f.api.as(f.g.users.rep2, RECORD, {
      key: `${p}nps-hcp2-0`.replace(/[^A-Za-z0-9_-]/g, "-"),
      input: { hcpId: hcp2, kind: "NPS", score: 0, about: "COMPANY", answeredAt: "2026-11-28T16:00:00-06:00" },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordFeedback.created).toBe(i === 0);
  }
});

describe("experience KPIs through the hierarchy", () => {
  it("an account weighs each HCP's answers by its affiliation weight: ACC1 60 (excellent), ACC2 -60", async () => {
    const acc1 = await kpis(f.g.users.analyst, { id: f.g.ids.acc1 });
    // HCP1a (1.0): 2 promoters; HCP1b (0.5): 0.5 detractor. (2 - 0.5) / 2.5 = 60
    expect(acc1.nps).toMatchObject({ responses: 2.5, promoters: 2, detractors: 0.5, band: "EXCELLENT" });
    expect(acc1.nps.score).toBeCloseTo(60, 9);
    const acc2 = await kpis(f.g.users.analyst, { id: f.g.ids.acc2 });
    // HCP1b (0.5): 0.5 detractor; HCP2: one passive, one detractor. (0 - 1.5) / 2.5 = -60
    expect(acc2.nps).toMatchObject({ responses: 2.5, passives: 1, detractors: 1.5, band: "NEEDS_WORK" });
    expect(acc2.nps.score).toBeCloseTo(-60, 9);
  });

  it("the organization and the network sum their children: NPS 0 exactly (the band edge: needs work), CSAT 50%", async () => {
    for (const id of [f.g.ids.org, f.g.ids.net]) {
      const k = await kpis(f.g.users.kam, { id });
      expect(k.nps).toMatchObject({ responses: 5, promoters: 2, detractors: 2, band: "NEEDS_WORK" });
      expect(k.nps.score).toBeCloseTo(0, 9);
      expect(k.nps.distribution).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]);
      // HCP1b's CSAT 5 counts 0.5 + 0.5, HCP2's 2 counts 1
      expect(k.csat).toMatchObject({ score: 50, responses: 2, satisfied: 1 });
    }
  });

  it("engagement: activated over delivered per channel; an undelivered email counts nowhere", async () => {
    const e = (await kpis(f.g.users.manager, { id: f.g.ids.org })).engagement;
    const channel = (c: string) => e.byChannel.find((x: { channel: string }) => x.channel === c);
    expect(channel("EMAIL_CAMPAIGN")).toEqual({ channel: "EMAIL_CAMPAIGN", delivered: 2, activated: 1, rate: 0.5 });
    expect(channel("WEBINAR")).toEqual({ channel: "WEBINAR", delivered: 1, activated: 1, rate: 1 });
    expect(e).toMatchObject({ delivered: 3, activated: 2, reachedHcps: 2, engagedHcps: 2, actionsPerHcp: 1.5 });
    expect(e.minutesPerHcp).toBeCloseTo(23.5, 9);
  });

  it("a territory counts the HCPs aligned to it once each: T1 is HCP1a and HCP1b, 33.3", async () => {
    const r = await experience(f.g.users.manager, { territoryId: f.g.ids.t1 });
    expect(r.data!.experience).toMatchObject({ kind: "TERRITORY", id: f.g.ids.t1 });
    expect(r.data!.experience.kpis.nps).toMatchObject({ responses: 3, promoters: 2, detractors: 1 });
    expect(r.data!.experience.kpis.nps.score).toBeCloseTo(100 / 3, 9);
  });

  it("a REP's figures count only their territories' HCPs: the ORG is 33.3 for rep1, not 0; HCP2 and T2 stay hidden", async () => {
    const org = await kpis(f.g.users.rep1, { id: f.g.ids.org });
    expect(org.nps).toMatchObject({ responses: 3, promoters: 2, detractors: 1 });
    expect(org.csat).toMatchObject({ responses: 1, satisfied: 1 });
    expect((await experience(f.g.users.rep1, { id: f.g.ids.hcp2 })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await experience(f.g.users.rep1, { territoryId: f.g.ids.t2 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("the trend has every month of the range, empty ones without a value", async () => {
    const r = await experience(f.g.users.analyst, { id: f.g.ids.org, from: "2026-10", to: "2026-12" });
    expect(r.data!.experience.trend).toEqual([
      { month: "2026-10", nps: { score: null, responses: 0 } },
      { month: "2026-11", nps: { score: 0, responses: 5 } },
      { month: "2026-12", nps: { score: null, responses: 0 } },
    ]);
  });

  it("a region counts the HCPs of all its territories once each; a REP covering part of it may not read it", async () => {
    const region = `${f.g.prefix}region`;
    await f.driver.executeQuery("MATCH (t:Territory) WHERE t.id IN $ids SET t.region = $region", { ids: [f.g.ids.t1, f.g.ids.t2], region });
    const r = await experience(f.g.users.manager, { region });
    expect(r.data!.experience).toMatchObject({ kind: "REGION", id: region });
    expect(r.data!.experience.kpis.nps).toMatchObject({ responses: 5, promoters: 2, passives: 1, detractors: 2, score: 0 });
    expect((await experience(f.g.users.rep1, { region })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await experience(f.g.users.analyst, { region: `${f.g.prefix}nowhere` })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const two = await experience(f.g.users.analyst, { region, territoryId: f.g.ids.t1 });
    expect(two.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("CRR per quarter from TRX: S = 0 gives no value; the ORG keeps 1 of 2 prescribers (50%), ACC1 100%, ACC2 0%", async () => {
    const { hcp1a, hcp1b } = f.g.ids;
    // The fixture has TRX 2026-Q3 for HCP1a and HCP2; in Q4 HCP1a and HCP1b prescribe, HCP2 stops.
    await f.driver.executeQuery(
      `UNWIND $rows AS r MATCH (h:HCP {id: r.id})
       CREATE (h)-[:HAS_METRIC]->(:MetricValue {id: r.id + '|TRX|2026-Q4', entityId: r.id, metric: 'TRX', period: '2026-Q4', value: r.value})`,
      {
        rows: [
          { id: hcp1a, value: 50.0 },
          { id: hcp1b, value: 10.0 },
        ],
      },
    );
    await refreshExperience(driverRunner(f.driver), { metrics: [hcp1a, hcp1b, f.g.ids.hcp2] });
    const range = { from: "2026-07", to: "2026-12" };
    const retention = async (id: string) => (await kpis(f.g.users.analyst, { id, ...range })).retention;
    expect(await retention(f.g.ids.org)).toEqual([
      { period: "2026-Q3", crr: null, start: 0, end: 2, new: 2 },
      { period: "2026-Q4", crr: 50, start: 2, end: 2, new: 1 },
    ]);
    expect((await retention(f.g.ids.acc1))[1]).toEqual({ period: "2026-Q4", crr: 100, start: 1, end: 1.5, new: 0.5 });
    expect((await retention(f.g.ids.acc2))[1]).toEqual({ period: "2026-Q4", crr: 0, start: 1, end: 0.5, new: 0.5 });
  });

  it("bad input names the argument; feedback out of range is refused and stores nothing", async () => {
    const bad = await f.api.as(f.g.users.analyst, EXPERIENCE, { id: f.g.ids.org, from: "2026-13", to: "2026-11" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["from"] });
    const backwards = await f.api.as(f.g.users.analyst, EXPERIENCE, { id: f.g.ids.org, from: "2026-11", to: "2026-10" });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["to"] });
    const score = await f.api.as(f.g.users.kam, RECORD, {
      key: "csat-out-of-range-1",
      input: { hcpId: f.g.ids.hcp1a, kind: "CSAT", score: 0, about: "COMPANY", answeredAt: "2026-11-28T16:00:00Z" },
    });
    expect(score.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["input", "score"] });
    const steward = await f.api.as(f.g.users.steward, RECORD, {
      key: "steward-feedback-1",
      input: { hcpId: f.g.ids.hcp1a, kind: "NPS", score: 5, about: "COMPANY", answeredAt: "2026-11-28T16:00:00Z" },
    });
    expect(steward.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const hidden = await f.api.as(f.g.users.rep1, RECORD, {
      key: "hidden-hcp-feedback-1",
      input: { hcpId: f.g.ids.hcp2, kind: "NPS", score: 5, about: "COMPANY", answeredAt: "2026-11-28T16:00:00Z" },
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await kpis(f.g.users.analyst, { id: f.g.ids.org })).nps.responses).toBe(5);
  });

  it("the table sorts a level's entities by NPS; a REP's table holds only what their HCPs reach", async () => {
    const TABLE = `query($level: ExperienceLevel!, $from: String!, $to: String!) {
      experienceTable(level: $level, from: $from, to: $to, limit: 500) { total rows { id name kpis { nps { score } } } } }`;
    const all = await f.api.as(f.g.users.analyst, TABLE, { level: "ACCOUNT", ...NOV });
    const ours = all.data!.experienceTable.rows.filter((r: { id: string }) => r.id.startsWith(f.g.prefix));
    expect(ours.map((r: { id: string; kpis: { nps: { score: number } } }) => [r.id, Math.round(r.kpis.nps.score)])).toEqual([
      [f.g.ids.acc1, 60],
      [f.g.ids.acc2, -60],
    ]);
    const rep = await f.api.as(f.g.users.rep1, TABLE, { level: "ORGANIZATION", ...NOV });
    expect(rep.data!.experienceTable.total).toBe(1);
    expect(rep.data!.experienceTable.rows[0].id).toBe(f.g.ids.org);
    expect(rep.data!.experienceTable.rows[0].kpis.nps.score).toBeCloseTo(100 / 3, 9);
  });

  it("the drill-down lists the children by their part of the parent's NPS change, parts adding up", async () => {
    const DRILL = `query($id: ID!) {
      experienceDrillDown(id: $id, from: "2026-11", to: "2026-11", previousFrom: "2026-10", previousTo: "2026-10") {
        parent { id kpis { nps { score } } } previous { nps { score } }
        children { id kind weight npsChange npsImpact current { nps { score } } previous { nps { score } } } } }`;
    const r = await f.api.as(f.g.users.kam, DRILL, { id: f.g.ids.org });
    expect(r.errors).toBeUndefined();
    const d = r.data!.experienceDrillDown;
    expect(d.previous.nps.score).toBeNull();
    // ACC2: 1.0 x (0 - 1.5) / 5 answers = -30 points; ACC1: (2 - 0.5) / 5 = +30
    expect(d.children.map((c: { id: string; npsImpact: number }) => [c.id, Math.round(c.npsImpact * 1e9) / 1e9])).toEqual([
      [f.g.ids.acc2, -30],
      [f.g.ids.acc1, 30],
    ]);
    expect(d.children[0]).toMatchObject({ kind: "ACCOUNT", weight: 1, npsChange: null });
  });

  it("the breakdown groups the HCPs below an entity by territory and by persona, weighted by their share", async () => {
    const BREAKDOWN = `query($by: ExperienceBreakdownBy!, $id: ID) {
      experienceBreakdown(by: $by, id: $id, from: "2026-11", to: "2026-11") { group kpis { nps { score responses } } } }`;
    const byTerritory = await f.api.as(f.g.users.analyst, BREAKDOWN, { by: "TERRITORY", id: f.g.ids.org });
    expect(
      byTerritory.data!.experienceBreakdown.map((g: { group: string; kpis: { nps: { responses: number } } }) => [
        g.group,
        g.kpis.nps.responses,
      ]),
    ).toEqual([
      [f.g.ids.t1, 3],
      [f.g.ids.t2, 2],
    ]);
    expect(byTerritory.data!.experienceBreakdown[1].kpis.nps.score).toBe(-50);
    await f.driver.executeQuery("MATCH (h:HCP {id: $id}) SET h.persona = 'scientific-hospitalist'", { id: f.g.ids.hcp1a });
    const byPersona = await f.api.as(f.g.users.analyst, BREAKDOWN, { by: "PERSONA", id: f.g.ids.acc1 });
    expect(byPersona.data!.experienceBreakdown).toEqual([
      { group: "(none)", kpis: { nps: { score: -100, responses: 0.5 } } },
      { group: "scientific-hospitalist", kpis: { nps: { score: 100, responses: 2 } } },
    ]);
    const segment = await f.api.as(f.g.users.analyst, BREAKDOWN, { by: "SEGMENT", id: f.g.ids.acc1 });
    expect(segment.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["model"] });
    const repHidden = await f.api.as(f.g.users.rep1, BREAKDOWN, { by: "TERRITORY", id: f.g.ids.org });
    expect(repHidden.data!.experienceBreakdown.map((g: { group: string }) => g.group)).toEqual([f.g.ids.t1]);
  });

  it("the journey map counts touchpoints by stage and channel, and who went on to the next stage", async () => {
    const more = await importFile("touchpoints", "touchpoint_id,hcp_id,channel,occurred_at,stage,delivered,events,minutes", [
      `${f.g.prefix}tp5,${f.g.ids.hcp1a},WEBINAR,2026-11-22T18:00:00-06:00,CONSIDERATION,true,ATTENDED,30`,
    ]);
    expect(more.status).toBe("SUCCEEDED");
    const JOURNEY = `query($id: ID, $territoryId: ID, $persona: String) {
      journeyMap(from: "2026-11", to: "2026-11", id: $id, territoryId: $territoryId, persona: $persona) {
        hcps cells { stage channel touchpoints } steps { stage hcps convertedToNext conversion dropOff medianDaysToNext } } }`;
    const r = await f.api.as(f.g.users.analyst, JOURNEY, { id: f.g.ids.org });
    expect(r.errors).toBeUndefined();
    const map = r.data!.journeyMap;
    expect(map.hcps).toBe(2);
    expect(map.cells).toEqual([
      { stage: "AWARENESS", channel: "EMAIL_CAMPAIGN", touchpoints: 3 },
      { stage: "CONSIDERATION", channel: "WEBINAR", touchpoints: 2 },
    ]);
    // HCP1a: first awareness 2026-11-02T15:00Z, first consideration 2026-11-23T00:00Z: 20.375 days
    expect(map.steps[0]).toEqual({ stage: "AWARENESS", hcps: 1, convertedToNext: 1, conversion: 1, dropOff: 0, medianDaysToNext: 20.375 });
    expect(map.steps[1]).toMatchObject({ stage: "CONSIDERATION", hcps: 2, convertedToNext: 0, conversion: 0, dropOff: 1 });
    const persona = await f.api.as(f.g.users.analyst, JOURNEY, { id: f.g.ids.org, persona: "scientific-hospitalist" });
    expect(persona.data!.journeyMap.hcps).toBe(1);
    const rep = await f.api.as(f.g.users.rep2, JOURNEY, { territoryId: f.g.ids.t1 });
    expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const repOrg = await f.api.as(f.g.users.rep2, JOURNEY, { id: f.g.ids.org });
    expect(repOrg.data!.journeyMap.hcps).toBe(1);
  });

  it("imported field activities are touchpoints: a completed visit is delivered and activated, a missed one counts nowhere", async () => {
    const summary = await importActivities(f.driver, f.g.users.steward, f.g.prefix, [
      {
        rep: f.g.users.rep1,
        key: "cx-visit-0001",
        channel: "VISIT",
        hcp: f.g.ids.hcp1a,
        startedAt: "2026-11-10T10:00:00-06:00",
        minutes: 20,
        outcome: "COMPLETED",
        products: "Cardiozen",
        messages: "once daily",
      },
      {
        rep: f.g.users.rep1,
        key: "cx-visit-0002",
        channel: "VISIT",
        hcp: f.g.ids.hcp1a,
        startedAt: "2026-11-11T10:00:00-06:00",
        outcome: "NOT_MET",
      },
    ]);
    expect(summary.status).toBe("SUCCEEDED");
    const e = (await kpis(f.g.users.analyst, { id: f.g.ids.acc1 })).engagement;
    expect(e.byChannel.find((c: { channel: string }) => c.channel === "REP_VISIT")).toEqual({
      channel: "REP_VISIT",
      delivered: 1,
      activated: 1,
      rate: 1,
    });
  });

  it("a governed change that ends an affiliation refreshes the lists above it: without HCP2 the ORG is 33.3", async () => {
    const APPLY = `mutation($ops: String!, $reason: String!) { applyChange(operations: $ops, reason: $reason) { op } }`;
    const ops = JSON.stringify([{ op: "END_AFFILIATION", edgeId: `${f.g.prefix}E-h2-a2`, expectedVersion: 1, validTo: "2026-12-01" }]);
    const r = await f.api.as(f.g.users.steward, APPLY, { ops, reason: "moved away" });
    expect(r.errors).toBeUndefined();
    const org = await kpis(f.g.users.analyst, { id: f.g.ids.org });
    expect(org.nps).toMatchObject({ responses: 3, promoters: 2, detractors: 1 });
  });
});
