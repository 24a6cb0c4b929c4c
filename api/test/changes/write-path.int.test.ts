import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("changes");

const APPLY = `mutation($ops: String!, $reason: String!) { applyChange(operations: $ops, reason: $reason) { op state } }`;
const PROPOSE = `mutation($ops: String!, $reason: String!) { proposeChange(operations: $ops, reason: $reason) { id status kind requesterId } }`;
const APPROVE = `mutation($id: ID!) { approveChange(id: $id) { id status decidedBy } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectChange(id: $id, reason: $reason) { id status decisionReason } }`;

const edge = async (id: string) => {
  const { records } = await f.driver.executeQuery(
    "MATCH (c)-[e:AFFILIATED_WITH {id: $id}]->(p) RETURN e.version AS version, e.weight AS weight, p.id AS parent, toString(e.validTo) AS validTo",
    { id },
  );
  return records[0]!.toObject() as { version: { toNumber(): number }; weight: number; parent: string; validTo: string | null };
};
const ops = (...o: unknown[]) => JSON.stringify(o);

describe("the governed write path", () => {
  it("50 concurrent updates with the same expected version: exactly one succeeds, 49 get CONFLICT with the current state", async () => {
    const id = `${f.g.prefix}E-h2-a2`;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        f.api.as(f.g.users.steward, APPLY, {
          ops: ops({ op: "UPDATE_AFFILIATION", edgeId: id, expectedVersion: 1, confidence: 0.5 + i / 200 }),
          reason: `race ${i}`,
        }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(conflicts[0]!.errors![0]!.extensions!.current).toMatchObject({ id, version: 2 });
    expect((await edge(id)).version.toNumber()).toBe(2);
    const { records } = await f.driver.executeQuery("MATCH (a:AuditEvent {subjectId: $id, origin: 'CHANGE'}) RETURN count(a) AS n", { id });
    expect(records[0]!.get("n").toNumber()).toBe(1);
  });

  it("integrity: weights above 1 and a second primary are refused, with nothing written", async () => {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: ops({
        op: "ADD_AFFILIATION",
        childId: f.g.ids.hcp2,
        parentId: f.g.ids.acc1,
        weight: 0.5,
        primary: true,
        type: "CONSULTING",
        validFrom: "2025-01-01",
      }),
      reason: "second site",
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("INTEGRITY_VIOLATION");
    expect(res.errors?.[0]?.message).toMatch(/weights sum to 1.5/);
    const { records } = await f.driver.executeQuery("MATCH (:HCP {id: $id})-[e:AFFILIATED_WITH]->() RETURN count(e) AS n", {
      id: f.g.ids.hcp2,
    });
    expect(records[0]!.get("n").toNumber()).toBe(2);
  });

  it("a change set applies as one unit: a reassignment (end + add) and an edit, each audited once", async () => {
    const h2 = await edge(`${f.g.prefix}E-h2-a2`);
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: ops(
        {
          op: "REASSIGN",
          edgeId: `${f.g.prefix}E-h2-a2`,
          expectedVersion: h2.version.toNumber(),
          newParentId: f.g.ids.acc1,
          validFrom: "2026-01-01",
        },
        { op: "UPDATE_ENTITY", entityId: f.g.ids.acc1, expectedVersion: 0, changes: { name: "Clinic One (merged)" } },
      ),
      reason: "HCP2 moved to clinic one",
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyChange.map((a: any) => a.op)).toEqual(["REASSIGN", "UPDATE_ENTITY"]);
    expect((await edge(`${f.g.prefix}E-h2-a2`)).validTo).toBe("2025-12-31");
    const moved = JSON.parse(res.data!.applyChange[0].state);
    expect(moved).toMatchObject({
      childId: f.g.ids.hcp2,
      parentId: f.g.ids.acc1,
      weight: 1,
      primary: true,
      validFrom: "2026-01-01",
      version: 1,
    });
    const { records } = await f.driver.executeQuery(
      "MATCH (a:AuditEvent {origin: 'CHANGE', reason: 'HCP2 moved to clinic one'}) WHERE a.fromId STARTS WITH $p RETURN a.action AS action, a.subject AS subject ORDER BY action",
      { p: f.g.prefix },
    );
    expect(records.map((r) => `${r.get("subject")} ${r.get("action")}`)).toEqual([
      "AFFILIATION CREATE",
      "AFFILIATION END",
      "ENTITY UPDATE",
    ]);
  });

  it("a stale operation in a change set rolls the whole set back", async () => {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: ops(
        { op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-a1-org`, expectedVersion: 1, confidence: 0.42 },
        { op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 99, confidence: 0.1 },
      ),
      reason: "stale",
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const { records } = await f.driver.executeQuery("MATCH ()-[e:AFFILIATED_WITH {id: $id}]->() RETURN e.confidence AS c, e.version AS v", {
      id: `${f.g.prefix}E-a1-org`,
    });
    expect(records[0]!.get("c")).toBe(1);
    expect(records[0]!.get("v").toNumber()).toBe(1);
  });
});

describe("proposals and review", () => {
  it("a REP proposes only in their territories and approves nothing; nobody approves their own proposal", async () => {
    const outside = await f.api.as(f.g.users.rep1, PROPOSE, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h2-old`, expectedVersion: 3, confidence: 0.8 }),
      reason: "x",
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const inside = await f.api.as(f.g.users.rep1, PROPOSE, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, influence: "HIGH" }),
      reason: "she leads the cath lab",
    });
    expect(inside.data!.proposeChange).toMatchObject({ status: "PENDING", kind: "UPDATE_AFFILIATION", requesterId: f.g.users.rep1 });
    const id = inside.data!.proposeChange.id;
    expect((await f.api.as(f.g.users.rep1, APPROVE, { id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const own = await f.api.as(f.g.users.steward, PROPOSE, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-org-net`, expectedVersion: 1, confidence: 0.9 }),
      reason: "mine",
    });
    expect((await f.api.as(f.g.users.steward, APPROVE, { id: own.data!.proposeChange.id })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    const approved = await f.api.as(f.g.users.steward, APPROVE, { id });
    expect(approved.data!.approveChange).toEqual({ id, status: "APPROVED", decidedBy: f.g.users.steward });
    const { records } = await f.driver.executeQuery("MATCH ()-[e:AFFILIATED_WITH {id: $id}]->() RETURN e.influence AS i", {
      id: `${f.g.prefix}E-h1a-a1`,
    });
    expect(records[0]!.get("i")).toBe(0.75);
    const outbox = await f.driver.executeQuery("MATCH (o:OutboxEvent {changeRequestId: $id}) RETURN collect(o.status) AS s", { id });
    expect((outbox.records[0]!.get("s") as string[]).sort()).toEqual(["APPROVED", "PENDING"]);
    const read = await f.api.as(f.g.users.admin, `{ outbox(limit: 1000) { changeRequestId status at } }`);
    expect(read.data!.outbox.filter((o: any) => o.changeRequestId === id).map((o: any) => o.status)).toEqual(["PENDING", "APPROVED"]);
    expect((await f.api.as(f.g.users.steward, `{ outbox { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a proposal whose data changed before approval becomes CONFLICT; rejection needs a reason", async () => {
    const p = await f.api.as(f.g.users.kam, PROPOSE, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-a2-org`, expectedVersion: 1, weight: 0.9 }),
      reason: "partial ownership",
    });
    const id = p.data!.proposeChange.id;
    await f.api.as(f.g.users.admin, APPLY, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-a2-org`, expectedVersion: 1, confidence: 0.7 }),
      reason: "meanwhile",
    });
    const res = await f.api.as(f.g.users.steward, APPROVE, { id });
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const list = await f.api.as(f.g.users.kam, `{ changeRequests { id status } }`);
    expect(list.data!.changeRequests.find((c: any) => c.id === id).status).toBe("CONFLICT");
    const rejected = await f.api.as(f.g.users.steward, REJECT, { id, reason: "re-propose on the current data" });
    expect(rejected.data!.rejectChange).toMatchObject({ status: "REJECTED", decisionReason: "re-propose on the current data" });
  });

  it("a KAM with key accounts proposes only within them", async () => {
    await f.driver.executeQuery("MATCH (u:User {id: $kam}), (a:Account {id: $acc}) CREATE (u)-[:KEY_ACCOUNT]->(a)", {
      kam: f.g.users.kam,
      acc: f.g.ids.acc1,
    });
    const inside = await f.api.as(f.g.users.kam, PROPOSE, {
      ops: ops({ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1b-a1`, expectedVersion: 1, confidence: 0.8 }),
      reason: "key account",
    });
    expect(inside.errors).toBeUndefined();
    const outside = await f.api.as(f.g.users.kam, PROPOSE, {
      ops: ops({ op: "UPDATE_ENTITY", entityId: f.g.ids.acc2, expectedVersion: 0, changes: { city: "Plano" } }),
      reason: "not mine",
    });
    expect(outside.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringContaining(f.g.ids.acc2) });
  });
});
