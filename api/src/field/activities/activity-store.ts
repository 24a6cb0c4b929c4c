/**
 * Activities in the graph: `(:User)-[:RECORDED]->(:Activity {id: '<rep>|<idempotency key>', repId,
 * idempotencyKey, fingerprint, channel, hcpId, accountId, plannedAt, startedAt, durationMinutes,
 * outcome, products, keyMessages, activations (JSON), notes, createdAt, updatedAt, version})`,
 * `-[:WITH]->(:HCP)`, `-[:AT]->(:Account)`. The id is unique (constraint), so a retried
 * submission, even two at once, stores one activity.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { transactionRunner } from "../../db/cypher-runner.ts";
import { z } from "zod";
import { parseSettings } from "../../config/configuration-error.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { VISIBLE } from "../../model/cypher-fragments.ts";
import { refreshExperience } from "../../experience/facts/experience-facts.ts";
import { factKeysOf, mergeFactKeys, refreshFacts, storedFactKeys } from "../reporting/report-facts.ts";
import { type ActivityContent, contentFingerprint } from "./activity.ts";

const settingsSchema = z.object({
  ACTIVITY_EDIT_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(72),
});

/** How long after recording its rep may still edit an activity; then it is locked. */
export function activityEditHours(env: NodeJS.ProcessEnv = process.env): number {
  return parseSettings(settingsSchema, env, "activity settings").ACTIVITY_EDIT_HOURS;
}

/** Whether the subjects exist and the caller may see them (a hidden one is reported as missing). */
const SUBJECTS = `
OPTIONAL MATCH (h:HCP {id: $hcpId}) WHERE ${VISIBLE("h")}
OPTIONAL MATCH (acc:Account {id: $accountId}) WHERE ${VISIBLE("acc")}
RETURN h IS NOT NULL AS hcp, acc IS NOT NULL AS account`;

export const ACTIVITY_FIELDS = `a {.id, .repId, .channel, .hcpId, .accountId, plannedAt: toString(a.plannedAt), startedAt: toString(a.startedAt),
  .durationMinutes, .outcome, .products, .keyMessages, .activations, .notes, createdAt: toString(a.createdAt),
  updatedAt: toString(a.updatedAt), .version, editableUntil: toString(a.createdAt + duration({minutes: toInteger($editHours * 60)})),
  locked: datetime() > a.createdAt + duration({minutes: toInteger($editHours * 60)})}`;

const CONTENT_SET = `a.channel = $c.channel, a.hcpId = $c.hcpId, a.accountId = $c.accountId, a.plannedAt = datetime($c.plannedAt),
  a.startedAt = datetime($c.startedAt), a.durationMinutes = $c.durationMinutes, a.outcome = $c.outcome, a.products = $c.products,
  a.keyMessages = $c.keyMessages, a.activations = $activations, a.notes = $c.notes, a.fingerprint = $fingerprint`;

const LINK_SUBJECTS = `
CALL (a) { OPTIONAL MATCH (a)-[old:WITH|AT]->() DELETE old }
CALL (a) { MATCH (h:HCP {id: $c.hcpId}) CREATE (a)-[:WITH]->(h) }
CALL (a) { MATCH (acc:Account {id: $c.accountId}) CREATE (a)-[:AT]->(acc) }`;

const RECORD = `
MATCH (u:User {id: $repId})
MERGE (a:Activity {id: $id})
ON CREATE SET a.repId = $repId, a.idempotencyKey = $key, a.createdAt = datetime(), a.version = 1, ${CONTENT_SET}
WITH u, a, a.createdAt = datetime() AS created
CALL (u, a, created) {
  WITH * WHERE created
  CREATE (u)-[:RECORDED]->(a)
  WITH a
  ${LINK_SUBJECTS}
}
RETURN ${ACTIVITY_FIELDS} AS a, created, a.fingerprint AS fingerprint`;

const LOCK_OWN = `
MATCH (a:Activity {id: $id}) WHERE a.repId = $repId
CALL apoc.lock.nodes([a])
RETURN a.version AS version, datetime() > a.createdAt + duration({minutes: toInteger($editHours * 60)}) AS locked`;

const EDIT = `
MATCH (a:Activity {id: $id})
SET ${CONTENT_SET}, a.version = a.version + 1, a.updatedAt = datetime()
WITH a
${LINK_SUBJECTS}
RETURN ${ACTIVITY_FIELDS} AS a`;

/** REPs and KAMs read their own; MANAGERs their team's (reps covering territories they manage); everyone else all. */
const LIST = `
MATCH (a:Activity)
WHERE ($repId IS NULL OR a.repId = $repId) AND ($hcpId IS NULL OR a.hcpId = $hcpId)
  AND ($from IS NULL OR a.startedAt >= datetime($from)) AND ($to IS NULL OR a.startedAt < datetime($to))
  AND CASE $reach
    WHEN 'OWN' THEN a.repId = $caller
    WHEN 'TEAM' THEN EXISTS { (:User {id: $caller})-[:MANAGES]->(:Territory)<-[:COVERS]-(:User {id: a.repId}) }
    ELSE true END
RETURN ${ACTIVITY_FIELDS} AS a
ORDER BY a.startedAt DESC, a.id LIMIT toInteger($limit)`;

