import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("outbox");

const PROPOSE = `mutation P($ops: String!) { proposeChange(operations: $ops, reason: "outbox test") { id } }`;
const READ = `query R($after: Int, $limit: Int) { outbox(afterSequence: $after, limit: $limit) { id sequence changeRequestId status } }`;

interface Event {
  id: string;
  sequence: number;
  changeRequestId: string;
  status: string;
}

async function readAll(after: number | null, pageSize: number): Promise<Event[]> {
  const events: Event[] = [];
  for (let cursor = after; ; ) {
    const res = await f.api.as(f.g.users.admin, READ, { after: cursor, limit: pageSize });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const page = res.data.outbox as Event[];
    if (page.length === 0) return events;
    events.push(...page);
    cursor = page.at(-1)!.sequence;
  }
}

describe("outbox", () => {
  it("regression (timestamp cursor): events committed together are all delivered, one page at a time", async () => {
    const counter = await f.driver.executeQuery("OPTIONAL MATCH (s:OutboxSequence {id: 'outbox'}) RETURN coalesce(s.last, 0) AS last");
    const start = Number(counter.records[0]!.get("last"));
    const ops = JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-org-net`, expectedVersion: 1, confidence: 0.9 }]);
    const proposals = await Promise.all(Array.from({ length: 12 }, () => f.api.as(f.g.users.steward, PROPOSE, { ops })));
    const ids = new Set(proposals.map((p) => p.data!.proposeChange.id as string));
    // Two events in one transaction share their `at` (datetime() is the transaction's time): a cursor by timestamp skipped the second.
    const session = f.driver.session();
    try {
      await session.executeWrite(async (tx) => {
        for (let i = 0; i < 2; i++) {
          await tx.run(
            `MERGE (s:OutboxSequence {id: 'outbox'}) WITH s CALL apoc.lock.nodes([s])
             SET s.last = coalesce(s.last, 0) + 1
             CREATE (:OutboxEvent {id: randomUUID(), sequence: s.last, at: datetime(), type: 'CHANGE_REQUEST_STATUS',
                                   changeRequestId: $id, status: 'PENDING', payload: '{}'})`,
            { id: `${f.g.prefix}same-transaction` },
          );
        }
      });
    } finally {
      await session.close();
    }
    const read = await readAll(start, 1);
    const mine = read.filter((e) => ids.has(e.changeRequestId));
    expect(mine).toHaveLength(12);
    expect(read.filter((e) => e.changeRequestId === `${f.g.prefix}same-transaction`)).toHaveLength(2);
    const sequences = read.map((e) => e.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    await f.driver.executeQuery("MATCH (o:OutboxEvent {changeRequestId: $id}) DETACH DELETE o", { id: `${f.g.prefix}same-transaction` });
  });

  it("refuses a cursor that is not a sequence number", async () => {
    const res = await f.api.as(f.g.users.admin, `{ outbox(afterSequence: -1) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
