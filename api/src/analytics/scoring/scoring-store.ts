/**
 * Scoring models and scores in the graph. `(:ScoringModel {id: 'name|version', name, version,
 * status DRAFT | ACTIVE | RETIRED, definition (JSON), createdBy, createdAt, activatedBy,
 * activatedAt})`: drafts can be replaced, an activated version never changes, one version per
 * name is ACTIVE. `(:Score {id: 'hcpId|model', hcpId, model, version, score, segment, flags,
 * explanation (JSON)})`: every HCP's score under the active version of each model.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { CURRENT_INFLUENCE, INFLUENCE_MEASURES } from "../../model/cypher-fragments.ts";
import { scoringModelSchema, type ScoringModel } from "./model.ts";
import { scoreColumns, type ScoredColumns } from "./score.ts";
import { simulate, type Simulation } from "./simulate.ts";
import type { Raw } from "./transforms.ts";

export type ModelStatus = "DRAFT" | "ACTIVE" | "RETIRED";

export interface StoredModel {
  name: string;
  version: number;
  status: ModelStatus;
  definition: string;
  createdBy: string;
  createdAt: string;
  activatedAt: string | null;
}

const LIST = `
MATCH (m:ScoringModel) WHERE $name IS NULL OR m.name = $name
RETURN m {.name, .version, .status, .definition, .createdBy, createdAt: toString(m.createdAt), activatedAt: toString(m.activatedAt)} AS m
ORDER BY m.name, m.version DESC`;

/** A new draft version, or the latest version replaced while it is still a draft. */
const SAVE_DRAFT = `
OPTIONAL MATCH (latest:ScoringModel {name: $name})
WITH latest ORDER BY latest.version DESC LIMIT 1
WITH CASE WHEN latest IS NULL THEN 1 WHEN latest.status = 'DRAFT' THEN latest.version ELSE latest.version + 1 END AS version
MERGE (m:ScoringModel {id: $name + '|' + toString(version)})
ON CREATE SET m.name = $name, m.version = version, m.status = 'DRAFT'
SET m.definition = $definition, m.createdBy = $actor, m.createdAt = datetime()
RETURN m {.name, .version, .status, .definition, .createdBy, createdAt: toString(m.createdAt), activatedAt: null} AS m`;

const ACTIVE_SEGMENTS = `MATCH (s:Score {model: $name}) RETURN s.hcpId AS id, s.segment AS segment`;

const WRITE_SCORES = `
UNWIND $rows AS r
MERGE (s:Score {id: r.id + '|' + $name})
SET s.hcpId = r.id, s.model = $name, s.version = $version, s.score = r.score, s.segment = r.segment, s.flags = r.flags, s.explanation = r.explanation`;

const ACTIVATE = `
MATCH (m:ScoringModel {name: $name, version: $version})
OPTIONAL MATCH (previous:ScoringModel {name: $name, status: 'ACTIVE'}) WHERE previous <> m
SET previous.status = 'RETIRED'
SET m.status = 'ACTIVE', m.activatedBy = $actor, m.activatedAt = datetime()`;

/** Attributes by name, influence measures by their index in the current run's slot. */
const HCP_COLUMNS = `
OPTIONAL MATCH (current:InfluenceCurrent)
MATCH (h:HCP)
WITH h, ${CURRENT_INFLUENCE("h", "current")} AS influence
RETURN h.id AS id, [f IN $attributes | h[f]] + [i IN $measures | influence[i]] AS values`;
const HCP_METRIC = `
MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period = $period
MATCH (h:HCP)-[:HAS_METRIC]->(m)
RETURN h.id AS id, m.value AS value`;
/** Current answers only: a superseded answer is history (api/src/field/surveys). */
const SURVEY_ANSWERS = `MATCH (a:SurveyAnswer {question: $question, current: true})<-[:ANSWERED]-(h:HCP) RETURN h.id AS id, a.value AS value`;

export class ModelNotFoundError extends DomainError {
  constructor(name: string, version: number) {
    super(ErrorCode.NOT_FOUND, `Scoring model ${name} version ${version} not found`);
  }
}

/** Active and retired versions never change. */
export class ModelImmutableError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { argumentPath: ["version"] });
  }
}

export async function listModels(driver: Driver, name: string | null): Promise<StoredModel[]> {
  const result = await driver.executeQuery(LIST, { name }, { routing: "READ" });
  return result.records.map((r) => toNative(r.get("m")) as StoredModel);
}

export async function saveDraft(driver: Driver, model: ScoringModel, actor: string): Promise<StoredModel> {
  const result = await driver.executeQuery(SAVE_DRAFT, { name: model.name, definition: JSON.stringify(model), actor });
  return toNative(result.records[0]!.get("m")) as StoredModel;
}

