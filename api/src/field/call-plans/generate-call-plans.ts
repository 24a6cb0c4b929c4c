/**
 * Generates the DRAFT call plans of a cycle for a set of territories: every scored subject aligned
 * to a territory is a candidate with the segment of the active version of the scoring model(s),
 * `selectTargets` picks the targets within the territory's capacity, and each plan is written
 * with its targets in one transaction per batch of territories. Approved plans are never touched;
 * drafts and rejected plans are replaced.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { forEachConcurrently } from "../../model/concurrently.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { type AuditContext, createAuditEvent } from "../../model/audit-event.ts";
import { type Candidate, type SubjectKind, selectTargets, type Target, territoryCapacity } from "./select-targets.ts";

/** How many dropped candidates a plan keeps for review (the count is kept in full). */
const DROPPED_KEPT = 200;
const TARGETS_PER_WRITE = 10_000;
/** Plans of different territories share no nodes but their cycle, so two transactions write side by side. */
const WRITERS = 2;

const CYCLE = `MATCH (c:Cycle {id: $cycleId}) RETURN c.workingDays AS workingDays`;

const ACTIVE_MODEL = `
MATCH (m:ScoringModel {name: $name, status: 'ACTIVE'})
RETURN m.version AS version, coalesce(apoc.convert.fromJsonMap(m.definition).subject, 'HCP') AS subject`;

/** The territories asked for (all when null), with what a plan needs about each. */
const TERRITORIES = `
MATCH (t:Territory) WHERE $territoryIds IS NULL OR t.id IN $territoryIds
RETURN t.id AS id,
  EXISTS { (:User {id: $caller})-[:MANAGES]->(t) } AS managed,
  [(u:User)-[:COVERS]->(t) | COUNT { (u)-[:COVERS]->(:Territory) }] AS territoriesPerRep,
  head(COLLECT { MATCH (cp:CallPlan {id: $cycleId + '|' + t.id}) RETURN cp.status }) AS status
ORDER BY id`;

/**
 * Candidates of one model from its scores: only segments with calls can become targets, so the read
 * starts from those scores (a range of the `(model, subjectId)` index) and expands to the subject's
 * territories, instead of looking up a score for every aligned subject.
 */
const CANDIDATES = {
  HCP: `
MATCH (s:Score {model: $model}) WHERE s.segment IN $segments
MATCH (:HCP {id: s.subjectId})-[:ALIGNED_TO]->(t:Territory)
RETURN t.id AS tid, s.subjectId AS subjectId, s.segment AS segment, s.score AS score`,
  ACCOUNT: `
MATCH (s:Score {model: $model}) WHERE s.segment IN $segments
MATCH (:Account {id: s.subjectId})-[:ALIGNED_TO]->(t:Territory)
RETURN t.id AS tid, s.subjectId AS subjectId, s.segment AS segment, s.score AS score`,
} as const;

