import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Activities on the two-territory graph: rep1 covers HCP1a, HCP1b and ACC1; rep2 covers HCP2; the manager manages both territories. */
const f = useTwoTerritoryApi("activities");

const RECORD = `mutation($k: String!, $a: ActivityInput!) { recordActivity(idempotencyKey: $k, activity: $a) { created activity { id repId channel hcpId version locked products activations { event at } } } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $a: ActivityInput!) { editActivity(id: $id, expectedVersion: $v, activity: $a) { id version outcome durationMinutes } }`;
const LIST = `query($rep: ID, $hcp: ID) { activities(repId: $rep, hcpId: $hcp) { id repId hcpId } }`;

const visit = (hcpId: string, extra: Record<string, unknown> = {}) => ({
  channel: "VISIT",
  hcpId,
  startedAt: "2026-11-30T10:00:00Z",
  durationMinutes: 20,
  outcome: "COMPLETED",
  products: ["Cardiozen"],
  keyMessages: ["once daily"],
  ...extra,
});
const key = () => randomUUID();
const countActivities = async (id: string) =>
  (await f.driver.executeQuery("MATCH (a:Activity {id: $id}) RETURN count(a) AS n", { id })).records[0]!.get("n").toNumber();

describe("activities", () => {
  it("a retried submission stores one activity, even when the retries arrive together", async () => {
    const k = key();
    const first = await f.api.as(f.g.users.rep1, RECORD, { k, a: visit(f.g.ids.hcp1a) });
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordActivity).toMatchObject({
      created: true,
      activity: { repId: f.g.users.rep1, channel: "VISIT", version: 1, locked: false },
    });
    const again = await f.api.as(f.g.users.rep1, RECORD, { k, a: visit(f.g.ids.hcp1a) });
    expect(again.data?.recordActivity).toMatchObject({ created: false, activity: { id: first.data?.recordActivity.activity.id } });

    const burstKey = key();
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => f.api.as(f.g.users.rep1, RECORD, { k: burstKey, a: visit(f.g.ids.hcp1b) })),
    );
    expect(burst.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(burst.filter((r) => r.data?.recordActivity.created).length).toBe(1);
    expect(await countActivities(`${f.g.users.rep1}|${burstKey}`)).toBe(1);
  });

  it("the same key with different content is a CONFLICT; bad input names the field", async () => {
    const k = key();
    await f.api.as(f.g.users.rep1, RECORD, { k, a: visit(f.g.ids.hcp1a) });
    const reused = await f.api.as(f.g.users.rep1, RECORD, { k, a: visit(f.g.ids.hcp1a, { durationMinutes: 45 }) });
    expect(reused.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const noSubject = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: { ...visit(f.g.ids.hcp1a), hcpId: null } });
    expect(noSubject.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["activity", "hcpId"] });
    const activationOnVisit = await f.api.as(f.g.users.rep1, RECORD, {
      k: key(),
      a: visit(f.g.ids.hcp1a, { activations: [{ event: "OPENED", at: "2026-11-30T10:00:00Z" }] }),
    });
    expect(activationOnVisit.errors?.[0]?.extensions?.argumentPath).toEqual(["activity", "activations"]);
    const badDate = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: visit(f.g.ids.hcp1a, { startedAt: "yesterday" }) });
    expect(badDate.errors?.[0]?.extensions?.argumentPath).toEqual(["activity", "startedAt"]);
    const badKey = await f.api.as(f.g.users.rep1, RECORD, { k: "x", a: visit(f.g.ids.hcp1a) });
    expect(badKey.errors?.[0]?.extensions?.argumentPath).toEqual(["idempotencyKey"]);
  });

  it("remote channels keep their activation events", async () => {
    const email = {
      channel: "EMAIL",
      hcpId: f.g.ids.hcp1a,
      startedAt: "2026-11-29T08:00:00Z",
      durationMinutes: 0,
      outcome: "COMPLETED",
      activations: [
        { event: "OPENED", at: "2026-11-29T09:12:00Z" },
        { event: "CLICKED", at: "2026-11-29T09:13:00Z" },
      ],
    };
    const r = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: email });
    expect(r.data?.recordActivity.activity.activations.map((a: { event: string }) => a.event)).toEqual(["OPENED", "CLICKED"]);
  });

  it("REP scope: another territory's HCP answers like a missing one; only REP and KAM record", async () => {
    const hidden = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: visit(f.g.ids.hcp2) });
    const missing = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: visit(`${f.g.prefix}nobody`) });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(hidden.errors?.[0]?.message.replace(f.g.ids.hcp2, "X")).toBe(missing.errors?.[0]?.message.replace(`${f.g.prefix}nobody`, "X"));
    expect((await f.api.as(f.g.users.analyst, RECORD, { k: key(), a: visit(f.g.ids.hcp1a) })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
  });

  it("edits at the read version while editable; stale versions conflict, other reps' activities are missing, locked ones refuse", async () => {
    const r = await f.api.as(f.g.users.rep1, RECORD, { k: key(), a: visit(f.g.ids.hcp1a) });
    const id = r.data?.recordActivity.activity.id;
    const edited = await f.api.as(f.g.users.rep1, EDIT, { id, v: 1, a: visit(f.g.ids.hcp1a, { outcome: "NOT_MET", durationMinutes: 5 }) });
    expect(edited.data?.editActivity).toEqual({ id, version: 2, outcome: "NOT_MET", durationMinutes: 5 });
    expect((await f.api.as(f.g.users.rep1, EDIT, { id, v: 1, a: visit(f.g.ids.hcp1a) })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await f.api.as(f.g.users.rep2, EDIT, { id, v: 2, a: visit(f.g.ids.hcp2) })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    await f.driver.executeQuery("MATCH (a:Activity {id: $id}) SET a.createdAt = a.createdAt - duration({hours: 100})", { id });
    const locked = await f.api.as(f.g.users.rep1, EDIT, { id, v: 2, a: visit(f.g.ids.hcp1a) });
    expect(locked.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(locked.errors?.[0]?.message).toMatch(/locked: activities can be edited for 72 hours/);
  });

  it("lists: reps their own, the manager the team's, the analyst everyone's", async () => {
    await f.api.as(f.g.users.rep2, RECORD, { k: key(), a: visit(f.g.ids.hcp2) });
    const ids = async (user: string, vars: Record<string, unknown> = {}) =>
      ((await f.api.as(user, LIST, vars)).data?.activities ?? []).filter((a: { repId: string }) => a.repId.startsWith(f.g.prefix));
    const rep1 = await ids(f.g.users.rep1);
    expect(rep1.length).toBeGreaterThan(0);
    expect(rep1.every((a: { repId: string }) => a.repId === f.g.users.rep1)).toBe(true);
    expect((await ids(f.g.users.rep1, { rep: f.g.users.rep2 })).length).toBe(0);
    const team = await ids(f.g.users.manager);
    expect(new Set(team.map((a: { repId: string }) => a.repId))).toEqual(new Set([f.g.users.rep1, f.g.users.rep2]));
    expect((await ids(f.g.users.analyst, { hcp: f.g.ids.hcp2 })).map((a: { hcpId: string }) => a.hcpId)).toEqual([f.g.ids.hcp2]);
  });
});
