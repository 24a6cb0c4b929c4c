import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/ingest/run-import.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * Personas on the two-territory graph plus a hospital and a practice of their own organization:
 *
 *   HCPX1 (T1) -0.6 primary-> ACCX1 (HOSPITAL, T1) -1.0-> ORGX
 *              -0.4-> ACCX2 (PRACTICE, T2) -0.5-> ORGX, -0.5-> ORG
 *   HCPX2 (T2) -1.0-> ACCX2; an edge to ACCX1 ended in 2019
 *
 * ORGX weighted: HCPX1 0.6 x 1.0 + 0.4 x 0.5 = 0.8, HCPX2 1.0 x 0.5 = 0.5.
 * ORG weighted: HCP1a 1, HCP1b 0.5 + 0.5 = 1, HCP2 1, HCPX1 0.4 x 0.5 = 0.2, HCPX2 0.5.
 */
const f = useTwoTerritoryApi("personas");
const key = `ps${Math.random().toString(36).slice(2, 10)}`;
const model = `seg${key}`;
const SURVEY = "persona-profile";

const EXTRA = `
MATCH (t1:Territory {id: $p + 'T1'}), (t2:Territory {id: $p + 'T2'}), (org:Organization {id: $p + 'ORG'})
CREATE (ox:Organization {id: $p + 'ORGX', name: 'Org X', kind: 'HEALTH_SYSTEM', state: 'TX'})
CREATE (ax1:Account {id: $p + 'ACCX1', name: 'Hospital X', kind: 'HOSPITAL', state: 'TX'})-[:ALIGNED_TO]->(t1)
CREATE (ax2:Account {id: $p + 'ACCX2', name: 'Practice X', kind: 'PRACTICE', state: 'TX'})-[:ALIGNED_TO]->(t2)
CREATE (x1:HCP {id: $p + 'HCPX1', name: 'X1', specialty: 'Cardiology'})-[:ALIGNED_TO]->(t1)
CREATE (x2:HCP {id: $p + 'HCPX2', name: 'X2', specialty: 'Oncology'})-[:ALIGNED_TO]->(t2)
CREATE (x1)-[:AFFILIATED_WITH {id: $p + 'E-x1-ax1', weight: 0.6, primary: true, validFrom: date('2020-01-01')}]->(ax1)
CREATE (x1)-[:AFFILIATED_WITH {id: $p + 'E-x1-ax2', weight: 0.4, primary: false, validFrom: date('2020-01-01')}]->(ax2)
CREATE (x2)-[:AFFILIATED_WITH {id: $p + 'E-x2-ax2', weight: 1.0, primary: true, validFrom: date('2020-01-01')}]->(ax2)
CREATE (x2)-[:AFFILIATED_WITH {id: $p + 'E-x2-old', weight: 1.0, primary: true, validFrom: date('2010-01-01'), validTo: date('2019-12-31')}]->(ax1)
CREATE (ax1)-[:AFFILIATED_WITH {id: $p + 'E-ax1-ox', weight: 1.0, primary: true, validFrom: date('2020-01-01')}]->(ox)
CREATE (ax2)-[:AFFILIATED_WITH {id: $p + 'E-ax2-ox', weight: 0.5, primary: true, validFrom: date('2020-01-01')}]->(ox)
CREATE (ax2)-[:AFFILIATED_WITH {id: $p + 'E-ax2-org', weight: 0.5, primary: false, validFrom: date('2020-01-01')}]->(org)
CREATE (:ScoringModel {id: $model + '|1', name: $model, version: 1, status: 'ACTIVE', definition: '{"subject":"HCP"}', createdBy: $p + 'analyst'})
WITH 1 AS one
UNWIND [['HCP1a', 'A'], ['HCP1b', 'B'], ['HCPX1', 'A']] AS s
CREATE (:Score {id: $p + s[0] + '|' + $model, subjectId: $p + s[0], subject: 'HCP', model: $model, version: 1, segment: s[1]})`;