const WRITE_PLANS = `
MATCH (c:Cycle {id: $cycleId})
UNWIND $plans AS p
MATCH (t:Territory {id: p.territoryId})
MERGE (cp:CallPlan {id: p.id})
ON CREATE SET cp.version = 0
WITH c, t, p, cp
CALL apoc.lock.nodes([cp])
WITH c, t, p, cp, cp {.status, .model, .modelVersion, .plannedCalls, .targetCount} AS before
WHERE coalesce(cp.status, '') <> 'APPROVED'
CALL (cp) { MATCH (cp)-[:HAS_TARGET]->(old:Target) DETACH DELETE old }
CALL (cp) { MATCH (cp)<-[:FOR_PLAN]-(change:TargetChange {status: 'PENDING'}) SET change.status = 'WITHDRAWN', change.decidedAt = datetime(), change.comment = 'the plan was generated again' }
MERGE (cp)-[:FOR_CYCLE]->(c)
MERGE (cp)-[:FOR_TERRITORY]->(t)
SET cp.cycleId = c.id, cp.territoryId = t.id, cp.status = 'DRAFT', cp.model = $model, cp.modelVersion = $modelVersion,
  cp.accountModel = $accountModel, cp.accountModelVersion = $accountModelVersion, cp.frequencies = $frequencies,
  cp.callsPerDay = toInteger($callsPerDay), cp.capacity = toInteger(p.capacity), cp.plannedCalls = toInteger(p.plannedCalls),
  cp.targetCount = size(p.hcpTargets) + size(p.accountTargets), cp.dropped = p.dropped, cp.droppedCount = toInteger(p.droppedCount),
  cp.generatedAt = datetime(), cp.generatedBy = $audit.actor, cp.reviewedBy = null, cp.reviewedAt = null, cp.reviewComment = null,
  cp.version = cp.version + 1
WITH cp, p, before
CALL (cp, p) {
  UNWIND p.hcpTargets AS x
  MATCH (subject:HCP {id: x.subjectId})
  CREATE (cp)-[:HAS_TARGET]->(tg:Target {id: cp.id + '|' + x.subjectId, planId: cp.id, cycleId: cp.cycleId, territoryId: cp.territoryId,
    subjectId: x.subjectId, subjectKind: 'HCP', segment: x.segment, score: x.score, plannedCalls: toInteger(x.plannedCalls),
    origin: 'GENERATED', active: true})-[:TARGETS]->(subject)
}
CALL (cp, p) {
  UNWIND p.accountTargets AS x
  MATCH (subject:Account {id: x.subjectId})
  CREATE (cp)-[:HAS_TARGET]->(tg:Target {id: cp.id + '|' + x.subjectId, planId: cp.id, cycleId: cp.cycleId, territoryId: cp.territoryId,
    subjectId: x.subjectId, subjectKind: 'ACCOUNT', segment: x.segment, score: x.score, plannedCalls: toInteger(x.plannedCalls),
    origin: 'GENERATED', active: true})-[:TARGETS]->(subject)
}
${createAuditEvent({
  action: "CASE WHEN before.status IS NULL THEN 'CREATE' ELSE 'UPDATE' END",
  subject: "'CALL_PLAN'",
  subjectId: "cp.id",
  fromId: "cp.territoryId",
  toId: "cp.cycleId",
  before: "CASE WHEN before.status IS NULL THEN null ELSE before END",
  after: "cp {.status, .model, .modelVersion, .plannedCalls, .targetCount}",
})}
RETURN collect(cp.id) AS written`;

export interface GenerationRequest {
  cycleId: string;
  model: string;
  accountModel: string | null;
  frequencies: Map<string, number>;
  callsPerDay: number;
  territoryIds: string[] | null;
  /** MANAGERs generate only for territories they manage. */
  managedOnly: boolean;
  audit: AuditContext;
}

export interface GenerationResult {
  plans: number;
  targets: number;
  plannedCalls: number;
  dropped: number;
  /** Territories whose plan was already approved: left as they are. */
  skippedApproved: string[];
  milliseconds: number;
}

interface PlanRow {
  id: string;
  territoryId: string;
  capacity: number;
  plannedCalls: number;
  hcpTargets: Target[];
  accountTargets: Target[];
  dropped: string;
  droppedCount: number;
}

interface ActiveModel {
  name: string;
  version: number;
  subject: SubjectKind;
}

async function activeModel(driver: Driver, name: string, argument: string, subjects: SubjectKind[]): Promise<ActiveModel> {
  const r = (await driver.executeQuery(ACTIVE_MODEL, { name }, { routing: "READ" })).records[0];
  if (!r) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Scoring model ${name} has no active version.`, { argumentPath: [argument] });
  const subject = r.get("subject") as SubjectKind;
  if (!subjects.includes(subject))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Scoring model ${name} scores ${subject}s, not ${subjects.join(" or ")}s.`, {
      argumentPath: [argument],
    });
  return { name, version: Number(r.get("version")), subject };
}

/** The candidates of the open territories, read for all models at once. */
async function readCandidates(
  driver: Driver,
  models: ActiveModel[],
  segments: string[],
  open: string[],
): Promise<Map<string, Candidate[]>> {
  const candidates = new Map<string, Candidate[]>(open.map((id) => [id, []]));
  await Promise.all(
    models.map((m) =>
      streamRecords(driver, CANDIDATES[m.subject], { model: m.name, segments }, (r) => {
        candidates.get(r.get("tid") as string)?.push({
          subjectId: r.get("subjectId") as string,
          subjectKind: m.subject,
          segment: r.get("segment") as string,
          score: toNative(r.get("score")) as number | null,
        });
      }),
    ),
  );
  return candidates;
}