export interface StoredActivity {
  id: string;
  repId: string;
  activations: string;
  [field: string]: unknown;
}

export function readActivity(record: { get(key: string): unknown }): StoredActivity {
  const a = toNative(record.get("a")) as StoredActivity;
  return { ...a, activations: JSON.parse(a.activations) };
}

function contentParams(content: ActivityContent) {
  return {
    c: { hcpId: null, accountId: null, plannedAt: null, notes: null, ...content },
    activations: JSON.stringify(content.activations),
    fingerprint: contentFingerprint(content),
  };
}

async function checkSubjects(tx: ManagedTransaction, content: ActivityContent, scope: AccessScope): Promise<void> {
  const r = (await tx.run(SUBJECTS, { hcpId: content.hcpId ?? null, accountId: content.accountId ?? null, ...scope })).records[0]!;
  if (content.hcpId && !r.get("hcp")) throw new DomainError(ErrorCode.NOT_FOUND, `HCP ${content.hcpId} not found`);
  if (content.accountId && !r.get("account")) throw new DomainError(ErrorCode.NOT_FOUND, `Account ${content.accountId} not found`);
}

async function inWriteTransaction<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session();
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/**
 * Records an activity once per idempotency key: a retry with the same content returns the stored
 * activity (`created: false`); the same key with different content is a CONFLICT.
 */
export async function recordActivity(
  driver: Driver,
  req: { repId: string; idempotencyKey: string; content: ActivityContent; scope: AccessScope; editHours: number },
): Promise<{ activity: StoredActivity; created: boolean }> {
  return inWriteTransaction(driver, async (tx) => {
    await checkSubjects(tx, req.content, req.scope);
    const params = {
      ...contentParams(req.content),
      id: `${req.repId}|${req.idempotencyKey}`,
      key: req.idempotencyKey,
      repId: req.repId,
      editHours: req.editHours,
    };
    const r = (await tx.run(RECORD, params)).records[0];
    if (!r) throw new DomainError(ErrorCode.FORBIDDEN, `User ${req.repId} is not a known user`);
    if (!r.get("created") && r.get("fingerprint") !== params.fingerprint) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        "This idempotency key was used for a different activity; use a new key for a new activity.",
        {
          current: readActivity(r),
        },
      );
    }
    if (r.get("created")) {
      const keys = factKeysOf(req.repId, req.content);
      await refreshFacts(transactionRunner(tx), keys);
      await refreshExperience(transactionRunner(tx), { records: keys.subjects });
    }
    return { activity: readActivity(r), created: r.get("created") as boolean };
  });
}

/** Replaces the content of one's own activity while it is editable, at the expected version. */
export async function editActivity(
  driver: Driver,
  req: { repId: string; id: string; expectedVersion: number; content: ActivityContent; scope: AccessScope; editHours: number },
): Promise<StoredActivity> {
  return inWriteTransaction(driver, async (tx) => {
    const own = (await tx.run(LOCK_OWN, { id: req.id, repId: req.repId, editHours: req.editHours })).records[0];
    if (!own) throw new DomainError(ErrorCode.NOT_FOUND, `Activity ${req.id} not found`);
    if (own.get("locked")) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Activity ${req.id} is locked: activities can be edited for ${req.editHours} hours after they are recorded.`,
      );
    }
    const version = Number(own.get("version"));
    if (version !== req.expectedVersion)
      throw new DomainError(ErrorCode.CONFLICT, `Activity ${req.id} is at version ${version}, not ${req.expectedVersion}.`, {
        currentVersion: version,
      });
    await checkSubjects(tx, req.content, req.scope);
    const before = await storedFactKeys(transactionRunner(tx), req.id);
    const edited = readActivity((await tx.run(EDIT, { ...contentParams(req.content), id: req.id, editHours: req.editHours })).records[0]!);
    const keys = mergeFactKeys(before, factKeysOf(req.repId, req.content));
    await refreshFacts(transactionRunner(tx), keys);
    // Subjects are HCP and account ids; the experience lists are kept for the HCPs among them.
    await refreshExperience(transactionRunner(tx), { records: keys.subjects });
    return edited;
  });
}

export type ActivityReach = "OWN" | "TEAM" | "ALL";

export async function listActivities(
  driver: Driver,
  req: {
    caller: string;
    reach: ActivityReach;
    repId: string | null;
    hcpId: string | null;
    from: string | null;
    to: string | null;
    limit: number;
    editHours: number;
  },
): Promise<StoredActivity[]> {
  const { records } = await driver.executeQuery(LIST, req, { routing: "READ" });
  return records.map(readActivity);
}
