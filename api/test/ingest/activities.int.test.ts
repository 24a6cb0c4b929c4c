import { describe, expect, it } from "vitest";
import { recordActivity } from "../../src/field/activities/activity-store.ts";
import { UNRESTRICTED_SCOPE } from "../../src/model/access-scope.ts";
import { ACTIVITY_HEADER, activityLine } from "../field/reporting-support.ts";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("activityimport");

const line = (over: Partial<Parameters<typeof activityLine>[0]> = {}) =>
  activityLine({
    rep: `${f.p}rep1`,
    key: "imp-000001",
    channel: "VISIT",
    hcp: `${f.p}HCP1a`,
    startedAt: "2027-01-04T10:00:00Z",
    outcome: "COMPLETED",
    products: "P1;P2",
    messages: "M1",
    createdAt: "2027-01-04T12:00:00Z",
    ...over,
  });

const stored = (p: string) =>
  f.query<{ id: string; createdAt: string; products: string[]; activations: string; with: string }>(
    `MATCH (a:Activity) WHERE a.repId STARTS WITH $p OPTIONAL MATCH (a)-[:WITH|AT]->(s)
     RETURN a.id AS id, toString(a.createdAt) AS createdAt, a.products AS products, a.activations AS activations, collect(s.id) AS with ORDER BY id`,
    { p },
  );

describe("activities import", () => {
  it("checks every row (row numbers and columns) and writes nothing when any is wrong", async () => {
    await f.driver.executeQuery(`CREATE (:User {id: $id, name: 'Mo', role: 'MANAGER'})`, { id: `${f.p}mgr` });
    const s = await f.run(
      "activities",
      f.file("bad.csv", [
        ACTIVITY_HEADER,
        line({ key: "bad-000001", channel: "FAX" }),
        line({ key: "bad-000002", hcp: "" }),
        line({ key: "bad-000003", hcp: `${f.p}nobody` }),
        line({ key: "bad-000004", rep: `${f.p}ghost` }),
        line({ key: "bad-000005", rep: `${f.p}mgr` }),
        line({ key: "bad-000006", channel: "EMAIL", activations: "OPENED-2027-01-04" }),
        line({ key: "bad-000007", minutes: -5 as number }),
        line({ key: "short" }),
        line({ key: "bad-000008", startedAt: "2027-01-04 10:00" }),
        line({ key: "bad-000009", activations: "OPENED@2027-01-04T10:00:00Z" }),
        line({ key: "bad-000011" }),
        line({ key: "bad-000011", channel: "PHONE" }),
        line({ key: "bad-000010", createdAt: "yesterday" }),
      ]),
    );
    expect(s.status).toBe("REJECTED");
    expect(s.problems.map((p) => `${p.row} ${p.column}`)).toEqual([
      "2 channel",
      "3 hcp_id",
      "4 hcp_id",
      "5 rep_id",
      "6 rep_id",
      "7 activations",
      "8 duration_minutes",
      "9 idempotency_key",
      "10 started_at",
      "11 activations",
      "13 rep_id+idempotency_key",
      "14 created_at",
    ]);
    expect(s.problems[2]!.message).toBe("unknown id: no HCP with this id");
    expect(s.problems[3]!.message).toBe("unknown id: no user with this id");
    expect(s.problems[4]!.message).toMatch(/is a MANAGER user/);
    expect(await stored(f.p)).toEqual([]);
  });

  it("writes new activities with their subjects and reporting facts; the same file again stores nothing new", async () => {
    const lines = [
      ACTIVITY_HEADER,
      line(),
      line({
        key: "imp-000002",
        channel: "EMAIL",
        hcp: "",
        account: `${f.p}ACC1`,
        minutes: 0,
        activations: "OPENED@2027-01-04T13:00:00Z;CLICKED@2027-01-04T13:01:00Z",
      }),
      line({ key: "imp-000003", rep: `${f.p}rep2`, hcp: `${f.p}HCP2`, createdAt: "" }),
    ];
    const first = await f.run("activities", f.file("activities.csv", lines), { mode: "partial", batchSize: 2 });
    expect(first).toMatchObject({ status: "SUCCEEDED", created: 3 });
    const rows = await stored(f.p);
    expect(rows.map((r) => [r.id, r.with])).toEqual([
      [`${f.p}rep1|imp-000001`, [`${f.p}HCP1a`]],
      [`${f.p}rep1|imp-000002`, [`${f.p}ACC1`]],
      [`${f.p}rep2|imp-000003`, [`${f.p}HCP2`]],
    ]);
    expect(rows[0]).toMatchObject({ createdAt: "2027-01-04T12:00:00Z", products: ["P1", "P2"] });
    expect(JSON.parse(rows[1]!.activations).map((a: { event: string }) => a.event)).toEqual(["OPENED", "CLICKED"]);
    const facts = await f.query(
      `MATCH (d:RepDayFact) WHERE d.repId STARTS WITH $p RETURN d.id AS id, d.activities AS activities, d.calls AS calls ORDER BY id`,
    );
    expect(facts).toEqual([
      { id: `${f.p}rep1|2027-01-04`, activities: [2], calls: [2] },
      { id: `${f.p}rep2|2027-01-04`, activities: [1], calls: [1] },
    ]);
    const again = await f.run("activities", f.file("activities.csv", lines));
    expect(again).toMatchObject({ status: "SUCCEEDED", created: 0, unchanged: 3 });
    expect(await stored(f.p)).toHaveLength(3);
  });

  it("the same key with other content is a row problem; recordActivity sees an imported activity as a retry", async () => {
    const changed = await f.run("activities", f.file("changed.csv", [ACTIVITY_HEADER, line({ minutes: 45 })]));
    expect(changed.status).toBe("REJECTED");
    expect(changed.problems).toMatchObject([{ row: 2, column: "idempotency_key", value: "imp-000001" }]);

    const retried = await recordActivity(f.driver, {
      repId: `${f.p}rep1`,
      idempotencyKey: "imp-000001",
      content: {
        channel: "VISIT",
        hcpId: `${f.p}HCP1a`,
        startedAt: "2027-01-04T10:00:00Z",
        durationMinutes: 20,
        outcome: "COMPLETED",
        products: ["P1", "P2"],
        keyMessages: ["M1"],
        activations: [],
      },
      scope: UNRESTRICTED_SCOPE,
      editHours: 72,
    });
    expect(retried.created).toBe(false);
  });
});
