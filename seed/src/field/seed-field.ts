/**
 * The seeded field year on top of the base data (docs/FIELD.md, "Seeded field data"): opening
 * hours, the profiling survey and its answers, influence measures and the default scoring model,
 * the cycles and call plans, a year of activities consistent with them, the reporting facts and
 * the customer-experience lists.
 * Each step keeps what is already there, so a second run adds nothing.
 */
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { driverRunner } from "@pharmagraph/api/db/cypher-runner.ts";
import { ancestorLayers } from "@pharmagraph/api/analytics/rollup-store/refresh.ts";
import { rebuildExperience, recomputeExperienceLayers, refreshExperience } from "@pharmagraph/api/experience/facts/experience-facts.ts";
import { rebuildFacts } from "@pharmagraph/api/field/reporting/rebuild-facts.ts";
import { activateSurvey, listSurveys, saveSurveyDraft } from "@pharmagraph/api/field/surveys/survey-store.ts";
import { forEachConcurrently } from "@pharmagraph/api/model/concurrently.ts";
import { SeedPlan } from "../seed-plan.ts";
import { SCALES } from "../scales.ts";
import { secondsSince } from "../summary.ts";
import { accountHours } from "./account-hours.ts";
import { ensureInfluence } from "./ensure-scores.ts";
import { fieldNames } from "./field-config.ts";
import { WRITE_OPENING_HOURS, WRITE_SURVEY_ANSWERS } from "./field-queries.ts";
import { profileAnswers, profilingSurvey } from "./profiling-survey.ts";
import { fieldReps, seedActivities } from "./seed-activities.ts";
import { seedCallPlans } from "./seed-call-plans.ts";

export interface FieldOptions {
  batchSize: number;
  concurrency: number;
  onPhase?: (phase: string, label: string, total: number) => void;
  onProgress?: (phase: string, done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface FieldSummary {
  rows: Record<string, number>;
  seconds: Record<string, number>;
}

/** Whether the database holds field data, and the unprefixed `demo` seed (its first HCP, its number of HCPs). */
const FIELD_STATE = `
RETURN EXISTS { MATCH (a:Activity) } AS field,
  EXISTS { MATCH (:HCP {id: 'HCP-0000001'}) } AND COUNT { MATCH (h:HCP) } = $demoHcps AS demo`;

/** Writes `rows(i)` for i < count in batches of about `batchSize` rows; returns the rows written. */
async function writeRows<Row>(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  count: number,
  rowOf: (i: number) => Row | null,
  o: Pick<FieldOptions, "batchSize" | "concurrency">,
  onProgress: (done: number) => void,
): Promise<number> {
  function* batches(): Generator<Row[]> {
    let batch: Row[] = [];
    for (let i = 0; i < count; i++) {
      const row = rowOf(i);
      if (row) batch.push(row);
      if (batch.length >= o.batchSize || (i === count - 1 && batch.length > 0)) {
        onProgress(i + 1);
        yield batch;
        batch = [];
      }
    }
  }
  let rows = 0;
  await forEachConcurrently(batches(), o.concurrency, async (batch) => {
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run(query, { ...params, rows: batch }));
    } finally {
      await session.close();
    }
    rows += batch.length;
  });
  return rows;
}

/** The active version of the seed's survey, saved and activated when missing or different. */
async function ensureSurvey(driver: Driver, key: string, actor: string): Promise<number> {
  const survey = profilingSurvey(key);
  const active = (await listSurveys(driver, key, "ACTIVE"))[0];
  if (active && active.definition === JSON.stringify(survey)) return active.version;
  const draft = await saveSurveyDraft(driver, survey, actor);
  return (await activateSurvey(driver, key, draft.version, actor)).version;
}

