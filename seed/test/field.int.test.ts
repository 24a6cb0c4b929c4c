import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSubmission } from "@pharmagraph/api/field/surveys/answer-sheet.ts";
import { questionnaireSchema } from "@pharmagraph/api/field/surveys/questionnaire.ts";
import { toNative } from "@pharmagraph/api/db/to-native.ts";
import { entityExperience } from "@pharmagraph/api/experience/report/experience-report.ts";
import { UNRESTRICTED_SCOPE } from "@pharmagraph/api/model/access-scope.ts";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../test/db.ts";
import { accountHours } from "../src/field/account-hours.ts";
import { FIELD_CYCLES, fieldNames } from "../src/field/field-config.ts";
import { profileAnswers } from "../src/field/profiling-survey.ts";
import { CURRENT_CYCLE } from "../src/field/seed-call-plans.ts";
import { SCALES } from "../src/scales.ts";
import { seedDatabase } from "../src/seed-database.ts";
import { SeedPlan } from "../src/seed-plan.ts";
import type { SeedSummary } from "../src/summary.ts";

const driver = testDriver();
const prefix = uniquePrefix("seedfield");
const names = fieldNames(prefix);
const SEED = 5;
const plan = new SeedPlan(SCALES.tiny, SEED, prefix);
let summary: SeedSummary;

const one = async (cypher: string, params: Record<string, unknown> = {}) =>
  toNative((await driver.executeQuery(cypher, { prefix, ...params })).records[0]!.toObject()) as Record<string, unknown>;
const count = async (cypher: string, params: Record<string, unknown> = {}) => Number((await one(cypher, params)).n);

beforeAll(async () => {
  summary = await seedDatabase(driver, { scale: "tiny", seed: SEED, idPrefix: prefix });
}, 600_000);

afterAll(async () => {
  await deleteByPrefix(driver, prefix);
  await driver.close();
});

