import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generate, type Dataset } from "./generate.ts";
import { isValidNpi } from "./npi.ts";
import { splitWeights } from "./seed-plan.ts";
import { Rng } from "./prng.ts";

const tiny = generate("tiny", 1);

function weightsByChild(rows: Dataset["hcpAffiliations"]) {
  const byChild = new Map<string, { weight: number; primary: boolean }[]>();
  for (const r of rows) byChild.set(r.child, [...(byChild.get(r.child) ?? []), r]);
  return byChild;
}

/** Invariants every generated dataset must satisfy (checked for many seeds below). */
function checkInvariants(d: Dataset): void {
  for (const level of [d.hcpAffiliations, d.accountAffiliations, d.organizationAffiliations]) {
    for (const [child, edges] of weightsByChild(level)) {
      const sum = edges.reduce((a, e) => a + e.weight, 0);
      expect(Math.abs(sum - 1), `${child} weights sum to ${sum}`).toBeLessThan(1e-9);
      expect(edges.filter((e) => e.primary), `${child} has one primary`).toHaveLength(1);
      for (const e of edges) expect(e.weight).toBeGreaterThan(0);
    }
  }
  const pairs = new Set<string>();
  for (const e of d.influences) {
    expect(e.from).not.toBe(e.to);
    const key = `${e.from}>${e.to}`;
    expect(pairs.has(key), `duplicate ${key}`).toBe(false);
    pairs.add(key);
  }
}

describe("generate", () => {
  it("has the tiny scale's sizes", () => {
    expect(tiny.hcps).toHaveLength(200);
    expect(tiny.accounts).toHaveLength(60);
    expect(tiny.organizations).toHaveLength(8);
    expect(tiny.networks).toHaveLength(3);
    expect(tiny.territories).toHaveLength(4);
  });

  it("is deterministic for a seed, and differs between seeds", () => {
    expect(generate("tiny", 1)).toEqual(tiny);
    const other = generate("tiny", 2);
    expect(other.hcps.map((h) => h.name)).not.toEqual(tiny.hcps.map((h) => h.name));
  });

  it("prefixes every id", () => {
    const d = generate("tiny", 1, "pfx-");
    const ids = [
      ...d.hcps, ...d.accounts, ...d.organizations, ...d.networks, ...d.territories, ...d.users, ...d.metrics,
      ...d.hcpAffiliations, ...d.influences,
    ].map((r) => r.id);
    expect(ids.every((id) => id.startsWith("pfx-"))).toBe(true);
    expect(d.hcpAffiliations.every((e) => e.child.startsWith("pfx-") && e.parent.startsWith("pfx-"))).toBe(true);
  });

  it("gives every HCP 1-4 account affiliations, weights summing to 1 and exactly one primary", () => {
    const byChild = weightsByChild(tiny.hcpAffiliations);
    expect(byChild.size).toBe(200);
    for (const edges of byChild.values()) expect(edges.length).toBeGreaterThanOrEqual(1), expect(edges.length).toBeLessThanOrEqual(4);
    checkInvariants(tiny);
  });

  it("puts some accounts under two organizations and every organization in a network", () => {
    const demo = generate("demo", 3);
    const perAccount = weightsByChild(demo.accountAffiliations);
    const two = [...perAccount.values()].filter((e) => e.length === 2).length;
    expect(two / perAccount.size).toBeGreaterThan(0.05);
    expect(two / perAccount.size).toBeLessThan(0.15);
    expect(new Set(demo.organizationAffiliations.map((e) => e.child)).size).toBe(demo.organizations.length);
  });

  it("makes influence power-law-like: a few KOLs with many followers", () => {
    const demo = generate("demo", 3);
    const followers = new Map<string, number>();
    for (const e of demo.influences) followers.set(e.from, (followers.get(e.from) ?? 0) + 1);
    const counts = [...followers.values()].sort((a, b) => b - a);
    const top1pc = counts.slice(0, Math.ceil(demo.hcps.length / 100)).reduce((a, b) => a + b, 0);
    // Uniform choice would give the top 1% about 1% of the edges.
    expect(top1pc / demo.influences.length).toBeGreaterThan(0.15);
    expect(counts[0]).toBeGreaterThan(50);
    const sameSpecialty = demo.influences.filter((e) => {
      const a = demo.hcps[Number(e.from.slice(4)) - 1]!;
      const b = demo.hcps[Number(e.to.slice(4)) - 1]!;
      return a.specialty === b.specialty;
    }).length;
    expect(sameSpecialty / demo.influences.length).toBeGreaterThan(0.8);
  });

  it("generates valid NPIs, unique within a seed, and US coordinates", () => {
    expect(tiny.hcps.every((h) => isValidNpi(h.npi))).toBe(true);
    expect(new Set(tiny.hcps.map((h) => h.npi)).size).toBe(200);
    for (const p of [...tiny.hcps, ...tiny.accounts]) {
      expect(p.lat).toBeGreaterThan(24);
      expect(p.lat).toBeLessThan(50);
      expect(p.lon).toBeGreaterThan(-125);
      expect(p.lon).toBeLessThan(-66);
      expect(p.zip).toMatch(/^\d{5}$/);
    }
  });

  it("aligns every HCP and account to an existing territory, and users of every role", () => {
    const territories = new Set(tiny.territories.map((t) => t.id));
    expect([...tiny.hcps, ...tiny.accounts].every((x) => territories.has(x.territory))).toBe(true);
    const roles = new Set(tiny.users.map((u) => u.role));
    expect([...roles].sort()).toEqual(["ADMIN", "ANALYST", "KAM", "MANAGER", "REP", "STEWARD"]);
    const reps = tiny.users.filter((u) => u.role === "REP");
    expect(reps.length).toBeGreaterThanOrEqual(2);
    const covered = reps.flatMap((r) => r.covers);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it("writes NRX below TRX and four metrics per period", () => {
    const byHcpPeriod = new Map<string, Record<string, number>>();
    for (const m of tiny.metrics) byHcpPeriod.set(`${m.entityId}|${m.period}`, { ...byHcpPeriod.get(`${m.entityId}|${m.period}`), [m.metric]: m.value });
    expect(byHcpPeriod.size).toBe(200 * 4);
    for (const v of byHcpPeriod.values()) {
      expect(Object.keys(v).sort()).toEqual(["NRX", "POTENTIAL", "SALES", "TRX"]);
      expect(v.NRX!).toBeLessThanOrEqual(v.TRX!);
    }
  });

  it("invariants hold for any seed (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => checkInvariants(generate("tiny", seed))), { numRuns: 25 });
  });
});

describe("splitWeights", () => {
  it("sums to exactly 1 with two decimals, largest first, for any draw", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 4 }), (seed, parts) => {
        const w = splitWeights(new Rng(seed), parts);
        expect(w).toHaveLength(parts);
        expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        expect(Math.max(...w)).toBe(w[0]);
        for (const x of w) expect(x).toBeGreaterThan(0);
      }),
    );
  });
});