export async function seedField(driver: Driver, plan: SeedPlan, o: FieldOptions): Promise<FieldSummary> {
  const rows: Record<string, number> = {};
  const seconds: Record<string, number> = {};
  const names = fieldNames(plan.idPrefix);
  const users = plan.users();
  const admin = users.find((u) => u.role === "ADMIN")!.id;
  const analyst = users.find((u) => u.role === "ANALYST")!.id;
  const repOf = new Map(users.filter((u) => u.role === "REP").flatMap((u) => u.covers.map((t) => [t, u.id] as const)));
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    seconds[name] = secondsSince(start, performance.now());
    return result;
  };
  const progress = (name: string, label: string, total: number) => {
    o.onPhase?.(name, label, total);
    return (done: number) => o.onProgress?.(name, done, total);
  };

  rows.openingHours = await step("openingHours", () => {
    const tick = progress("openingHours", "Account.openingHours", plan.scale.accounts);
    return writeRows(driver, WRITE_OPENING_HOURS, {}, plan.scale.accounts, (j) => accountHours(plan, j), o, tick);
  });
  rows.surveySheets = await step("surveyAnswers", async () => {
    const tick = progress("surveyAnswers", "SurveyAnswer (HCPs)", plan.scale.hcps);
    const version = await ensureSurvey(driver, names.survey, analyst);
    const profile = (i: number) => profileAnswers(plan, i, (t) => repOf.get(t) ?? null);
    return writeRows(driver, WRITE_SURVEY_ANSWERS, { survey: names.survey, version }, plan.scale.hcps, profile, o, tick);
  });
  // A run covers every HCP of the database: a seed under a prefix shares it with others and leaves the measures alone.
  const influence =
    plan.idPrefix === ""
      ? await step("influence", () => ensureInfluence(driver, { period: plan.scale.periods.at(-1)!, actor: admin, log: o.log }))
      : null;
  const plans = await step("callPlans", () =>
    seedCallPlans(driver, plan, { model: names.model, actor: admin, concurrency: o.concurrency, rescore: influence !== null, log: o.log }),
  );
  rows.scores = plans.scores;
  rows.callPlans = plans.plans;
  rows.targets = plans.targets;
  rows.droppedTargets = plans.dropped;
  rows.approvedPlans = plans.approved;
  rows.draftPlans = plans.drafts;
  rows.activities = await step("activities", () => {
    const tick = progress("activities", "Activity (reps)", fieldReps(plan).length);
    return seedActivities(driver, plan, { ...o, refreshFacts: plan.idPrefix !== "", onProgress: tick });
  });
  if (plan.idPrefix === "") {
    const facts = await step("facts", () => rebuildFacts(driver));
    rows.factKeys = facts.repDays + facts.subjects;
  }
  rows.experienceHcps = await step("experience", () => seedExperience(driver, plan, o.log));
  return { rows, seconds };
}

/**
 * The experience lists of the seeded touchpoints, answers, activities and prescribing: all of
 * them for an unprefixed seed, only the seed's HCPs (and what is above them) under a prefix.
 */
async function seedExperience(driver: Driver, plan: SeedPlan, log?: (line: string) => void): Promise<number> {
  if (plan.idPrefix === "") return (await rebuildExperience(driver, log)).hcps;
  const run = driverRunner(driver);
  const ids = Array.from({ length: plan.scale.hcps }, (_, i) => plan.hcpId(i));
  const page = 1_000;
  // The HCPs' own lists a page at a time, then what is above all of them once.
  for (let i = 0; i < ids.length; i += page)
    await refreshExperience(run, { records: ids.slice(i, i + page), metrics: ids.slice(i, i + page) }, []);
  await recomputeExperienceLayers(run, await ancestorLayers(run, ids));
  return ids.length;
}

/**
 * For `npm start` on a database seeded before the seed made field data: the field year of the
 * `demo` seed (with its scores and influence measures) when the database holds that seed.
 */
export async function ensureFieldData(driver: Driver, log: (line: string) => void): Promise<void> {
  const r = (await driver.executeQuery(FIELD_STATE, { demoHcps: SCALES.demo.hcps })).records[0]!;
  if (r.get("field") === true) return;
  if (r.get("demo") !== true) {
    log("No field data (plans, activities): `npm run seed -- --scale <scale> --reset` seeds them with the rest.");
    return;
  }
  log("No field data: adding the field year of the demo seed (scores, call plans, activities)...");
  await seedField(driver, new SeedPlan(SCALES.demo, 42), { batchSize: 10_000, concurrency: 2, log });
}