const ruleSet = (version: string) => ({
  key,
  name: `Core personas ${version}`,
  personas: [
    {
      key: "hospital_scientist",
      name: "Hospital scientist",
      description: "Hospital HCPs who want science",
      when: {
        all: [
          { attribute: "practice_setting", op: "eq", value: "HOSPITAL" },
          { attribute: "preferred_content", op: "in", value: ["SCIENTIFIC", "INNOVATION"] },
        ],
      },
    },
    {
      key: "digital",
      name: "Digital",
      when: { all: [{ attribute: "preferred_channel", op: "in", value: ["WEB_CALL", "EMAIL", "SELF_DETAILING"] }] },
    },
    { key: "fan", name: "Fan", when: { all: [{ attribute: "company_view", op: "gte", value: 4 }] } },
    { key: "traditional", name: "Traditional", when: { all: [{ attribute: "preferred_channel", op: "eq", value: "FACE_TO_FACE" }] } },
  ],
  default: "traditional",
});

const SAVE = `mutation($d: String!) { savePersonaRuleSet(definition: $d) { key version status name } }`;
const ACTIVATE = `mutation($k: String!, $v: Int!) { activatePersonaRuleSet(key: $k, version: $v) { key version hcps written counts { persona hcps } } }`;
const ANSWER = `mutation($id: ID!, $a: String!) { answerSurvey(survey: "${SURVEY}", subjectId: $id, answers: $a) { written } }`;
const PERSONA = `query($id: ID!) { hcpPersona(hcpId: $id) { hcpId persona name description ruleSet current
  explanation { isDefault conditions { attribute op value actual source detail } profile { attribute value source detail } } } }`;
const COUNTS = `query($by: PersonaCountBy!, $m: String) { personaCounts(by: $by, model: $m) { group groupName persona hcps weighted } }`;

const id = (s: string) => f.g.prefix + s;
const persona = async (user: string, hcp: string) => (await f.api.as(user, PERSONA, { id: id(hcp) })).data?.hcpPersona;
const answer = async (hcp: string, a: Record<string, unknown>) => {
  const r = await f.api.as(f.g.users.kam, ANSWER, { id: id(hcp), a: JSON.stringify(a) });
  expect(r.errors).toBeUndefined();
};
const counts = async (user: string, by: string, m?: string) => {
  const r = await f.api.as(user, COUNTS, { by, m });
  expect(r.errors).toBeUndefined();
  return r.data?.personaCounts as { group: string; groupName: string | null; persona: string; hcps: number; weighted: number | null }[];
};
const ours = <T extends { group: string }>(rows: T[], groups: string[]) => rows.filter((r) => groups.includes(r.group));

beforeAll(async () => {
  await f.driver.executeQuery(EXTRA, { p: f.g.prefix, model });
});

