import { applyHierarchyChange } from "./changes.ts";
import { activeOn, dayNumber } from "./days.ts";
import { computeRollup } from "./full-rollup.ts";
import { MaterializedRollup } from "./incremental.ts";
import { HierarchyProjection, NONE } from "./projection.ts";

export interface RollupBenchmarkOptions {
  hcps?: number;
  accounts?: number;
  organizations?: number;
  networks?: number;
  /** Full computations to time (the minimum and median are reported). */
  repeats?: number;
  /** Reassignments to time after the first one. */
  reassignments?: number;
  seed?: number;
}

const AS_OF = "2026-07-01";

/**
 * Builds a synthetic US-scale hierarchy (by default 1M HCPs, 300k accounts, 1k organizations,
 * 200 networks, about 2.5M edges) and times the full roll-up and incremental reassignments
 * (an HCP moved from one account to another). Returns plain JSON-ready numbers; milliseconds.
 */
export function runRollupBenchmark(options: RollupBenchmarkOptions = {}) {
  const { hcps = 1_000_000, accounts = 300_000, organizations = 1_000, networks = 200, repeats = 5, reassignments = 1_000, seed = 42 } = options;
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);

  let started = performance.now();
  const p = new HierarchyProjection({ nodes: hcps + accounts + organizations + networks, edges: 2.6 * hcps });
  const own = new Float64Array(hcps + accounts + organizations + networks);
  const level: [prefix: string, count: number][] = [["HCP", hcps], ["ACC", accounts], ["ORG", organizations], ["NET", networks]];
  level.forEach(([prefix, count], l) => {
    for (let i = 0; i < count; i++) p.addNode(`${prefix}-${i}`, l + 1);
  });
  for (let i = 0; i < hcps; i++) own[i] = pick(500);
  for (let i = 0; i < accounts; i++) if (random() < 0.3) own[hcps + i] = pick(2_000);

  let edges = 0;
  const link = (child: string, parent: string, weight: number, validTo: string | null = null) =>
    p.addEdge({ id: `AFF-${edges++}`, child, parent, weight, validFrom: "2024-01-01", validTo });
  // HCPs: 1, 2 or 3 accounts (25/40/35 %), 3 % of affiliations already ended.
  const splits = [[1], [0.6, 0.4], [0.5, 0.3, 0.2]];
  for (let i = 0; i < hcps; i++) {
    const r = random();
    for (const w of splits[r < 0.25 ? 0 : r < 0.65 ? 1 : 2]!) link(`HCP-${i}`, `ACC-${pick(accounts)}`, w, random() < 0.03 ? "2025-06-30" : null);
  }
  // Accounts: 10 % independent, the others under 1 or 2 organizations.
  for (let i = 0; i < accounts; i++) {
    const r = random();
    if (r < 0.1) continue;
    for (const w of r < 0.55 ? [1] : [0.5, 0.5]) link(`ACC-${i}`, `ORG-${pick(organizations)}`, w);
  }
  // Organizations: members of 1 to 3 networks, shared equally.
  for (let i = 0; i < organizations; i++) {
    const k = 1 + pick(3);
    for (let j = 0; j < k; j++) link(`ORG-${i}`, `NET-${pick(networks)}`, 1 / k);
  }
  const buildMs = performance.now() - started;

  started = performance.now();
  p.topologicalOrder();
  const orderMs = performance.now() - started;

  // CPU time beside wall time: on a shared machine the wall time also counts waiting for a core.
  const fullMs: number[] = [];
  const fullCpuMs: number[] = [];
  let result = computeRollup(p, own, AS_OF);
  for (let i = 0; i < repeats; i++) {
    const cpu = process.cpuUsage();
    started = performance.now();
    result = computeRollup(p, own, AS_OF);
    fullMs.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    fullCpuMs.push((used.user + used.system) / 1000);
  }

  const view = new MaterializedRollup(p, own, AS_OF);
  const asOfDay = dayNumber(AS_OF);
  // Moves a random HCP's most recent affiliation, active on AS_OF, to a random account from AS_OF on.
  const reassign = () => {
    let hcp: number;
    let e: number;
    do {
      hcp = pick(hcps);
      e = p.headOut[hcp]!;
    } while (e === NONE || !activeOn(p.edgeFrom[e]!, p.edgeTo[e]!, asOfDay));
    const seeds = [
      ...applyHierarchyChange(p, { kind: "endEdge", id: p.edgeId(e), validTo: "2026-06-30" }),
      ...applyHierarchyChange(p, { kind: "addEdge", edge: { id: `AFF-${edges++}`, child: `HCP-${hcp}`, parent: `ACC-${pick(accounts)}`, weight: p.edgeWeight[e]!, validFrom: AS_OF } }),
    ];
    return view.refresh(seeds);
  };
  started = performance.now();
  const firstUpdates = reassign();
  const firstReassignmentMs = performance.now() - started;
  const perReassignmentMs: number[] = [];
  for (let i = 0; i < reassignments; i++) {
    started = performance.now();
    reassign();
    perReassignmentMs.push(performance.now() - started);
  }
  perReassignmentMs.sort((a, b) => a - b);
  const after = computeRollup(p, view.own, AS_OF).rollup;
  const materialized = view.rollup;
  const memory = process.memoryUsage();

  return {
    nodes: p.nodeCount,
    edges: p.edgeCount,
    asOf: AS_OF,
    buildMs: round(buildMs),
    topologicalOrderMs: round(orderMs),
    fullComputeMs: { ...summary(fullMs), runs: repeats },
    fullComputeCpuMs: summary(fullCpuMs),
    conservation: result.conservation,
    levels: result.levels,
    reassignment: {
      firstMs: round(firstReassignmentMs, 4),
      firstUpdatedNodes: firstUpdates.length,
      medianMs: round(perReassignmentMs[perReassignmentMs.length >> 1] ?? NaN, 4),
      p99Ms: round(perReassignmentMs[Math.floor(perReassignmentMs.length * 0.99)] ?? NaN, 4),
      count: reassignments,
      matchesFullRecomputation: after.every((v, i) => Object.is(v, materialized[i])),
    },
    memoryMb: { rss: round(memory.rss / 2 ** 20), heapUsed: round(memory.heapUsed / 2 ** 20), arrayBuffers: round(memory.arrayBuffers / 2 ** 20) },
  };
}

export type RollupBenchmarkResult = ReturnType<typeof runRollupBenchmark>;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { min: round(sorted[0]!), median: round(sorted[sorted.length >> 1]!) };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A small seeded PRNG, so every run builds the same hierarchy. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
