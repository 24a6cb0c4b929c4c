import { beforeAll, describe, expect, it } from "vitest";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Account and organization scoring on the two-territory graph (ACC1 in T1 with HCP1a and HCP1b,
 * ACC2 in T2 with HCP1b and HCP2, both under ORG). Every component reads a bucket transform,
 * so a subject's score does not depend on the other accounts of the shared database; those
 * score at most 20 (kind and influence) and never reach the fixture's segments.
 */
const f = useTwoTerritoryApi("scoring-subjects");
const token = Math.random().toString(36).slice(2, 10);
const survey = `acct${token}`;
const accountModel = `acc${token}`;
const orgModel = `org${token}`;
const year = 2100 + Math.floor(Math.random() * 800);
/** A period this file alone has values in: materialized before scoring. */
const materialized = `${year}-Q1`;
/** Another one, never materialized: scoring computes its roll-ups. */
const computed = `${year}-Q2`;

const SAVE = `mutation($d: String!) { saveScoringModel(definition: $d) { name version status subject } }`;
const SIMULATE = `query($n: String!, $v: Int!) { simulateScoringModel(name: $n, version: $v) { subject activeVersion subjects hcps changed draftCounts { segment subjects hcps } migration { from to subjects } } }`;
const ACTIVATE = `mutation($n: String!, $v: Int!) { activateScoringModel(name: $n, version: $v) { subject subjects counts { segment subjects } } }`;
const SCORE_FIELDS = "model version score segment flags explanation { key raw value contribution missing }";
const ACCOUNT_SCORES = `query($ids: [ID!]!) { accounts(where: { id: { in: $ids } }) { id rollup(metric: TRX, period: "${materialized}") scores { ${SCORE_FIELDS} } } }`;
const ORG_SCORES = `query($id: ID!) { organizations(where: { id: { eq: $id } }) { id rollup(metric: TRX, period: "${computed}") scores { ${SCORE_FIELDS} } } }`;

const bucket = (...buckets: { upTo?: number; equals?: string; value: number }[]) => ({ kind: "bucket", buckets });

const accountDefinition = (keyMin = 70) => ({
  name: accountModel,
  subject: "ACCOUNT",
  description: "strategic accounts",
  components: [
    {
      key: "beds",
      label: "Beds",
      source: { kind: "survey", question: `${survey}.beds` },
      transform: bucket({ upTo: 99, value: 0.2 }, { upTo: 2000, value: 1 }),
      weight: 0.3,
    },
    {
      key: "formulary",
      label: "Formulary access",
      source: { kind: "survey", question: `${survey}.formulary` },
      transform: bucket({ equals: "open", value: 1 }, { equals: "restricted", value: 0.5 }, { equals: "closed", value: 0 }),
      weight: 0.2,
    },
    {
      key: "trx",
      label: `TRx ${materialized}`,
      source: { kind: "rollup", metric: "TRX", period: materialized },
      transform: bucket({ upTo: 0, value: 0 }, { upTo: 200, value: 0.5 }, { upTo: 1e12, value: 1 }),
      weight: 0.3,
    },
    {
      key: "kol",
      label: "Best-connected HCP",
      source: { kind: "influence", measure: "reach", aggregate: "max" },
      transform: bucket({ upTo: 0, value: 0 }, { upTo: 1, value: 0.5 }, { upTo: 1e9, value: 1 }),
      weight: 0.1,
    },
    {
      key: "site",
      label: "Site kind",
      source: { kind: "attribute", field: "kind" },
      transform: bucket({ equals: "CLINIC", value: 1 }),
      weight: 0.1,
    },
  ],
  segmentation: {
    kind: "thresholds",
    thresholds: [
      { minScore: keyMin, label: "KEY" },
      { minScore: 30, label: "GROW" },
      { minScore: 0, label: "MAINTAIN" },
    ],
  },
  flags: [{ flag: "STRATEGIC_OPPORTUNITY", when: { measure: "trx", op: ">=", value: 500 } }],
});

