import { dayNumber, OPEN_END, OPEN_START } from "./days.ts";

/** A hierarchy edge as the loader or the change path knows it: child -> parent, ids are node ids. */
export interface EdgeInput {
  id: string;
  child: string;
  parent: string;
  /** Allocation share of the child's roll-up to the parent, 0 < weight <= 1. */
  weight: number;
  /** First effective day, ISO 'YYYY-MM-DD'; null or absent: since forever. */
  validFrom?: string | null;
  /** Last effective day (inclusive, see days.ts); null or absent: open-ended. */
  validTo?: string | null;
}

/** The end of an adjacency list. */
export const NONE = -1;

/**
 * A compact in-memory copy of the customer hierarchy for one process: nodes are dense indices
 * with a level number, edges live in parallel typed arrays, and each node has two singly linked
 * edge lists (incoming from children, outgoing to parents) threaded through `nextIn`/`nextOut`,
 * so adding an edge is O(1) and nothing is rebuilt on change. Edges are prepended and never
 * removed, so every list runs by descending edge index; the roll-up's summation order relies
 * on it (see activeInbound).
 *
 * Order: edges point from a lower level to a higher one, or stay within a level (levels may be
 * skipped). Within a level, `depth` is a longest-path rank over same-level edges, maintained on
 * every insert, so (level, depth) strictly increases along every edge. Ending an edge only sets
 * its validTo, so the order covers every edge regardless of dates and cycles are rejected even
 * across disjoint validity intervals.
 *
 * The typed-array getters expose the live storage for the engine's hot loops; read them only up
 * to `nodeCount` / `edgeCount`, re-read them after any mutation (they are reallocated on growth),
 * and never write to them.
 */
export class HierarchyProjection {
  private ids: string[] = [];
  private nodeIndexById = new Map<string, number>();
  private edgeIds: string[] = [];
  private edgeIndexById = new Map<string, number>();
  private nodes = 0;
  private edges = 0;

  private levelOf: Int32Array;
  private depthOf: Int32Array;
  private firstIn: Int32Array;
  private firstOut: Int32Array;

  private childOf: Int32Array;
  private parentOf: Int32Array;
  private weightOf: Float64Array;
  private fromOf: Int32Array;
  private toOf: Int32Array;
  private nextInOf: Int32Array;
  private nextOutOf: Int32Array;

  private order: Int32Array | null = null;

  /** `capacity`: initial room, grown by doubling as needed. */
  constructor(capacity: { nodes?: number; edges?: number } = {}) {
    const n = Math.max(1, capacity.nodes ?? 16);
    const e = Math.max(1, capacity.edges ?? 16);
    this.levelOf = new Int32Array(n);
    this.depthOf = new Int32Array(n);
    this.firstIn = new Int32Array(n).fill(NONE);
    this.firstOut = new Int32Array(n).fill(NONE);
    this.childOf = new Int32Array(e);
    this.parentOf = new Int32Array(e);
    this.weightOf = new Float64Array(e);
    this.fromOf = new Int32Array(e);
    this.toOf = new Int32Array(e);
    this.nextInOf = new Int32Array(e);
    this.nextOutOf = new Int32Array(e);
  }

  get nodeCount(): number {
    return this.nodes;
  }
  get edgeCount(): number {
    return this.edges;
  }

  get level(): Int32Array {
    return this.levelOf;
  }
  /** Longest chain of same-level edges below the node (0 for the usual strictly layered graph). */
  get depth(): Int32Array {
    return this.depthOf;
  }
  get headIn(): Int32Array {
    return this.firstIn;
  }
  get headOut(): Int32Array {
    return this.firstOut;
  }
  get edgeChild(): Int32Array {
    return this.childOf;
  }
  get edgeParent(): Int32Array {
    return this.parentOf;
  }
  get edgeWeight(): Float64Array {
    return this.weightOf;
  }
  /** Day numbers, OPEN_START for a null validFrom. */
  get edgeFrom(): Int32Array {
    return this.fromOf;
  }
  /** Day numbers (inclusive), OPEN_END for a null validTo. */
  get edgeTo(): Int32Array {
    return this.toOf;
  }
  get nextIn(): Int32Array {
    return this.nextInOf;
  }
  get nextOut(): Int32Array {
    return this.nextOutOf;
  }

