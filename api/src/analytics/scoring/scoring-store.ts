/**
 * Scoring models and scores in the graph. `(:ScoringModel {id: 'name|version', name, version,
 * status DRAFT | ACTIVE | RETIRED, definition (JSON), createdBy, createdAt, activatedBy,
 * activatedAt})`: drafts can be replaced, an activated version never changes, one version per
 * name is ACTIVE, every version of a name scores the same subject. `(:Score {id:
 * 'subjectId|model', subjectId, subject, model, version, score, segment, flags, explanation
 * (JSON)})`: every subject's score under the active version of each model.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { DRAFT_VERSION } from "../../model/cypher-fragments.ts";
import { loadColumns } from "./load-columns.ts";
import { scoringModelSchema, type ScoringModel, type ScoringSubject } from "./model.ts";
import { scoreColumns, type ScoredColumns } from "./score.ts";
import { NO_SEGMENT, simulate, type Simulation } from "./simulate.ts";

export type ModelStatus = "DRAFT" | "ACTIVE" | "RETIRED";

export interface StoredModel {
  name: string;
  version: number;
  status: ModelStatus;
  subject: ScoringSubject;
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
${DRAFT_VERSION("ScoringModel", "name", "$name")}
MERGE (m:ScoringModel {id: $name + '|' + toString(version)})
ON CREATE SET m.name = $name, m.version = version, m.status = 'DRAFT'
SET m.definition = $definition, m.createdBy = $actor, m.createdAt = datetime()
RETURN m {.name, .version, .status, .definition, .createdBy, createdAt: toString(m.createdAt), activatedAt: null} AS m`;

const ACTIVE_SEGMENTS = `MATCH (s:Score {model: $name}) WHERE s.subjectId IS NOT NULL RETURN s.subjectId AS id, s.segment AS segment`;

const WRITE_SCORES = `
UNWIND $rows AS r
MERGE (s:Score {id: r.id + '|' + $name})
SET s.subjectId = r.id, s.subject = $subject, s.model = $name, s.version = $version, s.score = r.score, s.segment = r.segment, s.flags = r.flags, s.explanation = r.explanation`;

const ACTIVATE = `
MATCH (m:ScoringModel {name: $name, version: $version})
OPTIONAL MATCH (previous:ScoringModel {name: $name, status: 'ACTIVE'}) WHERE previous <> m
SET previous.status = 'RETIRED'
SET m.status = 'ACTIVE', m.activatedBy = $actor, m.activatedAt = datetime()`;

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

/** A stored model with its subject, which definitions saved before subjects existed leave out (HCP). */
function storedModel(m: unknown): StoredModel {
  const stored = toNative(m) as Omit<StoredModel, "subject">;
  return { ...stored, subject: (JSON.parse(stored.definition) as { subject?: ScoringSubject }).subject ?? "HCP" };
}

export async function listModels(driver: Driver, name: string | null): Promise<StoredModel[]> {
  const result = await driver.executeQuery(LIST, { name }, { routing: "READ" });
  return result.records.map((r) => storedModel(r.get("m")));
}

/** A draft; its subject must be that of the versions already activated, whose scores it replaces. */
export async function saveDraft(driver: Driver, model: ScoringModel, actor: string): Promise<StoredModel> {
  const activated = (await listModels(driver, model.name)).find((m) => m.status !== "DRAFT");
  if (activated && activated.subject !== model.subject)
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `Model ${model.name} scores ${activated.subject} subjects (version ${activated.version}); save a model of ${model.subject} subjects under another name.`,
      { argumentPath: ["definition", "subject"] },
    );
  const result = await driver.executeQuery(SAVE_DRAFT, { name: model.name, definition: JSON.stringify(model), actor });
  return storedModel(result.records[0]!.get("m"));
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

async function scoreModel(driver: Driver, model: ScoringModel): Promise<ScoredColumns> {
  const { ids, columns } = await loadColumns(driver, model);
  return scoreColumns(model, ids, columns);
}

/** The draft's segments against what the active version stored: nothing is written. */
export async function simulateVersion(
  driver: Driver,
  name: string,
  version: number,
): Promise<Simulation & { subject: ScoringSubject; activeVersion: number | null }> {
  const { model, activeVersion } = await modelVersion(driver, name, version);
  const scores = await scoreModel(driver, model);
  const active = new Map<string, string | null>();
  await streamRecords(driver, ACTIVE_SEGMENTS, { name }, (r) => active.set(r.get("id") as string, r.get("segment") as string | null));
  return { ...simulate(active, scores), subject: model.subject, activeVersion };
}

const WRITE_BATCH = 10_000;

/** Scores every subject with the version, stores the scores, then makes the version the active one. */
export async function activateVersion(
  driver: Driver,
  name: string,
  version: number,
  actor: string,
): Promise<{ subject: ScoringSubject; subjects: number; counts: Record<string, number>; milliseconds: number }> {
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
      [i, i + WRITE_BATCH]
        .filter((s) => s < n)
        .map((s) => driver.executeQuery(WRITE_SCORES, { name, version, subject: model.subject, rows: rows(s) })),
    );
  }
  const counts: Record<string, number> = {};
  for (const segment of scores.segment) counts[segment ?? NO_SEGMENT] = (counts[segment ?? NO_SEGMENT] ?? 0) + 1;
  await driver.executeQuery(ACTIVATE, { name, version, actor });
  return { subject: model.subject, subjects: n, counts, milliseconds: Math.round(performance.now() - started) };
}
