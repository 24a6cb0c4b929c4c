import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../../test/db.ts";
import { recordActivity } from "../../src/field/activities/activity-store.ts";
import { UNRESTRICTED_SCOPE } from "../../src/model/access-scope.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../fixtures/two-territory-graph.ts";
import { rebuiltFacts, storedFacts } from "./fact-reference.ts";
import { importActivities } from "./reporting-support.ts";

/**
 * The bug: a fact refresh MERGEd its fact node and then read the activities, and a MERGE that
 * matches an existing node takes no write lock. Two transactions writing activities of one rep-day
 * or subject each computed the fact from what they saw, and the last commit won: counts were lost.
 * (A rep or subject with few relationships hid it: creating an edge to a sparse node locks the
 * node. Real reps and busy subjects are dense, so the test makes them dense first.)
 */
let driver: Driver;
let g: TwoTerritoryGraph;
let p: string;

beforeAll(async () => {
  driver = testDriver();
  g = await createTwoTerritoryGraph(driver, uniquePrefix("factrace"));
  p = g.prefix;
  // 60 earlier activities: rep1, HCP1a and ACC1 get over 50 relationships (dense: an edge to them no longer locks them).
  const warmup = Array.from({ length: 60 }, (_, i) => ({
    rep: g.users.rep1,
    key: `warm-${String(i).padStart(6, "0")}`,
    channel: "VISIT",
    hcp: g.ids.hcp1a,
    account: g.ids.acc1,
    startedAt: `2027-02-${String(1 + (i % 20)).padStart(2, "0")}T10:00:00Z`,
    outcome: "COMPLETED",
    products: "P",
    messages: "M",
  }));
  expect(await importActivities(driver, g.users.steward, p, warmup)).toMatchObject({ status: "SUCCEEDED", created: 60 });
});

afterAll(async () => {
  await deleteByPrefix(driver, p);
  await driver.close();
});

const record = (rep: string, key: string, startedAt: string, outcome: string) =>
  recordActivity(driver, {
    repId: rep,
    idempotencyKey: key,
    content: {
      channel: "VISIT",
      hcpId: g.ids.hcp1a,
      startedAt,
      durationMinutes: 20,
      outcome: outcome as "COMPLETED",
      products: ["P"],
      keyMessages: ["M"],
      activations: [],
    },
    scope: UNRESTRICTED_SCOPE,
    editHours: 72,
  });

/** A partial import of `n` activities of rep1 with HCP1a on `day`, three rows a batch (two batches in flight). */
const importDay = (round: number, file: number, day: string, n: number) =>
  importActivities(
    driver,
    g.users.steward,
    p,
    Array.from({ length: n }, (_, i) => ({
      rep: g.users.rep1,
      key: `race-${round}-${file}-${String(i).padStart(4, "0")}`,
      channel: i % 3 === 0 ? "PHONE" : "VISIT",
      hcp: g.ids.hcp1a,
      account: i % 2 === 0 ? g.ids.acc1 : "",
      startedAt: `${day}T${String(8 + (i % 10)).padStart(2, "0")}:00:00-05:00`,
      outcome: i % 4 === 0 ? "NOT_MET" : "COMPLETED",
      products: "P",
      messages: "M",
    })),
    { mode: "partial", batchSize: 3 },
  );

describe("concurrent writes of one rep-day and subject", () => {
  it("recordActivity and import batches in flight together lose no count", async () => {
    const day = "2027-03-03";
    const nextDay = "2027-03-04";
    for (let round = 0; round < 3; round++) {
      const writes = await Promise.all([
        importDay(round, 0, day, 12),
        importDay(round, 1, day, 12),
        ...Array.from({ length: 8 }, (_, i) =>
          // Half of them the next day: two rep-days of one rep-week.
          record(g.users.rep1, `rec-${round}-${String(i).padStart(4, "0")}`, `${i % 2 ? nextDay : day}T1${i}:30:00-05:00`, "COMPLETED"),
        ),
        ...Array.from({ length: 4 }, (_, i) =>
          record(g.users.rep2, `rec-${round}-${String(i).padStart(4, "0")}`, `${day}T0${i}:30:00Z`, "COMPLETED"),
        ),
      ]);
      expect(writes.slice(0, 2)).toMatchObject([
        { status: "SUCCEEDED", created: 12 },
        { status: "SUCCEEDED", created: 12 },
      ]);
    }

    const counted = await driver.executeQuery(
      `MATCH (a:Activity {repId: $rep}) WHERE date(a.startedAt) = date($day) RETURN count(a) AS n`,
      { rep: g.users.rep1, day },
    );
    const day1 = (await storedFacts(driver, p))[`day ${g.users.rep1}|${day}`] as { activities: number[] };
    expect(day1.activities.reduce((a, b) => a + b, 0)).toBe(Number(counted.records[0]!.get("n")));
    expect(await storedFacts(driver, p)).toEqual(await rebuiltFacts(driver, p));
  });
});
