/**
 * One closed tour through every node of a symmetric cost matrix, starting and ending at node 0
 * (the rep's home). Nearest-neighbour construction, then iterated local search: 2-opt and Or-opt
 * (moving a run of 1-3 stops, either way round) over each node's nearest neighbours with
 * don't-look bits, and a local double-bridge kick between rounds, keeping the best tour.
 * Deterministic for a seed: the work is bounded by a number of rounds, not by the clock.
 */
import { SeededRandom } from "../../model/seeded-random.ts";

export interface CostMatrix {
  /** Number of nodes, home included. */
  n: number;
  /** Row-major n x n, symmetric, zero diagonal. */
  cost: Float64Array;
}

export interface TourOptions {
  seed?: number;
  /** Kick-and-improve rounds after the first local optimum. Default: 2000 + 20 per node. */
  rounds?: number;
}

export interface Tour {
  /** Nodes in visiting order, home (0) left out. */
  order: number[];
  cost: number;
}

const NEIGHBOURS = 12;
const EPS = 1e-9;
/** Positions a double-bridge kick spans: small, so a kick stays local and is cheap to repair. */
const KICK_SPAN = 30;

function nearestNeighbours(m: CostMatrix, k: number): Int32Array[] {
  const { n, cost } = m;
  const all = Array.from({ length: n }, (_, i) => i);
  return all.map((a) => {
    const sorted = all.filter((b) => b !== a).sort((x, y) => cost[a * n + x]! - cost[a * n + y]! || x - y);
    return Int32Array.from(sorted.slice(0, k));
  });
}

function tourCost(m: CostMatrix, tour: Int32Array): number {
  let s = 0;
  for (let i = 0; i < tour.length; i++) s += m.cost[tour[i]! * m.n + tour[(i + 1) % tour.length]!]!;
  return s;
}

function nearestNeighbourTour(m: CostMatrix): Int32Array {
  const { n, cost } = m;
  const tour = new Int32Array(n);
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let i = 1; i < n; i++) {
    const from = tour[i - 1]!;
    let best = -1;
    for (let b = 1; b < n; b++) if (!used[b] && (best < 0 || cost[from * n + b]! < cost[from * n + best]!)) best = b;
    tour[i] = best;
    used[best] = 1;
  }
  return tour;
}

/** A tour as an array with each node's position, improved in place. */
class TourState {
  readonly pos: Int32Array;
  constructor(
    readonly m: CostMatrix,
    readonly tour: Int32Array,
    private readonly neighbours: Int32Array[],
  ) {
    this.pos = new Int32Array(m.n);
    this.reindex();
  }

  private reindex(): void {
    for (let i = 0; i < this.tour.length; i++) this.pos[this.tour[i]!] = i;
  }

  private c(a: number, b: number): number {
    return this.m.cost[a * this.m.n + b]!;
  }

  next(a: number): number {
    return this.tour[(this.pos[a]! + 1) % this.tour.length]!;
  }

  prev(a: number): number {
    return this.tour[(this.pos[a]! - 1 + this.tour.length) % this.tour.length]!;
  }

  /** Reverses the path from node `from` forwards to node `to` (or, cheaper and equivalent, the rest of the cycle). */
  private reversePath(from: number, to: number): void {
    const n = this.tour.length;
    let i = this.pos[from]!;
    let j = this.pos[to]!;
    let len = ((j - i + n) % n) + 1;
    if (2 * len > n) {
      [i, j] = [(j + 1) % n, (i - 1 + n) % n];
      len = n - len;
    }
    for (let k = 0; k < len >> 1; k++) {
      const a = this.tour[i]!;
      const b = this.tour[j]!;
      this.tour[i] = b;
      this.pos[b] = i;
      this.tour[j] = a;
      this.pos[a] = j;
      i = (i + 1) % n;
      j = (j - 1 + n) % n;
    }
  }

  /** The best improving 2-opt move at `a`, applied; the nodes whose edges changed. */
  private twoOpt(a: number): number[] | null {
    for (const forward of [true, false]) {
      const b = forward ? this.next(a) : this.prev(a);
      const dab = this.c(a, b);
      for (const c of this.neighbours[a]!) {
        const dac = this.c(a, c);
        if (dac >= dab - EPS) break;
        const d = forward ? this.next(c) : this.prev(c);
        if (c === b || d === a) continue;
        if (dab + this.c(c, d) - dac - this.c(b, d) > EPS) {
          if (forward) this.reversePath(b, c);
          else this.reversePath(a, d);
          return [a, b, c, d];
        }
      }
    }
    return null;
  }