/** One version of a model, parsed, and the version of that name that is active (if any). */
async function modelVersion(
  driver: Driver,
  name: string,
  version: number,
): Promise<{ stored: StoredModel; model: ScoringModel; activeVersion: number | null }> {
  const versions = await listModels(driver, name);
  const stored = versions.find((m) => m.version === version);
  if (!stored) throw new ModelNotFoundError(name, version);
  const activeVersion = versions.find((m) => m.status === "ACTIVE")?.version ?? null;
  return { stored, model: scoringModelSchema.parse(JSON.parse(stored.definition)), activeVersion };
}

/** Every HCP's raw values for the model's components, read from the graph. */
export async function loadColumns(driver: Driver, model: ScoringModel): Promise<{ ids: string[]; columns: Record<string, Raw[]> }> {
  const attributes = [...new Set(model.components.flatMap((c) => (c.source.kind === "attribute" ? [c.source.field] : [])))];
  const measures = [...new Set(model.components.flatMap((c) => (c.source.kind === "influence" ? [c.source.measure] : [])))];
  const uniqueFields: string[] = [...attributes, ...measures];
  const ids: string[] = [];
  const index = new Map<string, number>();
  const byField = uniqueFields.map(() => [] as Raw[]);
  const params = { attributes, measures: measures.map((m) => INFLUENCE_MEASURES.indexOf(m)) };
  await streamRecords(driver, HCP_COLUMNS, params, (r) => {
    index.set(r.get("id") as string, ids.length);
    ids.push(r.get("id") as string);
    for (const [k, v] of (r.get("values") as unknown[]).entries()) byField[k]!.push(rawOf(v));
  });
  const columns: Record<string, Raw[]> = {};
  for (const c of model.components) {
    const s = c.source;
    if (s.kind === "attribute" || s.kind === "influence") {
      columns[c.key] = byField[uniqueFields.indexOf(s.kind === "attribute" ? s.field : s.measure)]!;
      continue;
    }
    const column: Raw[] = ids.map(() => null);
    const [query, params] =
      s.kind === "rollup" ? [HCP_METRIC, { metric: s.metric, period: s.period }] : [SURVEY_ANSWERS, { question: s.question }];
    await streamRecords(driver, query, params, (r) => {
      const i = index.get(r.get("id") as string);
      if (i !== undefined) column[i] = rawOf(r.get("value"));
    });
    columns[c.key] = column;
  }
  return { ids, columns };
}

function rawOf(v: unknown): Raw {
  const n = toNative(v);
  return typeof n === "number" || typeof n === "string" ? n : null;
}

async function scoreModel(driver: Driver, model: ScoringModel): Promise<ScoredColumns> {
  const { ids, columns } = await loadColumns(driver, model);
  return scoreColumns(model, ids, columns);
}

/** The draft's segments against what the active version stored: nothing is written. */
export async function simulateVersion(
  driver: Driver,
  name: string,
  version: number,
): Promise<Simulation & { activeVersion: number | null }> {
  const { model, activeVersion } = await modelVersion(driver, name, version);
  const scores = await scoreModel(driver, model);
  const active = new Map<string, string | null>();
  await streamRecords(driver, ACTIVE_SEGMENTS, { name }, (r) => active.set(r.get("id") as string, r.get("segment") as string | null));
  return { ...simulate(active, scores), activeVersion };
}

const WRITE_BATCH = 10_000;

/** Scores every HCP with the version, stores the scores, then makes the version the active one. */
export async function activateVersion(
  driver: Driver,
  name: string,
  version: number,
  actor: string,
): Promise<{ hcps: number; counts: Record<string, number>; milliseconds: number }> {
  const started = performance.now();
  const { stored, model } = await modelVersion(driver, name, version);
  if (stored.status === "ACTIVE") throw new ModelImmutableError(`Version ${version} of ${name} is already active.`);
  if (stored.status === "RETIRED")
    throw new ModelImmutableError(`Version ${version} of ${name} was retired; save the definition again as a new version.`);
  const scores = await scoreModel(driver, model);
  const n = scores.ids.length;
  const rows = (from: number) => {
    const batch = [];
    for (let i = from; i < Math.min(from + WRITE_BATCH, n); i++) {
      const x = scores.explain(i);
      batch.push({ id: x.id, score: x.score, segment: x.segment, flags: x.flags, explanation: JSON.stringify(x.explanation) });
    }
    return batch;
  };
  for (let i = 0; i < n; i += 2 * WRITE_BATCH) {
    await Promise.all(
      [i, i + WRITE_BATCH].filter((s) => s < n).map((s) => driver.executeQuery(WRITE_SCORES, { name, version, rows: rows(s) })),
    );
  }
  const counts: Record<string, number> = {};
  for (const segment of scores.segment) counts[segment ?? "(none)"] = (counts[segment ?? "(none)"] ?? 0) + 1;
  await driver.executeQuery(ACTIVATE, { name, version, actor });
  return { hcps: n, counts, milliseconds: Math.round(performance.now() - started) };
}