  /** Adds a node, or returns the existing index when the id is already there at the same level. */
  addNode(id: string, level: number): number {
    if ((level | 0) !== level) {
      throw new RangeError(`level of ${id} must be a 32-bit integer, got ${level}`);
    }
    const existing = this.nodeIndexById.get(id);
    if (existing !== undefined) {
      if (this.levelOf[existing] !== level) {
        throw new RangeError(`node ${id} already exists at level ${this.levelOf[existing]}, not ${level}`);
      }
      return existing;
    }
    if (this.nodes === this.levelOf.length) this.growNodes();
    const i = this.nodes++;
    this.ids.push(id);
    this.nodeIndexById.set(id, i);
    this.levelOf[i] = level;
    this.depthOf[i] = 0;
    this.order = null;
    return i;
  }

  hasNode(id: string): boolean {
    return this.nodeIndexById.has(id);
  }

  nodeIndex(id: string): number {
    const i = this.nodeIndexById.get(id);
    if (i === undefined) throw new RangeError(`unknown node ${id}`);
    return i;
  }

  nodeId(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new RangeError(`no node at index ${index}`);
    return id;
  }

  edgeIndex(id: string): number {
    const e = this.edgeIndexById.get(id);
    if (e === undefined) throw new RangeError(`unknown edge ${id}`);
    return e;
  }

  edgeId(index: number): string {
    const id = this.edgeIds[index];
    if (id === undefined) throw new RangeError(`no edge at index ${index}`);
    return id;
  }

  /**
   * Adds an edge between existing nodes. Rejects a duplicate id, a weight outside (0, 1], an
   * edge pointing down a level, and an edge that would close a cycle (leaving nothing changed).
   */
  addEdge(input: EdgeInput): number {
    if (this.edgeIndexById.has(input.id)) throw new RangeError(`edge ${input.id} already exists`);
    checkWeight(input.id, input.weight);
    const child = this.nodeIndex(input.child);
    const parent = this.nodeIndex(input.parent);
    const childLevel = this.levelOf[child]!;
    const parentLevel = this.levelOf[parent]!;
    if (parentLevel < childLevel) {
      throw new RangeError(`edge ${input.id} points down: ${input.child} (level ${childLevel}) -> ${input.parent} (level ${parentLevel})`);
    }
    const from = input.validFrom == null ? OPEN_START : dayNumber(input.validFrom);
    const to = input.validTo == null ? OPEN_END : dayNumber(input.validTo);
    if (parentLevel === childLevel) this.raiseDepths(input.id, child, parent);

    if (this.edges === this.childOf.length) this.growEdges();
    const e = this.edges++;
    this.edgeIds.push(input.id);
    this.edgeIndexById.set(input.id, e);
    this.childOf[e] = child;
    this.parentOf[e] = parent;
    this.weightOf[e] = input.weight;
    this.fromOf[e] = from;
    this.toOf[e] = to;
    this.nextInOf[e] = this.firstIn[parent]!;
    this.firstIn[parent] = e;
    this.nextOutOf[e] = this.firstOut[child]!;
    this.firstOut[child] = e;
    return e;
  }

  /** Sets the edge's last effective day (inclusive); the edge stays for as-of queries. */
  endEdge(id: string, validTo: string): number {
    const e = this.edgeIndex(id);
    this.toOf[e] = dayNumber(validTo);
    return e;
  }

  reweightEdge(id: string, weight: number): number {
    const e = this.edgeIndex(id);
    checkWeight(id, weight);
    this.weightOf[e] = weight;
    return e;
  }