const orgDefinition = {
  name: orgModel,
  subject: "ORGANIZATION",
  components: [
    {
      key: "trx",
      label: `TRx ${computed}`,
      source: { kind: "rollup", metric: "TRX", period: computed },
      transform: bucket({ upTo: 0, value: 0 }, { upTo: 1e12, value: 1 }),
      weight: 0.5,
    },
    {
      key: "network",
      label: "Reach of its HCPs",
      source: { kind: "influence", measure: "reach", aggregate: "sum" },
      transform: bucket({ upTo: 2, value: 0.5 }, { upTo: 1e9, value: 1 }),
      weight: 0.3,
    },
    { key: "idn", label: "IDN", source: { kind: "attribute", field: "kind" }, transform: bucket({ equals: "IDN", value: 1 }), weight: 0.2 },
  ],
  segmentation: {
    kind: "thresholds",
    thresholds: [
      { minScore: 90, label: "STRATEGIC" },
      { minScore: 0, label: "OTHER" },
    ],
  },
  flags: [{ flag: "STRATEGIC_OPPORTUNITY", when: { measure: "trx", op: ">=", value: 600 } }],
};

/**
 * The fixture HCPs' two-hop reach (HCP1a influences HCP2 and HCP1b, HCP2 influences HCP1b) in
 * both influence slots, so whichever slot is current, and whatever run completes meanwhile,
 * reads these values; the pointer is created (under the runs' lock) on a database without runs.
 */
const SET_REACH = `
MERGE (lock:HierarchyLock {id: 'influence-runs'})
WITH lock CALL apoc.lock.nodes([lock])
MERGE (current:InfluenceCurrent) ON CREATE SET current.slot = 0
WITH current
UNWIND $reach AS r
MATCH (h:HCP {id: r.id})
SET h.influence0 = [0.0, 0.0, toFloat(r.reach), 0.0], h.influence1 = [0.0, 0.0, toFloat(r.reach), 0.0]`;

const questionnaire = {
  key: survey,
  name: "Account profile",
  subject: "ACCOUNT",
  questions: [
    { key: "beds", text: "Staffed beds", type: "NUMBER", min: 0, max: 2000, integer: true },
    { key: "formulary", text: "Formulary status", type: "SINGLE_CHOICE", options: ["open", "restricted", "closed"] },
  ],
};

const byKey = (explanation: any[]) => Object.fromEntries(explanation.map((e) => [e.key, e]));

beforeAll(async () => {
  const { analyst } = f.g.users;
  expect(
    (await f.api.as(analyst, `mutation($d: String!) { saveSurvey(definition: $d) { version } }`, { d: JSON.stringify(questionnaire) }))
      .errors,
  ).toBeUndefined();
  await f.api.as(analyst, `mutation($k: String!) { activateSurvey(key: $k, version: 1) { status } }`, { k: survey });
  const ANSWER = `mutation($s: String!, $id: ID!, $a: String!) { answerSurvey(survey: $s, subjectId: $id, answers: $a) { written } }`;
  // Each rep answers about the account of their territory.
  for (const [user, id, answers] of [
    [f.g.users.rep1, f.g.ids.acc1, { beds: 400, formulary: "open" }],
    [f.g.users.rep2, f.g.ids.acc2, { beds: 50, formulary: "closed" }],
  ] as const) {
    expect((await f.api.as(user, ANSWER, { s: survey, id, a: JSON.stringify(answers) })).data?.answerSurvey.written).toBe(2);
  }
  // ACC1 = 100 + 0.5 x 40 = 120; ACC2 = 500 + 0.5 x 40 + 10 = 530; ORG = 650.
  for (const period of [materialized, computed]) await addTrxValues(f.driver, f.g, period, { HCP1a: 100, HCP1b: 40, HCP2: 10, ACC2: 500 });
  const run = await f.api.as(analyst, `mutation { materializeRollups(metric: TRX, period: "${materialized}") { conservationOk } }`);
  expect(run.data?.materializeRollups.conservationOk).toBe(true);
  const { hcp1a, hcp1b, hcp2 } = f.g.ids;
  await f.driver.executeQuery(SET_REACH, {
    reach: [
      { id: hcp1a, reach: 2 },
      { id: hcp1b, reach: 0 },
      { id: hcp2, reach: 1 },
    ],
  });
});

