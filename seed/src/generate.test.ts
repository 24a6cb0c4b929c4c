import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generate, seededUsers, type Dataset } from "./generate.ts";
import { isValidNpi } from "./npi.ts";

const tiny = generate("tiny", 1);
let demoCache: Dataset | undefined;
const demoData = () => (demoCache ??= generate("demo", 3));

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
      const primaries = edges.filter((e) => e.primary);
      expect(primaries, `${child} has one primary`).toHaveLength(1);
      expect(primaries[0]!.weight, `${child}'s primary has the largest weight`).toBe(Math.max(...edges.map((e) => e.weight)));
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
  expect(d.hcps.every((h) => isValidNpi(h.npi))).toBe(true);
  const territories = new Set(d.territories.map((t) => t.id));
  for (const p of [...d.hcps, ...d.accounts]) {
    expect(territories.has(p.territory), `${p.id} aligned to ${p.territory}`).toBe(true);
    // The contiguous US.
    expect(p.lat).toBeGreaterThan(24.5);
    expect(p.lat).toBeLessThan(49.4);
    expect(p.lon).toBeGreaterThan(-124.8);
    expect(p.lon).toBeLessThan(-66.9);
  }
  expect(new Set(d.users.map((u) => u.role))).toEqual(new Set(["REP", "KAM", "STEWARD", "ANALYST", "MANAGER", "ADMIN"]));
}

describe("generate", () => {
  it("has the tiny scale's sizes", () => {
    expect(tiny.hcps).toHaveLength(200);
    expect(tiny.accounts).toHaveLength(60);
    expect(tiny.organizations).toHaveLength(8);
    expect(tiny.networks).toHaveLength(3);
    expect(tiny.territories).toHaveLength(4);
  });

  it("is deterministic for a seed (byte-identical), and differs between seeds", () => {
    expect(JSON.stringify(generate("tiny", 1))).toBe(JSON.stringify(tiny));
    const other = generate("tiny", 2);
    expect(other.hcps.map((h) => h.name)).not.toEqual(tiny.hcps.map((h) => h.name));
    expect(other.hcps.map((h) => h.npi)).not.toEqual(tiny.hcps.map((h) => h.npi));
    expect(other.influences).not.toEqual(tiny.influences);
  });

  it("uses the id formats of docs/MODEL.md", () => {
    expect(tiny.hcps[0]!.id).toBe("HCP-0000001");
    expect(tiny.accounts[0]!.id).toBe("ACC-000001");
    expect(tiny.organizations[0]!.id).toBe("ORG-0001");
    expect(tiny.networks[0]!.id).toBe("NET-001");
    expect(tiny.territories[0]!.id).toBe("TERR-0001");
    expect(tiny.hcpAffiliations.every((e) => e.id.startsWith("AFF-"))).toBe(true);
    for (const m of tiny.metrics) expect(m.id).toBe(`${m.entityId}|${m.metric}|${m.period}`);
    expect(tiny.users.map((u) => u.id)).toContain("user-rep-001");
    expect(tiny.users.map((u) => u.id)).toContain("user-admin-001");
    expect(new Set(tiny.users.map((u) => u.id)).size).toBe(tiny.users.length);
  });

  it("lists the same users as it loads", () => {
    expect(seededUsers("tiny", 1)).toEqual(tiny.users);
  });

  it("prefixes every id", () => {
    const d = generate("tiny", 1, "pfx-");
    const ids = [
      ...d.hcps,
      ...d.accounts,
      ...d.organizations,
      ...d.networks,
      ...d.territories,
      ...d.users,
      ...d.metrics,
      ...d.hcpAffiliations,
      ...d.influences,
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

  it("affiliates every HCP with a primary account in its own territory", () => {
    const territoryOf = new Map([...tiny.hcps, ...tiny.accounts].map((x) => [x.id, x.territory]));
    for (const e of tiny.hcpAffiliations.filter((e) => e.primary)) expect(territoryOf.get(e.parent)).toBe(territoryOf.get(e.child));
  });

  it("puts some accounts under two organizations and every organization in a network", () => {
    const demo = demoData();
    const perAccount = weightsByChild(demo.accountAffiliations);
    const two = [...perAccount.values()].filter((e) => e.length === 2).length;
    expect(two / perAccount.size).toBeGreaterThan(0.05);
    expect(two / perAccount.size).toBeLessThan(0.15);
    expect(new Set(demo.organizationAffiliations.map((e) => e.child)).size).toBe(demo.organizations.length);
  });

  it("makes influence power-law-like: a few KOLs with many followers", () => {
    const demo = demoData();
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
    for (const m of tiny.metrics)
      byHcpPeriod.set(`${m.entityId}|${m.period}`, { ...byHcpPeriod.get(`${m.entityId}|${m.period}`), [m.metric]: m.value });
    expect(byHcpPeriod.size).toBe(200 * 4);
    for (const v of byHcpPeriod.values()) {
      expect(Object.keys(v).sort()).toEqual(["NRX", "POTENTIAL", "SALES", "TRX"]);
      expect(v.NRX!).toBeLessThan(v.TRX!);
      expect(v.TRX!).toBeGreaterThan(0);
    }
  });

  it("mixes specialties and credentials like US prescriber data, with territories of about 500 HCPs", () => {
    const demo = demoData();
    const share = (pred: (h: (typeof demo.hcps)[number]) => boolean) => demo.hcps.filter(pred).length / demo.hcps.length;
    expect(share((h) => h.specialty === "Family Medicine" || h.specialty === "Internal Medicine")).toBeGreaterThan(0.25);
    expect(share((h) => h.specialty === "Oncology")).toBeGreaterThan(0.01);
    expect(share((h) => h.specialty === "Oncology")).toBeLessThan(0.06);
    expect(share((h) => h.credential === "MD")).toBeGreaterThan(0.55);
    expect(share((h) => h.credential === "NP" || h.credential === "PA")).toBeGreaterThan(0.15);
    expect(demo.hcps.length / demo.territories.length).toBeGreaterThan(400);
    expect(demo.hcps.length / demo.territories.length).toBeLessThan(600);
  });

  it("correlates metric values with specialty and influence", () => {
    const demo = demoData();
    const trx = new Map(demo.metrics.filter((m) => m.metric === "TRX" && m.period === "2026-Q3").map((m) => [m.entityId, m.value]));
    const mean = (ids: string[]) => ids.reduce((a, id) => a + trx.get(id)!, 0) / ids.length;
    const bySpecialty = (name: string) => demo.hcps.filter((h) => h.specialty === name).map((h) => h.id);
    expect(mean(bySpecialty("Oncology"))).toBeGreaterThan(2 * mean(bySpecialty("Pediatrics")));
    const followers = new Map<string, number>();
    for (const e of demo.influences) followers.set(e.from, (followers.get(e.from) ?? 0) + 1);
    const kols = [...followers].filter(([, n]) => n >= 20).map(([id]) => id);
    const others = demo.hcps.map((h) => h.id).filter((id) => !followers.has(id));
    expect(mean(kols)).toBeGreaterThan(1.5 * mean(others));
  });

  it("invariants hold for any seed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => checkInvariants(generate("tiny", seed))),
      { numRuns: 25 },
    );
    // 25 whole generations: about 3 s on a quiet machine, more when tests share the cores.
  }, 60_000);
});