  /** The first improving Or-opt move of a run starting at `a` (1-3 nodes), applied; the nodes whose edges changed. */
  private orOpt(a: number): number[] | null {
    const n = this.tour.length;
    for (let len = 1; len <= 3 && len < n - 2; len++) {
      const first = a;
      const p0 = this.pos[first]!;
      const last = this.tour[(p0 + len - 1) % n]!;
      const before = this.prev(first);
      const after = this.next(last);
      const removeGain = this.c(before, first) + this.c(last, after) - this.c(before, after);
      if (removeGain <= EPS) continue;
      for (const end of [first, last]) {
        for (const c of this.neighbours[end]!) {
          if (this.c(end, c) >= removeGain - EPS) break;
          const offset = (this.pos[c]! - p0 + n) % n;
          if (offset < len) continue;
          for (const d of [this.next(c), this.prev(c)]) {
            const doff = (this.pos[d]! - p0 + n) % n;
            if (doff < len) continue;
            // Insert between c and d with `end` next to c.
            const other = end === first ? last : first;
            const gain = removeGain - (this.c(c, end) + this.c(other, d) - this.c(c, d));
            if (gain > EPS) {
              this.moveRun(p0, len, c, d, end);
              return [before, after, first, last, c, d];
            }
          }
        }
      }
    }
    return null;
  }

  /** Moves the run at position p0 (len nodes) between adjacent nodes c and d, `end` touching c. */
  private moveRun(p0: number, len: number, c: number, d: number, end: number): void {
    const n = this.tour.length;
    const run: number[] = [];
    for (let k = 0; k < len; k++) run.push(this.tour[(p0 + k) % n]!);
    const rest: number[] = [];
    for (let k = len; k < n; k++) rest.push(this.tour[(p0 + k) % n]!);
    const ci = rest.indexOf(c);
    const di = rest.indexOf(d);
    // Oriented so that c comes before d in `rest`.
    const forwardCD = (ci + 1) % rest.length === di;
    const seq = forwardCD === (end === run[0]) ? run : run.slice().reverse();
    const at = forwardCD ? ci + 1 : di + 1;
    const merged = [...rest.slice(0, at), ...seq, ...rest.slice(at)];
    // Keep home at position 0 for readability of the result; any rotation is the same cycle.
    const h = merged.indexOf(0);
    for (let k = 0; k < n; k++) this.tour[k] = merged[(h + k) % n]!;
    this.reindex();
  }

  /** Local search until no move improves, starting from the given active nodes. */
  improve(active: Iterable<number>): void {
    const queued = new Uint8Array(this.m.n);
    const queue: number[] = [];
    const push = (x: number) => {
      if (!queued[x]) {
        queued[x] = 1;
        queue.push(x);
      }
    };
    for (const x of active) push(x);
    while (queue.length > 0) {
      const a = queue.pop()!;
      queued[a] = 0;
      const touched = this.twoOpt(a) ?? this.orOpt(a);
      if (touched) {
        for (const x of touched) push(x);
        push(a);
      }
    }
  }

  /** A double bridge inside a window of the tour; returns the nodes at the cuts. */
  kick(rnd: SeededRandom): number[] {
    const n = this.tour.length;
    const span = Math.min(n, KICK_SPAN);
    const start = rnd.int(0, n - 1);
    const cuts = new Set<number>();
    while (cuts.size < 3) cuts.add(rnd.int(1, span - 1));
    const [p1, p2, p3] = [...cuts].sort((x, y) => x - y) as [number, number, number];
    const rotated = Array.from({ length: n }, (_, k) => this.tour[(start + k) % n]!);
    const kicked = [...rotated.slice(0, p1), ...rotated.slice(p2, p3), ...rotated.slice(p1, p2), ...rotated.slice(p3)];
    const h = kicked.indexOf(0);
    for (let k = 0; k < n; k++) this.tour[k] = kicked[(h + k) % n]!;
    this.reindex();
    return [rotated[p1 - 1]!, rotated[p1]!, rotated[p2 - 1]!, rotated[p2]!, rotated[p3 - 1]!, rotated[p3 % n]!];
  }
}

export function solveClosedTour(m: CostMatrix, opts: TourOptions = {}): Tour {
  const { n } = m;
  if (n <= 3)
    return {
      order: Array.from({ length: n - 1 }, (_, i) => i + 1),
      cost: tourCost(
        m,
        Int32Array.from({ length: n }, (_, i) => i),
      ),
    };
  const rnd = new SeededRandom(opts.seed ?? 1);
  const rounds = opts.rounds ?? 2000 + 20 * n;
  const state = new TourState(m, nearestNeighbourTour(m), nearestNeighbours(m, Math.min(NEIGHBOURS, n - 1)));
  state.improve(state.tour);
  let best = Int32Array.from(state.tour);
  let bestCost = tourCost(m, best);
  let currentCost = bestCost;
  const saved = new Int32Array(n);
  for (let r = 0; r < rounds; r++) {
    saved.set(state.tour);
    state.improve(state.kick(rnd));
    const c = tourCost(m, state.tour);
    if (c < currentCost - EPS || (c <= currentCost + EPS && rnd.chance(0.5))) {
      currentCost = c;
      if (c < bestCost - EPS) {
        bestCost = c;
        best = Int32Array.from(state.tour);
      }
    } else {
      state.tour.set(saved);
      for (let i = 0; i < n; i++) state.pos[state.tour[i]!] = i;
    }
  }
  const h = best.indexOf(0);
  const order = Array.from({ length: n - 1 }, (_, k) => best[(h + 1 + k) % n]!);
  return { order, cost: bestCost };
}
