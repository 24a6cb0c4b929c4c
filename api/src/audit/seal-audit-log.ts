/**
 * Sealing: every write path creates its audit events with the `AuditUnsealed` label (in the same
 * transaction as the change, see model/audit-event.ts); sealing then appends them to the hash
 * chain in batches. One transaction per batch takes the chain head's lock first, so sealers in
 * several API processes take turns and the numbering never forks. A crash between batches
 * leaves the rest unsealed for the next run; nothing is lost or numbered twice.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { appendAnchor } from "./audit-anchors.ts";
import { type AuditContent, CONTENT_FIELDS, GENESIS, sealAfter } from "./audit-chain.ts";

const BATCH = 5_000;

const LOCK_HEAD = `
MERGE (c:AuditChain {id: 'main'}) ON CREATE SET c.seq = 0, c.hash = $genesis
SET c.sealingAt = datetime()
RETURN c.seq AS seq, c.hash AS hash`;

/** The facts of each event as `audit-chain.ts` hashes them: datetimes as ISO text. */
export const EVENT_CONTENT = `e {${CONTENT_FIELDS.map((f) => (f === "at" ? "at: toString(e.at)" : `.${f}`)).join(", ")}}`;

/** Whether anything waits to be sealed, read without a lock: an idle sealer writes nothing (writes would invalidate every API instance's response cache). */
const PENDING = `
OPTIONAL MATCH (c:AuditChain {id: 'main'})
RETURN c.seq AS seq, c.hash AS hash, EXISTS { MATCH (:AuditUnsealed) } AS pending`;

const UNSEALED = `
MATCH (e:AuditUnsealed) WITH e LIMIT toInteger($limit)
RETURN elementId(e) AS ref, ${EVENT_CONTENT} AS content`;

const SEAL = `
UNWIND $rows AS r
MATCH (e:AuditUnsealed) WHERE elementId(e) = r.ref
SET e.seq = toInteger(r.seq), e.prevHash = r.prevHash, e.hash = r.hash
REMOVE e:AuditUnsealed
WITH count(*) AS sealed
MATCH (c:AuditChain {id: 'main'})
SET c.seq = toInteger($seq), c.hash = $hash, c.sealedAt = datetime()
RETURN sealed`;

export interface SealResult {
  sealed: number;
  head: { seq: number; hash: string };
}

/** Events in a batch are ordered by time, then id, so the same batch always seals the same way. */
const byTimeThenId = (a: AuditContent, b: AuditContent) => (a.at ?? "").localeCompare(b.at ?? "") || (a.id ?? "").localeCompare(b.id ?? "");

async function sealBatch(tx: ManagedTransaction): Promise<SealResult> {
  const headRecord = (await tx.run(LOCK_HEAD, { genesis: GENESIS })).records[0]!;
  const head = { seq: Number(headRecord.get("seq")), hash: headRecord.get("hash") as string };
  const unsealed = (await tx.run(UNSEALED, { limit: BATCH })).records.map((r) => ({
    ref: r.get("ref") as string,
    content: r.get("content") as AuditContent,
  }));
  if (unsealed.length === 0) return { sealed: 0, head };
  unsealed.sort((a, b) => byTimeThenId(a.content, b.content));
  const sealed = sealAfter(
    head,
    unsealed.map((u) => u.content),
  );
  const rows = sealed.map((s, i) => ({ ref: unsealed[i]!.ref, seq: s.seq, prevHash: s.prevHash, hash: s.hash }));
  const last = sealed.at(-1)!;
  await tx.run(SEAL, { rows, seq: last.seq, hash: last.hash });
  return { sealed: sealed.length, head: { seq: last.seq, hash: last.hash } };
}

/**
 * Seals every event not yet sealed. With `anchorFile`, the new head is appended to it as a JSON
 * line: a copy of the chain kept outside the database, which `verifyAuditLog` compares with.
 */
export async function sealAuditLog(driver: Driver, opts: { anchorFile?: string } = {}): Promise<SealResult> {
  const idle = (await driver.executeQuery(PENDING, {}, { routing: "READ" })).records[0]!;
  if (!idle.get("pending"))
    return { sealed: 0, head: { seq: Number(idle.get("seq") ?? 0), hash: (idle.get("hash") as string | null) ?? GENESIS } };
  let total = 0;
  let head = { seq: 0, hash: GENESIS };
  for (;;) {
    const session = driver.session();
    try {
      const batch = await session.executeWrite(sealBatch);
      total += batch.sealed;
      head = batch.head;
      if (batch.sealed < BATCH) break;
    } finally {
      await session.close();
    }
  }
  if (opts.anchorFile && total > 0) appendAnchor(opts.anchorFile, head);
  return { sealed: total, head };
}
