import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendAnchor, readAnchors } from "../../src/audit/audit-anchors.ts";
import { type AuditContent, chainHash } from "../../src/audit/audit-chain.ts";
import { startAuditSealer } from "../../src/audit/audit-sealer.ts";
import { EVENT_CONTENT, sealAuditLog } from "../../src/audit/seal-audit-log.ts";
import { verifyAuditLog } from "../../src/audit/verify-audit-log.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("auditchain");
const APPLY = `mutation($ops: String!) { applyChange(operations: $ops, reason: "chain") { op } }`;

/** Three governed edits of one edge: three audit events by the fixture's steward. */
async function editThrice(): Promise<void> {
  for (const [version, confidence] of [
    [3, 0.4],
    [4, 0.5],
    [5, 0.6],
  ]) {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h2-old`, expectedVersion: version, confidence }]),
    });
    expect(res.errors).toBeUndefined();
  }
}

interface MyEvent {
  seq: number | null;
  unsealed: boolean;
  hash: string | null;
  prevHash: string | null;
  content: AuditContent;
}

async function myEvents(): Promise<MyEvent[]> {
  const { records } = await f.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.actor = $actor
     RETURN e.seq AS seq, e:AuditUnsealed AS unsealed, e.hash AS hash, e.prevHash AS prevHash, ${EVENT_CONTENT} AS content ORDER BY e.seq`,
    { actor: f.g.users.steward },
  );
  return records.map((r) => ({
    seq: r.get("seq") === null ? null : Number(r.get("seq")),
    unsealed: r.get("unsealed") as boolean,
    hash: r.get("hash") as string | null,
    prevHash: r.get("prevHash") as string | null,
    content: r.get("content") as AuditContent,
  }));
}

/** Breaks that concern the given numbers (the shared test database has other tests' breaks too). */
async function breaksAt(seqs: number[]) {
  const v = await verifyAuditLog(f.driver, { fromSeq: Math.min(...seqs) - 1 });
  const hits = (b: { seq: number; count?: number }) => seqs.some((s) => s >= b.seq && s < b.seq + (b.count ?? 1));
  return v.breaks.filter(hits).map((b) => ({ kind: b.kind, seq: b.seq }));
}

describe("audit log hash chain", () => {
  it("events are written unsealed, sealing numbers and links them, and an untouched chain verifies", async () => {
    await editThrice();
    const before = await myEvents();
    expect(before).toHaveLength(3);
    expect(before.every((e) => e.unsealed && e.seq === null)).toBe(true);

    await sealAuditLog(f.driver);
    const after = await myEvents();
    expect(after.every((e) => !e.unsealed && e.seq !== null)).toBe(true);
    for (const e of after) expect(e.hash).toBe(chainHash(e.prevHash!, e.seq!, e.content));
    expect(await breaksAt(after.map((e) => e.seq!))).toEqual([]);
  });

  it("an event altered in the database is reported where it is; a deleted one as a gap", async () => {
    const [first, second] = await myEvents();
    await f.driver.executeQuery("MATCH (e:AuditEvent {seq: $seq}) SET e.reason = 'nothing happened'", { seq: first!.seq });
    await f.driver.executeQuery("MATCH (e:AuditEvent {seq: $seq}) DETACH DELETE e", { seq: second!.seq });
    expect(await breaksAt([first!.seq!, second!.seq!])).toEqual([
      { kind: "ALTERED", seq: first!.seq },
      { kind: "MISSING", seq: second!.seq },
    ]);
  });

  it("a rewrite that recomputes the hash passes the event's own check but not its anchor", async () => {
    const last = (await myEvents()).at(-1)!;
    const anchorFile = path.join(mkdtempSync(path.join(tmpdir(), "anchors-")), "anchors.jsonl");
    appendAnchor(anchorFile, { seq: last.seq!, hash: last.hash! });

    const forged = { ...last.content, actor: "someone-else" };
    await f.driver.executeQuery("MATCH (e:AuditEvent {seq: $seq}) SET e.actor = $actor, e.hash = $hash", {
      seq: last.seq,
      actor: forged.actor,
      hash: chainHash(last.prevHash!, last.seq!, forged),
    });
    const v = await verifyAuditLog(f.driver, { fromSeq: last.seq!, anchors: readAnchors(anchorFile) });
    expect(v.anchorsChecked).toBe(1);
    // The event checks against its own hash; the anchor (and, while it is the last event, the chain head) does not.
    const kinds = v.breaks.filter((b) => b.seq === last.seq).map((b) => b.kind);
    expect(kinds).toContain("ANCHOR_MISMATCH");
    expect(kinds).not.toContain("ALTERED");
    // The forged event is gone from the steward's events: restore the actor so the prefix cleanup finds it.
    await f.driver.executeQuery("MATCH (e:AuditEvent {seq: $seq}) SET e.actor = $actor", { seq: last.seq, actor: f.g.users.steward });
  });

  it("the background sealer seals new events within a few ticks and anchors the head", async () => {
    const anchorFile = path.join(mkdtempSync(path.join(tmpdir(), "anchors-")), "anchors.jsonl");
    const sealer = startAuditSealer(f.driver, { intervalMs: 100, anchorFile }, () => {});
    try {
      const res = await f.api.as(f.g.users.steward, APPLY, {
        ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h2-old`, expectedVersion: 6, confidence: 0.7 }]),
      });
      expect(res.errors).toBeUndefined();
      await expect.poll(async () => (await myEvents()).filter((e) => e.unsealed).length, { timeout: 10_000 }).toBe(0);
    } finally {
      await sealer.stop();
    }
    const newest = (await myEvents()).at(-1)!;
    const anchors = readAnchors(anchorFile);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.at(-1)!.seq).toBeGreaterThanOrEqual(newest.seq!);
  });

  it("an anchor file with a bad line is refused naming the line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "anchors-"));
    const file = path.join(dir, "anchors.jsonl");
    appendAnchor(file, { seq: 1, hash: "a".repeat(64) });
    appendAnchor(file, { seq: 2, hash: "not a hash" });
    expect(() => readAnchors(file)).toThrow(/line 2: hash/);
  });
});
