import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { materializeRollups } from "../../src/analytics/rollup-store/materialize.ts";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * History queries against brute force: random effective-dated edges around one organization,
 * written through the change path, then `entityAsOf` at random dates equals filtering the
 * generated history by hand; a later weight change does not rewrite the past.
 */
const f = useTwoTerritoryApi("history");
const APPLY = `mutation($ops: String!) { applyChange(operations: $ops, reason: "history") { op state } }`;
const AS_OF = `query($id: ID!, $date: Date!) { entityAsOf(id: $id, date: $date) { edges { id childId parentId weight validFrom validTo } } }`;

interface Spell {
  account: string;
  from: string;
  to: string | null;
}
const spells: Spell[] = [];
const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // Accounts A0..A5 under the fixture's organization in non-overlapping spells per account.
  const accounts = Array.from({ length: 6 }, (_, i) => `${f.g.prefix}HA${i}`);
  await f.driver.executeQuery("UNWIND $ids AS id CREATE (:Account {id: id, name: id, kind: 'CLINIC'})", { ids: accounts });
  const rng = fc.sample(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 400 }), fc.boolean()), {
      minLength: 12,
      maxLength: 12,
    }),
    { numRuns: 1, seed: 20261123 },
  )[0]!;
  const lastEnd = new Map<number, number>();
  for (const [a, start, length, open] of rng) {
    const from = Math.max(start, (lastEnd.get(a) ?? -2) + 2);
    const to = open ? null : from + length;
    if (lastEnd.get(a) === Infinity) continue;
    lastEnd.set(a, to ?? Infinity);
    spells.push({ account: accounts[a]!, from: day(from), to: to === null ? null : day(to) });
  }
  for (const s of spells) {
    const res = await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([
        {
          op: "ADD_AFFILIATION",
          childId: s.account,
          parentId: f.g.ids.org,
          weight: 1,
          primary: true,
          type: "MEMBER",
          validFrom: s.from,
          validTo: s.to,
        },
      ]),
    });
    expect(res.errors).toBeUndefined();
  }
});

describe("history", () => {
  it("an entity's edges as of random dates equal a brute-force filter of the history", async () => {
    const dates = fc.sample(fc.integer({ min: 0, max: 2200 }), { numRuns: 25, seed: 7 }).map(day);
    for (const date of dates) {
      const res = await f.api.as(f.g.users.kam, AS_OF, { id: f.g.ids.org, date });
      const got = res
        .data!.entityAsOf.edges.filter((e: any) => e.childId.startsWith(`${f.g.prefix}HA`))
        .map((e: any) => `${e.childId}@${e.validFrom}`)
        .sort();
      const expected = spells
        .filter((s) => s.from <= date && (s.to === null || s.to >= date))
        .map((s) => `${s.account}@${s.from}`)
        .sort();
      expect(got, date).toEqual(expected);
    }
  });

  it("later edits do not rewrite the past; the diff lists added, ended and changed edges", async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    const before = await f.api.as(f.g.users.kam, AS_OF, { id: f.g.ids.acc1, date: yesterday });
    const h1a = before.data!.entityAsOf.edges.find((e: any) => e.childId === f.g.ids.hcp1a);
    expect(h1a.weight).toBe(1);
    await f.api.as(f.g.users.steward, APPLY, {
      ops: JSON.stringify([
        { op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, weight: 0.6 },
        {
          op: "ADD_AFFILIATION",
          childId: f.g.ids.hcp1a,
          parentId: f.g.ids.acc2,
          weight: 0.4,
          primary: false,
          type: "CONSULTING",
          validFrom: today,
        },
      ]),
    });
    const past = await f.api.as(f.g.users.kam, AS_OF, { id: f.g.ids.acc1, date: yesterday });
    expect(past.data!.entityAsOf.edges.find((e: any) => e.childId === f.g.ids.hcp1a).weight).toBe(1);
    const now = await f.api.as(f.g.users.kam, AS_OF, { id: f.g.ids.acc1, date: today });
    expect(now.data!.entityAsOf.edges.find((e: any) => e.childId === f.g.ids.hcp1a).weight).toBe(0.6);

    const diff = await f.api.as(
      f.g.users.kam,
      `query($id: ID!, $from: Date!, $to: Date!) { hierarchyDiff(id: $id, from: $from, to: $to) {
      added { childId parentId } ended { childId } changed { before { weight } after { weight childId } } } }`,
      { id: f.g.ids.org, from: yesterday, to: today },
    );
    const d = diff.data!.hierarchyDiff;
    expect(d.added).toEqual(expect.arrayContaining([{ childId: f.g.ids.hcp1a, parentId: f.g.ids.acc2 }]));
    expect(d.changed).toEqual(expect.arrayContaining([{ before: { weight: 1 }, after: { weight: 0.6, childId: f.g.ids.hcp1a } }]));
    expect((await f.api.as(f.g.users.rep1, AS_OF, { id: f.g.ids.org, date: today })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Roll-ups at both dates, when asked for: the account's TRX of a period only this test uses, as the entity's own as-of roll-up gives it.
    const period = `${3000 + Math.floor(Math.random() * 6000)}-Q1`;
    await addTrxValues(f.driver, f.g, period, { HCP1a: 100, HCP1b: 50 });
    await materializeRollups(f.driver, { metric: "TRX", period });
    const rollups = await f.api.as(
      f.g.users.kam,
      `query($id: ID!, $from: Date!, $to: Date!) { hierarchyDiff(id: $id, from: $from, to: $to) { rollups { metric period from to delta } } }`,
      { id: f.g.ids.acc1, from: yesterday, to: today },
    );
    const ours = rollups.data!.hierarchyDiff.rollups.find((r: { period: string }) => r.period === period);
    const asOf = async (date: string) =>
      (
        await f.api.as(
          f.g.users.kam,
          `query($id: ID!, $p: String!, $d: Date) { accounts(where: { id: { eq: $id } }) { rollup(metric: TRX, period: $p, asOf: $d) } }`,
          {
            id: f.g.ids.acc1,
            p: period,
            d: date,
          },
        )
      ).data!.accounts[0].rollup as number;
    const [rollupThen, rollupNow] = [await asOf(yesterday), await asOf(today)];
    expect(rollupNow).toBeGreaterThan(0);
    expect(ours).toEqual({ metric: "TRX", period, from: rollupThen, to: rollupNow, delta: rollupNow - rollupThen });
  });
});