describe("scoring accounts and organizations", () => {
  it("checks each source against the model's subject, with the field path", async () => {
    const save = (definition: unknown) => f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(definition) });
    const base = accountDefinition();
    const withSource = (definition: any, i: number, source: unknown) => ({
      ...definition,
      components: definition.components.map((c: any, k: number) => (k === i ? { ...c, source } : c)),
    });
    const cases: [unknown, (string | number)[], RegExp][] = [
      [withSource(base, 4, { kind: "attribute", field: "specialty" }), ["components", 4, "source", "field"], /not an attribute of ACCOUNT/],
      [withSource(base, 3, { kind: "influence", measure: "reach" }), ["components", 3, "source", "aggregate"], /aggregate must be/],
      [
        withSource(orgDefinition, 2, { kind: "survey", question: `${survey}.beds` }),
        ["components", 2, "source", "kind"],
        /surveys are about/,
      ],
      [{ ...base, subject: "NETWORK" }, ["subject"], /ACCOUNT/],
      [
        withSource({ ...base, subject: "HCP" }, 3, { kind: "influence", measure: "reach", aggregate: "sum" }),
        ["components", 3, "source", "aggregate"],
        /an HCP's influence is its own/,
      ],
    ];
    for (const [definition, path, message] of cases) {
      const error = (await save(definition)).errors?.[0];
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["definition", ...path] });
      expect(error?.message).toMatch(message);
    }
  });

  it("simulates an account model, activates it and stores scores by subject", async () => {
    const saved = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(accountDefinition()) });
    expect(saved.data!.saveScoringModel).toEqual({ name: accountModel, version: 1, status: "DRAFT", subject: "ACCOUNT" });
    const sim = (await f.api.as(f.g.users.analyst, SIMULATE, { n: accountModel, v: 1 })).data!.simulateScoringModel;
    expect(sim).toMatchObject({ subject: "ACCOUNT", activeVersion: null });
    expect(sim.hcps).toBe(sim.subjects);
    expect(sim.subjects).toBeGreaterThanOrEqual(2);
    const count = (rows: any[], segment: string) => rows.find((c) => c.segment === segment)?.subjects;
    expect([count(sim.draftCounts, "KEY"), count(sim.draftCounts, "GROW")]).toEqual([1, 1]);
    expect(sim.migration.every((m: any) => m.from === "(none)")).toBe(true);

    const act = (await f.api.as(f.g.users.admin, ACTIVATE, { n: accountModel, v: 1 })).data!.activateScoringModel;
    expect(act).toMatchObject({ subject: "ACCOUNT", subjects: sim.subjects });
    expect([count(act.counts, "KEY"), count(act.counts, "GROW")]).toEqual([1, 1]);

    // What target generation reads: scores by model and subject id.
    const { records } = await f.driver.executeQuery(
      `MATCH (s:Score {model: $model}) WHERE s.subjectId IN $ids
       RETURN s.id AS id, s.subjectId AS subjectId, s.subject AS subject, s.segment AS segment, s.flags AS flags, s.hcpId AS hcpId ORDER BY id`,
      { model: accountModel, ids: [f.g.ids.acc1, f.g.ids.acc2] },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: `${f.g.ids.acc1}|${accountModel}`, subjectId: f.g.ids.acc1, subject: "ACCOUNT", segment: "KEY", flags: [], hcpId: null },
      {
        id: `${f.g.ids.acc2}|${accountModel}`,
        subjectId: f.g.ids.acc2,
        subject: "ACCOUNT",
        segment: "GROW",
        flags: ["STRATEGIC_OPPORTUNITY"],
        hcpId: null,
      },
    ]);
  });

  it("explains an account's score over GraphQL: survey answers, materialized roll-up, influence of its HCPs", async () => {
    const accounts = (await f.api.as(f.g.users.kam, ACCOUNT_SCORES, { ids: [f.g.ids.acc1, f.g.ids.acc2] })).data!.accounts;
    const [acc1, acc2] = [f.g.ids.acc1, f.g.ids.acc2].map((id) => accounts.find((a: any) => a.id === id));
    const s1 = acc1.scores.find((s: any) => s.model === accountModel);
    expect(s1).toMatchObject({ version: 1, segment: "KEY", flags: [] });
    expect(s1.score).toBeCloseTo(85, 9);
    expect(s1.explanation.reduce((sum: number, e: any) => sum + e.contribution, 0)).toBe(s1.score);
    // HCP2's edge to ACC1 ended in 2019: ACC1's HCPs are HCP1a (reach 2) and HCP1b (0).
    expect(byKey(s1.explanation)).toMatchObject({
      beds: { raw: "400", value: 1, missing: false },
      formulary: { raw: "open", value: 1 },
      trx: { raw: String(acc1.rollup), value: 0.5 },
      kol: { raw: "2", value: 1 },
      site: { raw: "CLINIC", value: 1 },
    });
    expect(acc1.rollup).toBe(120);
    const s2 = acc2.scores.find((s: any) => s.model === accountModel);
    expect(s2).toMatchObject({ segment: "GROW", flags: ["STRATEGIC_OPPORTUNITY"] });
    expect(s2.score).toBeCloseTo(51, 9);
    expect(byKey(s2.explanation)).toMatchObject({
      beds: { raw: "50", value: 0.2 },
      formulary: { raw: "closed", value: 0 },
      trx: { raw: "530", value: 1 },
      kol: { raw: "1", value: 0.5 },
    });
    expect(acc2.rollup).toBe(530);
  });

  it("a REP reads the scores of the accounts of their territories only", async () => {
    const own = (await f.api.as(f.g.users.rep1, ACCOUNT_SCORES, { ids: [f.g.ids.acc1, f.g.ids.acc2] })).data!.accounts;
    expect(own.map((a: any) => a.id)).toEqual([f.g.ids.acc1]);
    expect(own[0].scores.map((s: any) => s.model)).toContain(accountModel);
    // Through an HCP of T1 affiliated with both accounts: ACC2 (T2) stays hidden.
    const viaHcp = await f.api.as(
      f.g.users.rep1,
      `query($id: ID!) { hcps(where: { id: { eq: $id } }) { accounts { id scores { model segment } } } }`,
      { id: f.g.ids.hcp1b },
    );
    expect(viaHcp.data!.hcps[0].accounts.map((a: any) => a.id)).toEqual([f.g.ids.acc1]);
    const other = (await f.api.as(f.g.users.rep2, ACCOUNT_SCORES, { ids: [f.g.ids.acc1, f.g.ids.acc2] })).data!.accounts;
    expect(other.map((a: any) => [a.id, a.scores.find((s: any) => s.model === accountModel)?.segment])).toEqual([[f.g.ids.acc2, "GROW"]]);
  });

  it("a new version is simulated against the active one; a name keeps its subject", async () => {
    const v2 = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(accountDefinition(50)) });
    expect(v2.data!.saveScoringModel).toMatchObject({ version: 2, subject: "ACCOUNT" });
    const sim = (await f.api.as(f.g.users.analyst, SIMULATE, { n: accountModel, v: 2 })).data!.simulateScoringModel;
    expect(sim.activeVersion).toBe(1);
    // ACC2 (51) reaches KEY at 50; ACC1 stays. Accounts other test files created since the
    // activation have no score yet and come from (none).
    const moved = sim.migration.filter((m: any) => m.from !== m.to);
    expect(moved.filter((m: any) => m.from !== "(none)")).toEqual([{ from: "GROW", to: "KEY", subjects: 1 }]);
    expect(sim.migration.find((m: any) => m.from === "KEY" && m.to === "KEY")?.subjects).toBe(1);
    expect(sim.changed).toBe(moved.reduce((n: number, m: any) => n + m.subjects, 0));

    const asHcpModel = await f.api.as(f.g.users.analyst, SAVE, {
      d: JSON.stringify({
        ...accountDefinition(),
        subject: "HCP",
        components: [{ ...accountDefinition().components[0], weight: 1 }],
        flags: [],
      }),
    });
    expect(asHcpModel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["definition", "subject"] });
    const models = (
      await f.api.as(f.g.users.kam, `query($n: String) { scoringModels(name: $n) { version status subject } }`, { n: accountModel })
    ).data!.scoringModels;
    expect(models).toEqual([
      { version: 2, status: "DRAFT", subject: "ACCOUNT" },
      { version: 1, status: "ACTIVE", subject: "ACCOUNT" },
    ]);
  });

  it("an HCP model (no subject given) reads each HCP's own influence measure from the current slot", async () => {
    const name = `hcp${token}`;
    const definition = {
      name,
      components: [
        {
          key: "reach",
          label: "Reach",
          source: { kind: "influence", measure: "reach" },
          transform: bucket({ upTo: 0, value: 0 }, { upTo: 1, value: 0.5 }, { upTo: 1e9, value: 1 }),
          weight: 1,
        },
      ],
      segmentation: { kind: "thresholds", thresholds: [{ minScore: 0, label: "ALL" }] },
    };
    expect((await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(definition) })).data!.saveScoringModel.subject).toBe("HCP");
    expect((await f.api.as(f.g.users.analyst, ACTIVATE, { n: name, v: 1 })).data!.activateScoringModel.subject).toBe("HCP");
    const hcps = (
      await f.api.as(
        f.g.users.kam,
        `query($ids: [ID!]!) { hcps(where: { id: { in: $ids } }) { id scores { model explanation { raw value } } } }`,
        {
          ids: [f.g.ids.hcp1a, f.g.ids.hcp2],
        },
      )
    ).data!.hcps;
    const raw = (id: string) => hcps.find((h: any) => h.id === id).scores.find((s: any) => s.model === name).explanation[0].raw;
    expect([raw(f.g.ids.hcp1a), raw(f.g.ids.hcp2)]).toEqual(["2", "1"]);
  });

  it("scores organizations from roll-ups computed when not materialized and the summed influence of their HCPs", async () => {
    expect((await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(orgDefinition) })).errors).toBeUndefined();
    const act = (await f.api.as(f.g.users.analyst, ACTIVATE, { n: orgModel, v: 1 })).data!.activateScoringModel;
    expect(act.subject).toBe("ORGANIZATION");
    expect(act.counts.find((c: any) => c.segment === "STRATEGIC")?.subjects).toBe(1);

    const org = (await f.api.as(f.g.users.kam, ORG_SCORES, { id: f.g.ids.org })).data!.organizations[0];
    const s = org.scores.find((x: any) => x.model === orgModel);
    expect(s).toMatchObject({ segment: "STRATEGIC", flags: ["STRATEGIC_OPPORTUNITY"], score: 100 });
    // Each of the three HCPs counts once, HCP1b too (affiliated with both accounts).
    expect(byKey(s.explanation)).toMatchObject({ trx: { raw: "650" }, network: { raw: "3", value: 1 }, idn: { raw: "IDN" } });
    expect(org.rollup).toBe(650);
    // No account model's score shows on the organization, nor the organization's on an account.
    expect(s.explanation.map((e: any) => e.key)).toEqual(["trx", "network", "idn"]);
    expect(org.scores.some((x: any) => x.model === accountModel)).toBe(false);

    // Organizations' scores come from their whole hierarchy: not shown to REPs.
    const asRep = (await f.api.as(f.g.users.rep1, ORG_SCORES, { id: f.g.ids.org })).data!.organizations[0];
    expect(asRep.scores).toEqual([]);
  });
});