export async function generateCallPlans(driver: Driver, req: GenerationRequest): Promise<GenerationResult> {
  const started = performance.now();
  const cycle = (await driver.executeQuery(CYCLE, { cycleId: req.cycleId }, { routing: "READ" })).records[0];
  if (!cycle) throw new DomainError(ErrorCode.NOT_FOUND, `Cycle ${req.cycleId} not found`);
  const workingDays = Number(cycle.get("workingDays"));
  const model = await activeModel(driver, req.model, "model", ["HCP", "ACCOUNT"]);
  const accountModel = req.accountModel ? await activeModel(driver, req.accountModel, "accountModel", ["ACCOUNT"]) : null;

  const territories = (
    await driver.executeQuery(
      TERRITORIES,
      { territoryIds: req.territoryIds, caller: req.audit.actor, cycleId: req.cycleId },
      { routing: "READ" },
    )
  ).records.map((r) => toNative(r.toObject()) as { id: string; managed: boolean; territoriesPerRep: number[]; status: string | null });
  const missing = (req.territoryIds ?? []).filter((id) => !territories.some((t) => t.id === id));
  if (missing.length > 0)
    throw new DomainError(ErrorCode.NOT_FOUND, `Territory ${missing.join(", ")} not found`, { argumentPath: ["territoryIds"] });
  const unmanaged = req.managedOnly ? territories.filter((t) => !t.managed).map((t) => t.id) : [];
  if (req.managedOnly && req.territoryIds === null) territories.splice(0, territories.length, ...territories.filter((t) => t.managed));
  else if (unmanaged.length > 0)
    throw new DomainError(ErrorCode.FORBIDDEN, `You do not manage territory ${unmanaged.slice(0, 10).join(", ")}.`);

  const skippedApproved = territories.filter((t) => t.status === "APPROVED").map((t) => t.id);
  const open = territories.filter((t) => t.status !== "APPROVED");
  const segments = [...req.frequencies].filter(([, calls]) => calls > 0).map(([segment]) => segment);
  const candidates = await readCandidates(
    driver,
    [model, accountModel].filter((m): m is ActiveModel => m !== null),
    segments,
    open.map((t) => t.id),
  );

  const result: GenerationResult = { plans: 0, targets: 0, plannedCalls: 0, dropped: 0, skippedApproved, milliseconds: 0 };
  const params = {
    cycleId: req.cycleId,
    model: model.name,
    modelVersion: model.version,
    accountModel: accountModel?.name ?? null,
    accountModelVersion: accountModel?.version ?? null,
    frequencies: JSON.stringify(Object.fromEntries(req.frequencies)),
    callsPerDay: req.callsPerDay,
    audit: req.audit,
  };
  const write = async (batch: PlanRow[]) => {
    const { records } = await driver.executeQuery(WRITE_PLANS, { ...params, plans: batch });
    const written = new Set(records[0]!.get("written") as string[]);
    for (const p of batch) {
      if (!written.has(p.id)) {
        result.skippedApproved.push(p.territoryId);
        continue;
      }
      result.plans++;
      result.targets += p.hcpTargets.length + p.accountTargets.length;
      result.plannedCalls += p.plannedCalls;
      result.dropped += p.droppedCount;
    }
  };
  function* batches(): Generator<PlanRow[]> {
    let batch: PlanRow[] = [];
    let batchTargets = 0;
    for (const t of open) {
      const capacity = territoryCapacity(workingDays, req.callsPerDay, t.territoriesPerRep);
      const s = selectTargets(candidates.get(t.id)!, req.frequencies, capacity);
      candidates.delete(t.id);
      batch.push({
        id: `${req.cycleId}|${t.id}`,
        territoryId: t.id,
        capacity,
        plannedCalls: s.plannedCalls,
        hcpTargets: s.targets.filter((x) => x.subjectKind === "HCP"),
        accountTargets: s.targets.filter((x) => x.subjectKind === "ACCOUNT"),
        dropped: JSON.stringify(s.dropped.slice(0, DROPPED_KEPT)),
        droppedCount: s.dropped.length,
      });
      batchTargets += s.targets.length;
      if (batchTargets >= TARGETS_PER_WRITE) {
        yield batch;
        batch = [];
        batchTargets = 0;
      }
    }
    if (batch.length > 0) yield batch;
  }
  await forEachConcurrently(batches(), WRITERS, write);
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}