describe("persona rule sets", () => {
  it("validation errors name the field path; only ANALYST and ADMIN author and activate", async () => {
    const bad = ruleSet("bad");
    const broken = {
      ...bad,
      personas: bad.personas.map((p, i) => (i === 2 ? { ...p, when: { all: [{ attribute: "mood", op: "eq", value: "x" }] } } : p)),
    };
    const r = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(broken) });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentPath: ["definition", "personas", 2, "when", "all", 0, "attribute"],
    });
    const noDefault = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify({ ...bad, default: "nobody" }) });
    expect(noDefault.errors?.[0]?.extensions?.argumentPath).toEqual(["definition", "default"]);
    for (const user of [f.g.users.rep1, f.g.users.kam, f.g.users.manager]) {
      expect((await f.api.as(user, SAVE, { d: JSON.stringify(bad) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await f.api.as(user, ACTIVATE, { k: key, v: 1 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("a draft is replaced until activated; activation assigns every HCP from answers and fallbacks, with explanations", async () => {
    expect((await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(ruleSet("draft")) })).data?.savePersonaRuleSet).toMatchObject({
      version: 1,
      status: "DRAFT",
    });
    expect((await f.api.as(f.g.users.admin, SAVE, { d: JSON.stringify(ruleSet("v1")) })).data?.savePersonaRuleSet).toEqual({
      key,
      version: 1,
      status: "DRAFT",
      name: "Core personas v1",
    });
    // Saving installed the built-in questionnaire, so reps can answer it.
    await answer("HCPX1", { preferred_content: "SCIENTIFIC" });
    await answer("HCP1a", { practice_setting: "PRIVATE_PRACTICE", preferred_channel: "EMAIL" });
    await answer("HCP1b", { company_view: 5 });
    await answer("HCPX2", { preferred_channel: "PHONE", company_view: 4, expectations: ["RELIABILITY", "CME_SUPPORT"] });

    const activated = await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 1 });
    expect(activated.errors).toBeUndefined();
    const a = activated.data?.activatePersonaRuleSet;
    expect(a.hcps).toBeGreaterThanOrEqual(5);
    expect(a.written).toBe(a.hcps);
    expect(a.counts.map((c: { persona: string }) => c.persona)).toEqual(["hospital_scientist", "digital", "fan", "traditional"]);

    const x1 = await persona(f.g.users.analyst, "HCPX1");
    expect(x1).toMatchObject({
      persona: "hospital_scientist",
      name: "Hospital scientist",
      description: "Hospital HCPs who want science",
      ruleSet: `${key}|1`,
      current: true,
    });
    expect(x1.explanation.isDefault).toBe(false);
    expect(x1.explanation.conditions).toEqual([
      {
        attribute: "practice_setting",
        op: "eq",
        value: '"HOSPITAL"',
        actual: '"HOSPITAL"',
        source: "FALLBACK",
        detail: `main account ${id("ACCX1")} is a HOSPITAL`,
      },
      {
        attribute: "preferred_content",
        op: "in",
        value: '["SCIENTIFIC","INNOVATION"]',
        actual: '"SCIENTIFIC"',
        source: "SURVEY",
        detail: expect.stringMatching(/^persona-profile v1 answer of 20/),
      },
    ]);
    expect((await persona(f.g.users.analyst, "HCP1a")).persona).toBe("digital");
    expect((await persona(f.g.users.analyst, "HCP1b")).persona).toBe("fan");
    expect((await persona(f.g.users.analyst, "HCPX2")).persona).toBe("fan");
    // No answers, and a clinic says nothing about the practice setting: the default, every attribute missing.
    const hcp2 = await persona(f.g.users.analyst, "HCP2");
    expect(hcp2).toMatchObject({ persona: "traditional", name: "Traditional" });
    expect(hcp2.explanation.isDefault).toBe(true);
    expect(hcp2.explanation.conditions).toEqual([]);
    expect(hcp2.explanation.profile).toEqual(
      ["practice_setting", "preferred_content", "preferred_channel", "company_view"].map((attribute) => ({
        attribute,
        value: null,
        source: null,
        detail: null,
      })),
    );
    const stored = await f.driver.executeQuery(`MATCH (h:HCP {id: $id}) RETURN properties(h) AS p`, { id: id("HCPX1") });
    expect(
      Object.keys(stored.records[0]!.get("p"))
        .filter((k) => k.startsWith("persona"))
        .sort(),
    ).toEqual(["persona", "personaExplanation", "personaRuleSet"]);
  });

  it("a new answer re-assigns its HCP in the same transaction, and so does an import", async () => {
    await answer("HCP1b", { company_view: 2 });
    expect((await persona(f.g.users.analyst, "HCP1b")).persona).toBe("traditional");
    await answer("HCP1b", { preferred_channel: "WEB_CALL" });
    const b = await persona(f.g.users.analyst, "HCP1b");
    expect(b.persona).toBe("digital");
    expect(b.explanation.conditions.map((c: { actual: string; source: string }) => [c.actual, c.source])).toEqual([
      ['"WEB_CALL"', "SURVEY"],
    ]);

    // Each import mode re-assigns the HCPs it wrote answers about: partial after each batch's commit, all-or-nothing inside its transaction.
    const dir = mkdtempSync(path.join(tmpdir(), "personas-"));
    const file = path.join(dir, "answers.csv");
    for (const [mode, view, expected] of [
      ["partial", "5", "fan"],
      ["all-or-nothing", "2", "traditional"],
    ] as const) {
      writeFileSync(
        file,
        `subject_id,survey,question,value\n${id("HCP2")},${SURVEY},company_view,${view}\n${id("HCP2")},${SURVEY},expectations,RELIABILITY|CME_SUPPORT\n`,
      );
      const s = await runImport(f.driver, {
        kind: "survey_answers",
        filePath: file,
        fileName: `${f.g.prefix}answers.csv`,
        mode,
        actor: f.g.users.steward,
      });
      expect(s.status).toBe("SUCCEEDED");
      expect((await persona(f.g.users.analyst, "HCP2")).persona).toBe(expected);
    }
  });

  it("counts by territory, segment and organization, weighted by the product of edge weights", async () => {
    // HCP1a digital, HCP1b digital, HCP2 traditional, HCPX1 hospital_scientist, HCPX2 fan.
    const t = ours(await counts(f.g.users.analyst, "TERRITORY"), [id("T1"), id("T2")]);
    expect(t.map((r) => [r.group, r.persona, r.hcps])).toEqual([
      [id("T1"), "digital", 2],
      [id("T1"), "hospital_scientist", 1],
      [id("T2"), "fan", 1],
      [id("T2"), "traditional", 1],
    ]);
    expect(t[0]!.groupName).toBe(`Territory One ${f.g.prefix}`);

    const o = ours(await counts(f.g.users.analyst, "ORGANIZATION"), [id("ORG"), id("ORGX")]);
    expect(o.map((r) => [r.group, r.persona, r.hcps, Math.round(r.weighted! * 1e9) / 1e9])).toEqual([
      [id("ORG"), "digital", 2, 2],
      [id("ORG"), "fan", 1, 0.5],
      [id("ORG"), "hospital_scientist", 1, 0.2],
      [id("ORG"), "traditional", 1, 1],
      [id("ORGX"), "fan", 1, 0.5],
      [id("ORGX"), "hospital_scientist", 1, 0.8],
    ]);

    // Segments of an active HCP model; the REPs' counts hold their own territories' HCPs only.
    expect(await counts(f.g.users.rep1, "SEGMENT", model)).toEqual([
      { group: "A", groupName: null, persona: "digital", hcps: 1, weighted: null },
      { group: "A", groupName: null, persona: "hospital_scientist", hcps: 1, weighted: null },
      { group: "B", groupName: null, persona: "digital", hcps: 1, weighted: null },
    ]);
    expect((await counts(f.g.users.rep2, "SEGMENT", model)).map((r) => [r.group, r.persona, r.hcps])).toEqual([
      ["(none)", "fan", 1],
      ["(none)", "traditional", 1],
    ]);
    for (const m of [undefined, "nosuchmodel"]) {
      expect((await f.api.as(f.g.users.analyst, COUNTS, { by: "SEGMENT", m })).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentPath: ["model"],
      });
    }
  });

  it("a REP reads personas and counts of their territories only; a hidden HCP answers like a missing one", async () => {
    const hidden = await f.api.as(f.g.users.rep1, PERSONA, { id: id("HCP2") });
    const missing = await f.api.as(f.g.users.rep1, PERSONA, { id: id("nobody") });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(hidden.errors?.[0]?.message.replace(id("HCP2"), "X")).toBe(missing.errors?.[0]?.message.replace(id("nobody"), "X"));
    expect(hidden.data).toEqual(missing.data);
    expect((await persona(f.g.users.rep1, "HCP1a")).persona).toBe("digital");
    expect((await persona(f.g.users.kam, "HCP2")).persona).toBe("traditional");

    const rep1 = await counts(f.g.users.rep1, "TERRITORY");
    expect([...new Set(rep1.map((r) => r.group))]).toEqual([id("T1")]);
    const org = await counts(f.g.users.rep1, "ORGANIZATION");
    expect(JSON.stringify(org)).not.toContain("fan");
    expect(ours(org, [id("ORG")]).map((r) => [r.persona, r.hcps, r.weighted])).toEqual([
      ["digital", 2, 2],
      ["hospital_scientist", 1, 0.2],
    ]);
    // A MANAGER counts the territories they manage (both here); their token holds no others.
    const manager = await counts(f.g.users.manager, "TERRITORY");
    expect([...new Set(manager.map((r) => r.group))].sort()).toEqual([id("T1"), id("T2")]);
  });

  it("activating another version retires the previous one, which cannot be activated again", async () => {
    const v2 = { ...ruleSet("v2"), default: "fan" };
    expect((await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(v2) })).data?.savePersonaRuleSet).toMatchObject({
      version: 2,
      status: "DRAFT",
    });
    expect((await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 2 })).errors).toBeUndefined();
    const list = await f.api.as(f.g.users.rep1, `query($k: String) { personaRuleSets(key: $k) { version status } }`, { k: key });
    expect(list.data?.personaRuleSets).toEqual([
      { version: 2, status: "ACTIVE" },
      { version: 1, status: "RETIRED" },
    ]);
    const again = await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["version"] });
    expect((await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 9 })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const x2 = await persona(f.g.users.analyst, "HCPX2");
    expect(x2).toMatchObject({ persona: "fan", ruleSet: `${key}|2`, current: true });
    // Active again: re-assigns every HCP under the same version.
    expect((await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 2 })).errors).toBeUndefined();
  });
});