describe("seedDatabase (tiny) with its field year, into a real Neo4j", () => {
  it("activates the default model and scores every HCP of the seed", async () => {
    expect(await count("MATCH (m:ScoringModel {name: $model, status: 'ACTIVE'}) RETURN count(m) AS n", { model: names.model })).toBe(1);
    expect(
      await count(
        "MATCH (h:HCP) WHERE h.id STARTS WITH $prefix AND EXISTS { MATCH (:Score {id: h.id + '|' + $model}) } RETURN count(h) AS n",
        {
          model: names.model,
        },
      ),
    ).toBe(SCALES.tiny.hcps);
  });

  it("approves every plan but the current cycle's drafts, each with its targets", async () => {
    const plans = await one(
      `MATCH (cp:CallPlan) WHERE cp.id STARTS WITH $prefix
       RETURN count(cp) AS plans, collect(DISTINCT cp.status) AS statuses,
         [x IN collect(cp) WHERE x.status = 'DRAFT' | x.cycleId] AS drafts,
         min(COUNT { (cp)-[:HAS_TARGET]->(:Target {active: true})-[:TARGETS]->(:HCP) }) AS fewestTargets,
         sum(cp.targetCount) AS targets`,
    );
    expect(plans.plans).toBe(FIELD_CYCLES.length * plan.territories().length);
    expect(summary.rows.callPlans).toBe(plans.plans);
    expect(summary.rows.targets).toBe(plans.targets);
    expect(plans.drafts).toEqual([names.cycleId(FIELD_CYCLES[CURRENT_CYCLE]!.id)]);
    expect(plans.fewestTargets).toBeGreaterThan(0);
  });

  it("records activities as the API does, by reps covering the territories of their subjects", async () => {
    const a = await one(
      `MATCH (a:Activity) WHERE a.id STARTS WITH $prefix
       RETURN count(a) AS n,
         sum(CASE WHEN EXISTS { (:User {id: a.repId})-[:RECORDED]->(a) } AND a.id = a.repId + '|' + a.idempotencyKey AND a.version = 1
               AND a.startedAt IS :: ZONED DATETIME AND a.createdAt > a.startedAt AND a.fingerprint IS NOT NULL THEN 0 ELSE 1 END) AS malformed,
         sum(CASE WHEN (a.hcpId IS NULL OR EXISTS { (a)-[:WITH]->(:HCP {id: a.hcpId})-[:ALIGNED_TO]->(:Territory)<-[:COVERS]-(:User {id: a.repId}) })
               AND (a.accountId IS NULL OR EXISTS { (a)-[:AT]->(:Account {id: a.accountId})-[:ALIGNED_TO]->(:Territory)<-[:COVERS]-(:User {id: a.repId}) })
             THEN 0 ELSE 1 END) AS outside,
         sum(CASE WHEN a.createdAt > a.startedAt + duration({minutes: a.durationMinutes}) + duration('PT24H') THEN 1 ELSE 0 END) AS late`,
    );
    expect(a.n).toBe(summary.rows.activities);
    expect(a.n).toBeGreaterThan(300);
    expect(a.malformed).toBe(0);
    expect(a.outside).toBe(0);
    expect(Number(a.late) / Number(a.n)).toBeGreaterThan(0.04);
    expect(Number(a.late) / Number(a.n)).toBeLessThan(0.2);
  });

  it("keeps the reporting facts of its activities (rep-days, subjects) as the write path would", async () => {
    const facts = await one(
      `CALL () { MATCH (f:RepDayFact) WHERE f.id STARTS WITH $prefix
                 RETURN count(f) AS days, sum(reduce(s = 0, x IN f.activities | s + x)) AS activities, sum(reduce(s = 0, x IN f.onTime | s + x)) AS onTime }
       CALL () { MATCH (f:SubjectCallFact) WHERE f.id STARTS WITH $prefix RETURN count(f) AS subjects, sum(size(f.reps)) AS calls }
       RETURN days, activities, onTime, subjects, calls`,
    );
    const activities = await one(
      `MATCH (a:Activity) WHERE a.id STARTS WITH $prefix
       RETURN count(DISTINCT a.repId + '|' + toString(date(a.startedAt))) AS days, count(a) AS activities,
         sum(CASE WHEN a.createdAt <= a.startedAt + duration({minutes: a.durationMinutes}) + duration('PT24H') THEN 1 ELSE 0 END) AS onTime,
         count(DISTINCT CASE WHEN a.outcome = 'COMPLETED' THEN coalesce(a.hcpId, a.accountId) END) AS subjects`,
    );
    expect(facts.days).toBe(activities.days);
    expect(facts.activities).toBe(activities.activities);
    expect(facts.onTime).toBe(activities.onTime);
    expect(Number(facts.subjects)).toBeGreaterThanOrEqual(Number(activities.subjects));
  });

  it("gives the approved targets of past cycles about their planned calls", async () => {
    const r = await one(
      `MATCH (cp:CallPlan {status: 'APPROVED'})-[:FOR_CYCLE]->(c:Cycle) WHERE cp.id STARTS WITH $prefix AND c.endDate < date($today)
       WITH cp, datetime({date: c.startDate}) AS from, datetime({date: c.endDate + duration({days: 1})}) AS to,
         [(u:User)-[:COVERS]->(:Territory {id: cp.territoryId}) | u.id] AS reps
       MATCH (cp)-[:HAS_TARGET]->(tg:Target {active: true})
       CALL (tg, from, to, reps) {
         MATCH (a:Activity {hcpId: tg.subjectId}) WHERE a.outcome = 'COMPLETED' AND a.repId IN reps AND a.startedAt >= from AND a.startedAt < to
         RETURN count(a) AS made
       }
       RETURN sum(tg.plannedCalls) AS planned, sum(made) AS made, sum(CASE WHEN made = 0 THEN 1 ELSE 0 END) AS unseen, count(tg) AS targets`,
      { today: FIELD_CYCLES[CURRENT_CYCLE]!.startDate },
    );
    expect(Number(r.made) / Number(r.planned)).toBeGreaterThan(0.7);
    expect(Number(r.made) / Number(r.planned)).toBeLessThan(1.05);
    expect(Number(r.unseen)).toBeGreaterThan(0);
    expect(Number(r.unseen)).toBeLessThan(Number(r.targets) / 5);
  });

  it("stores current survey answers of about 30% of the HCPs, each sheet valid under the active survey", async () => {
    const repOf = new Map(plan.users().flatMap((u) => u.covers.map((t) => [t, u.id] as const)));
    const expected = Array.from({ length: SCALES.tiny.hcps }, (_, i) => profileAnswers(plan, i, (t) => repOf.get(t) ?? null)).filter(
      (x) => x !== null,
    );
    const survey = await one("MATCH (s:Survey {key: $key, status: 'ACTIVE'}) RETURN s.definition AS definition, s.version AS version", {
      key: names.survey,
    });
    const questionnaire = questionnaireSchema.parse(JSON.parse(survey.definition as string));
    const { records } = await driver.executeQuery(
      `MATCH (h:HCP)-[:ANSWERED]->(a:SurveyAnswer {survey: $survey}) WHERE h.id STARTS WITH $prefix
       RETURN h.id AS id, collect(a {.questionKey, .value, .current, .question, .version, .subjectId}) AS answers`,
      { prefix, survey: names.survey },
    );
    expect(records).toHaveLength(expected.length);
    expect(expected.length / SCALES.tiny.hcps).toBeGreaterThan(0.2);
    for (const r of records) {
      const answers = toNative(r.get("answers")) as {
        questionKey: string;
        value: never;
        current: boolean;
        question: string;
        subjectId: string;
        version: number;
      }[];
      expect(answers.every((x) => x.current && x.question === `${names.survey}.${x.questionKey}` && x.subjectId === r.get("id"))).toBe(
        true,
      );
      expect(answers.every((x) => x.version === survey.version)).toBe(true);
      const sheet = Object.fromEntries(answers.map((x) => [x.questionKey, x.value]));
      expect(checkSubmission(questionnaire, {}, sheet).problems, r.get("id") as string).toEqual([]);
    }
  });

  it("gives the seed's accounts their opening hours", async () => {
    const expected = Array.from({ length: SCALES.tiny.accounts }, (_, j) => accountHours(plan, j)).filter((x) => x !== null).length;
    expect(expected).toBeGreaterThan(0);
    expect(await count("MATCH (a:Account) WHERE a.id STARTS WITH $prefix AND a.openingHours IS NOT NULL RETURN count(a) AS n")).toBe(
      expected,
    );
  });

  it("seeds touchpoints and answers for the HCPs and rolls them up: a falling organization's NPS drops through the year", async () => {
    const touchpoints = await count("MATCH (t:Touchpoint)-[:WITH]->(h:HCP) WHERE h.id STARTS WITH $prefix RETURN count(t) AS n");
    const answers = await count("MATCH (f:Feedback)-[:FROM]->(h:HCP) WHERE h.id STARTS WITH $prefix RETURN count(f) AS n");
    expect(touchpoints).toBeGreaterThan(SCALES.tiny.hcps * 5);
    expect(answers).toBeGreaterThan(SCALES.tiny.hcps / 2);
    const falling = plan.organizationId(3);
    const early = await entityExperience(driver, UNRESTRICTED_SCOPE, falling, { from: "2026-01", to: "2026-04" });
    const late = await entityExperience(driver, UNRESTRICTED_SCOPE, falling, { from: "2026-08", to: "2026-11" });
    expect(early.kpis.nps.responses).toBeGreaterThan(0);
    expect(late.kpis.nps.score!).toBeLessThan(early.kpis.nps.score! - 30);
    expect(late.kpis.engagement.delivered).toBeGreaterThan(0);
  });

  it("adds nothing on a second run", async () => {
    // Scores are left out: any model activated meanwhile (by a test sharing the database) scores every subject in it.
    const counts = () =>
      one(
        `RETURN COUNT { MATCH (n) WHERE n.id STARTS WITH $prefix AND NOT n:Score } AS nodes,
                COUNT { MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix } AS relationships,
                COUNT { MATCH (m:ScoringModel {name: $model}) } AS versions`,
        { model: names.model },
      );
    const before = await counts();
    const again = await seedDatabase(driver, { scale: "tiny", seed: SEED, idPrefix: prefix });
    expect(again.mode).toBe("merge");
    expect(await counts()).toEqual(before);
  }, 600_000);
});
