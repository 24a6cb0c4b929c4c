/**
 * Verification: reads the sealed events in number order (streamed, 10k per window) and checks
 * every event and link (audit-chain.ts), the chain head against the last event (a cut-off tail),
 * and, when given, the anchors kept outside the database (a rewritten tail).
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../db/stream-records.ts";
import type { Anchor } from "./audit-anchors.ts";
import { type AuditContent, type ChainBreak, checkWindow, type SealedEvent } from "./audit-chain.ts";
import { EVENT_CONTENT } from "./seal-audit-log.ts";

const WINDOW = 10_000;
/** Breaks beyond this many are counted, not listed. */
const LISTED_BREAKS = 1_000;

const SEALED_FROM = `
MATCH (e:AuditEvent) WHERE e.seq >= $from
RETURN e.seq AS seq, e.prevHash AS prevHash, e.hash AS hash, ${EVENT_CONTENT} AS content
ORDER BY e.seq`;

const CHAIN_STATE = `
OPTIONAL MATCH (c:AuditChain {id: 'main'})
CALL () { MATCH (u:AuditUnsealed) RETURN count(u) AS unsealed }
RETURN c.seq AS seq, c.hash AS hash, unsealed`;

export interface AuditVerification {
  ok: boolean;
  /** Sealed events checked (from `fromSeq` on). */
  checked: number;
  unsealed: number;
  head: { seq: number; hash: string } | null;
  anchorsChecked: number;
  breakCount: number;
  breaks: ChainBreak[];
}

export async function verifyAuditLog(
  driver: Driver,
  opts: { fromSeq?: number; anchors?: readonly Anchor[] } = {},
): Promise<AuditVerification> {
  const fromSeq = opts.fromSeq ?? 1;
  const state = (await driver.executeQuery(CHAIN_STATE)).records[0]!;
  const head = state.get("seq") === null ? null : { seq: Number(state.get("seq")), hash: state.get("hash") as string };
  const anchors = new Map((opts.anchors ?? []).filter((a) => a.seq >= fromSeq).map((a) => [a.seq, a.hash]));

  const breaks: ChainBreak[] = [];
  let breakCount = 0;
  const report = (found: ChainBreak[]) => {
    breakCount += found.length;
    breaks.push(...found.slice(0, Math.max(0, LISTED_BREAKS - breaks.length)));
  };
  let previous: SealedEvent | null = null;
  let window: SealedEvent[] = [];
  let checked = 0;
  let anchorsChecked = 0;
  const flush = () => {
    report(checkWindow(previous, window));
    previous = window.at(-1) ?? previous;
    checked += window.length;
    window = [];
  };
  await streamRecords(driver, SEALED_FROM, { from: fromSeq }, (r) => {
    const e: SealedEvent = {
      seq: Number(r.get("seq")),
      prevHash: r.get("prevHash") as string,
      hash: r.get("hash") as string,
      content: r.get("content") as AuditContent,
    };
    const anchored = anchors.get(e.seq);
    if (anchored !== undefined) {
      anchorsChecked++;
      anchors.delete(e.seq);
      if (anchored !== e.hash)
        report([
          {
            kind: "ANCHOR_MISMATCH",
            seq: e.seq,
            detail: "the hash differs from the anchored head: the chain was rewritten from here or earlier",
          },
        ]);
    }
    window.push(e);
    if (window.length === WINDOW) flush();
  });
  flush();

  for (const [seq] of anchors) report([{ kind: "ANCHOR_MISMATCH", seq, detail: "an anchored head has no event any more" }]);
  const last = previous as SealedEvent | null;
  if (head && (!last || last.seq !== head.seq || last.hash !== head.hash) && head.seq >= fromSeq) {
    report([
      {
        kind: "HEAD_MISMATCH",
        seq: head.seq,
        detail: `the chain head is event ${head.seq}, the last sealed event is ${last?.seq ?? "none"}`,
      },
    ]);
  }
  return { ok: breakCount === 0, checked, unsealed: Number(state.get("unsealed")), head, anchorsChecked, breakCount, breaks };
}
