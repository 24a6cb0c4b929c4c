import { beforeAll, describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Nested organizations (ORGANIZATION -> ORGANIZATION) make cycles possible; this file's process allows them. */
process.env.CHANGE_LEVEL_PAIRS = "ORGANIZATION>ORGANIZATION";
/** The 200 writes queue on one lock; on a loaded machine the last waits past the default request budget. This file tests correctness under contention, not latency. */
process.env.NEO4J_REQUEST_TIMEOUT_MS = "600000";
const f = useTwoTerritoryApi("cycles");
const ORGS = ["A", "B", "C", "D", "E", "F"];
const org = (x: string) => `${f.g.prefix}O${x}`;
const APPLY = `mutation($ops: String!, $reason: String!) { applyChange(operations: $ops, reason: $reason) { op state } }`;

beforeAll(async () => {
  await f.driver.executeQuery("UNWIND $ids AS id CREATE (:Organization {id: id, name: id, kind: 'IDN'})", { ids: ORGS.map(org) });
});

describe("concurrent reparentings", () => {
  it("200 concurrent opposite and looping reparentings leave no cycle, and the audit log replays to the same edges", async () => {
    const pairs: [string, string][] = [];
    for (let i = 0; i < 200; i++) {
      const loop = ORGS.slice(0, 2 + (i % 5));
      const from = loop[i % loop.length]!;
      const to = loop[(i + 1) % loop.length]!;
      pairs.push(i % 2 ? [from, to] : [to, from]);
    }
    const results = await Promise.all(
      pairs.map(([c, p], i) =>
        f.api.as(f.g.users.steward, APPLY, {
          ops: JSON.stringify([
            {
              op: "ADD_AFFILIATION",
              childId: org(c),
              parentId: org(p),
              weight: 0.01,
              primary: false,
              type: "MEMBER",
              validFrom: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}`,
            },
          ]),
          reason: `storm ${i}`,
        }),
      ),
    );
    const applied = results.filter((r) => !r.errors).length;
    expect(applied).toBeGreaterThan(0);
    expect(
      results.filter((r) => r.errors).every((r) => ["INTEGRITY_VIOLATION", "CONFLICT"].includes(r.errors![0]!.extensions!.code as string)),
    ).toBe(true);

    const cycles = await f.driver.executeQuery(
      "MATCH (o:Organization) WHERE o.id STARTS WITH $p MATCH path = (o)-[:AFFILIATED_WITH*1..12]->(o) RETURN count(path) AS n",
      { p: `${f.g.prefix}O` },
    );
    expect(cycles.records[0]!.get("n").toNumber()).toBe(0);

    // Replay: the CHANGE audit events alone rebuild exactly the edges among these organizations.
    const events = await f.driver.executeQuery(
      "MATCH (a:AuditEvent {origin: 'CHANGE', subject: 'AFFILIATION'}) WHERE a.fromId STARTS WITH $p RETURN a.subjectId AS id, a.action AS action, a.after AS after",
      { p: `${f.g.prefix}O` },
    );
    const replayed = new Map<string, Record<string, unknown>>();
    for (const r of events.records) {
      const after = JSON.parse(r.get("after") as string) as Record<string, unknown>;
      const known = replayed.get(r.get("id") as string);
      if (!known || (after.version as number) > (known.version as number)) replayed.set(r.get("id") as string, after);
    }
    const stored = await f.driver.executeQuery(
      "MATCH (c:Organization)-[e:AFFILIATED_WITH]->(p:Organization) WHERE c.id STARTS WITH $p RETURN e.id AS id, apoc.convert.toJson(e {.*, childId: c.id, parentId: p.id}) AS state",
      { p: `${f.g.prefix}O` },
    );
    expect(stored.records.length).toBe(applied);
    expect(replayed.size).toBe(applied);
    for (const r of stored.records) expect(replayed.get(r.get("id") as string)).toEqual(JSON.parse(r.get("state") as string));
  });
});