  /** Every node, children before parents: by level, then by depth within the level, then by index. */
  topologicalOrder(): Int32Array {
    this.order ??= this.sortByLevelAndDepth();
    return this.order;
  }

  /**
   * Makes room for the same-level edge child -> parent: every node at or above `parent` along
   * same-level edges must rank strictly above `child`. Reaching `child` itself means the edge
   * closes a cycle; the depths raised so far are restored.
   */
  private raiseDepths(edgeId: string, child: number, parent: number): void {
    if (child === parent) throw new RangeError(`edge ${edgeId} is a loop on ${this.ids[child]}`);
    if (this.depthOf[parent]! > this.depthOf[child]!) return;
    const level = this.levelOf[child]!;
    const saved = [parent, this.depthOf[parent]!];
    this.depthOf[parent] = this.depthOf[child]! + 1;
    const stack = [parent];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const minimum = this.depthOf[n]! + 1;
      for (let e = this.firstOut[n]!; e !== NONE; e = this.nextOutOf[e]!) {
        const up = this.parentOf[e]!;
        if (this.levelOf[up] !== level || this.depthOf[up]! >= minimum) continue;
        if (up === child) {
          for (let i = saved.length - 2; i >= 0; i -= 2) this.depthOf[saved[i]!] = saved[i + 1]!;
          throw new RangeError(`edge ${edgeId} would close a cycle through ${this.ids[child]}`);
        }
        saved.push(up, this.depthOf[up]!);
        this.depthOf[up] = minimum;
        stack.push(up);
      }
    }
    this.order = null;
  }

  private sortByLevelAndDepth(): Int32Array {
    const n = this.nodes;
    // Buckets per (level, depth): levels are few and depths small, so a counting sort is linear.
    const maxDepthByLevel = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const level = this.levelOf[i]!;
      const depth = this.depthOf[i]!;
      const max = maxDepthByLevel.get(level);
      if (max === undefined || depth > max) maxDepthByLevel.set(level, depth);
    }
    const baseByLevel = new Map<number, number>();
    let buckets = 0;
    for (const level of [...maxDepthByLevel.keys()].sort((a, b) => a - b)) {
      baseByLevel.set(level, buckets);
      buckets += maxDepthByLevel.get(level)! + 1;
    }
    const bucketOf = new Int32Array(n);
    const start = new Int32Array(buckets + 1);
    let lastLevel = NaN;
    let base = 0;
    for (let i = 0; i < n; i++) {
      const level = this.levelOf[i]!;
      if (level !== lastLevel) {
        base = baseByLevel.get(level)!;
        lastLevel = level;
      }
      const b = base + this.depthOf[i]!;
      bucketOf[i] = b;
      start[b + 1]!++;
    }
    for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[start[bucketOf[i]!]!++] = i;
    return order;
  }

  private growNodes(): void {
    const size = this.levelOf.length * 2;
    this.levelOf = grow(this.levelOf, size);
    this.depthOf = grow(this.depthOf, size);
    this.firstIn = grow(this.firstIn, size, NONE);
    this.firstOut = grow(this.firstOut, size, NONE);
  }

  private growEdges(): void {
    const size = this.childOf.length * 2;
    this.childOf = grow(this.childOf, size);
    this.parentOf = grow(this.parentOf, size);
    this.weightOf = grow(this.weightOf, size);
    this.fromOf = grow(this.fromOf, size);
    this.toOf = grow(this.toOf, size);
    this.nextInOf = grow(this.nextInOf, size);
    this.nextOutOf = grow(this.nextOutOf, size);
  }
}

function checkWeight(edgeId: string, weight: number): void {
  if (!(weight > 0 && weight <= 1)) throw new RangeError(`weight of edge ${edgeId} must be in (0, 1], got ${weight}`);
}

function grow<T extends Int32Array | Float64Array>(array: T, size: number, fill = 0): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}
