/**
 * Influence measures and HCP scores of the seeded database, through the product's own paths
 * (`recomputeInfluence`, `saveDraft` + `activateVersion`); what is in place already is kept.
 */
import type { Driver } from "neo4j-driver";
import { recomputeInfluence } from "@pharmagraph/api/analytics/influence/influence-store.ts";
import { scoringModelSchema } from "@pharmagraph/api/analytics/scoring/model.ts";
import { activateVersion, listModels, saveDraft } from "@pharmagraph/api/analytics/scoring/scoring-store.ts";
import { priorityModel } from "./priority-model.ts";

const INFLUENCE_METRIC = "TRX";

const HAS_INFLUENCE = `
MATCH (current:InfluenceCurrent)
MATCH (run:InfluenceRun {id: current.runId})
RETURN run.valueMetric = $metric AND run.valuePeriod = $period AS done`;

/** Whether an HCP under the prefix lacks a score of the model (a reset under a prefix deletes the scores, not the model). */
const SCORES_MISSING = `
RETURN EXISTS {
  MATCH (h:HCP) WHERE h.id STARTS WITH $prefix AND NOT EXISTS { MATCH (:Score {id: h.id + '|' + $model}) }
} AS missing`;

/**
 * Influence measures of `period` (TRX), unless the current run is of that period already.
 * Only a whole-database seed computes them: a run covers every HCP, and a seed under a prefix
 * shares the database with others. Returns the seconds taken, or null when nothing was done.
 */
export async function ensureInfluence(
  driver: Driver,
  o: { period: string; actor: string; log?: (line: string) => void },
): Promise<number | null> {
  const done = (await driver.executeQuery(HAS_INFLUENCE, { metric: INFLUENCE_METRIC, period: o.period })).records[0]?.get("done") === true;
  if (done) return null;
  o.log?.(`Computing influence measures (${INFLUENCE_METRIC} ${o.period})...`);
  const summary = await recomputeInfluence(driver, { metric: INFLUENCE_METRIC, period: o.period }, { actor: o.actor });
  return Math.round(summary.milliseconds.total / 10) / 100;
}

export interface ScoreOptions {
  idPrefix: string;
  /** Scoring model name. */
  model: string;
  /** The metric-period the model reads. */
  period: string;
  /** The user recorded as authoring and activating the model. */
  actor: string;
  /** Score again even when the active version is this definition (influence measures changed). */
  force?: boolean;
  log?: (line: string) => void;
}

/**
 * Makes the default model reading `period` the active version, with every HCP under the prefix
 * scored. Returns the HCPs scored, or null when the active version and its scores were in place.
 */
export async function ensureScores(driver: Driver, o: ScoreOptions): Promise<number | null> {
  const model = priorityModel(o.model, o.period);
  const active = (await listModels(driver, o.model)).find((m) => m.status === "ACTIVE");
  const sameDefinition =
    active !== undefined && JSON.stringify(scoringModelSchema.parse(JSON.parse(active.definition))) === JSON.stringify(model);
  const missing = (await driver.executeQuery(SCORES_MISSING, { prefix: o.idPrefix, model: o.model })).records[0]?.get("missing") === true;
  if (sameDefinition && !missing && !o.force) return null;
  o.log?.(`Scoring HCPs with ${o.model} (${o.period})...`);
  const draft = await saveDraft(driver, model, o.actor);
  return (await activateVersion(driver, o.model, draft.version, o.actor)).subjects;
}
