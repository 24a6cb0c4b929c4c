/**
 * The hash chain over the audit log. Sealing numbers each event (`seq`, from 1, no gaps) and
 * stores `prevHash` (the hash of event `seq - 1`, or GENESIS for the first) and
 * `hash = SHA-256(prevHash, seq, canonical content)`. An event whose content, number or link was
 * altered no longer matches its hash; a deleted event leaves a gap in the numbers; an altered
 * hash breaks the link of the next event. Only rewriting the whole tail from the altered event
 * on escapes these checks, which is what the anchors kept outside the database are for.
 */
import { createHash } from "node:crypto";

export const GENESIS = "0".repeat(64);

/** The recorded facts of an audit event: every property written when it was created. */
export const CONTENT_FIELDS = [
  "id",
  "at",
  "actor",
  "origin",
  "importId",
  "changeId",
  "requestId",
  "reason",
  "action",
  "subject",
  "subjectId",
  "fromId",
  "toId",
  "before",
  "after",
] as const;

export type AuditContent = Record<(typeof CONTENT_FIELDS)[number], string | null>;

export interface SealedEvent {
  seq: number;
  prevHash: string;
  hash: string;
  content: AuditContent;
}

/** A fixed field order and explicit nulls, so the same facts always hash the same. */
export function canonicalContent(content: AuditContent): string {
  return JSON.stringify(CONTENT_FIELDS.map((f) => content[f] ?? null));
}

export function chainHash(prevHash: string, seq: number, content: AuditContent): string {
  return createHash("sha256")
    .update(`${prevHash}\n${seq}\n${canonicalContent(content)}`)
    .digest("hex");
}

/** Seals events in the given order after the chain head: their numbers, links and hashes. */
export function sealAfter(head: { seq: number; hash: string }, contents: readonly AuditContent[]): SealedEvent[] {
  let { seq, hash } = head;
  return contents.map((content) => {
    const prevHash = hash;
    seq += 1;
    hash = chainHash(prevHash, seq, content);
    return { seq, prevHash, hash, content };
  });
}

export type ChainBreakKind = "ALTERED" | "MISSING" | "RELINKED" | "HEAD_MISMATCH" | "ANCHOR_MISMATCH";

export interface ChainBreak {
  kind: ChainBreakKind;
  /** The first number concerned; MISSING reports a run of `count` absent numbers. */
  seq: number;
  count?: number;
  detail: string;
}

/**
 * Checks events read in `seq` order, one window at a time (`previous` is the last event of the
 * window before, null at the start of a check). Every event is checked on its own (content
 * against its hash) and against its predecessor (numbering and link), so one tampered event is
 * reported where it is, whatever else is broken elsewhere.
 */
export function checkWindow(previous: SealedEvent | null, events: readonly SealedEvent[]): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let prev = previous;
  for (const e of events) {
    if (chainHash(e.prevHash, e.seq, e.content) !== e.hash) {
      breaks.push({ kind: "ALTERED", seq: e.seq, detail: `event ${e.content.id ?? "?"} no longer matches its hash` });
    }
    const expectedSeq = prev ? prev.seq + 1 : e.seq;
    if (e.seq > expectedSeq) {
      breaks.push({
        kind: "MISSING",
        seq: expectedSeq,
        count: e.seq - expectedSeq,
        detail: `numbers ${expectedSeq}..${e.seq - 1} are absent`,
      });
    } else if (prev && e.prevHash !== prev.hash) {
      breaks.push({ kind: "RELINKED", seq: e.seq, detail: `its link does not match the hash of event ${prev.seq}` });
    } else if (!prev && e.seq === 1 && e.prevHash !== GENESIS) {
      breaks.push({ kind: "RELINKED", seq: 1, detail: "the first event does not start from the genesis hash" });
    }
    prev = e;
  }
  return breaks;
}
