import type { HierarchyProjection } from "./projection.ts";

/**
 * A binary min-heap of node indices by (level, depth), the projection's topological rank:
 * popping yields children before their parents.
 */
export class NodeHeap {
  private readonly heap: number[] = [];
  private readonly level: Int32Array;
  private readonly depth: Int32Array;

  constructor(p: HierarchyProjection) {
    this.level = p.level;
    this.depth = p.depth;
  }

  get size(): number {
    return this.heap.length;
  }

  push(node: number): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(node);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(node, heap[up]!)) break;
      heap[i] = heap[up]!;
      i = up;
    }
    heap[i] = node;
  }

  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) throw new RangeError("pop from an empty heap");
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const least = right < heap.length && this.before(heap[right]!, heap[left]!) ? right : left;
      if (!this.before(heap[least]!, last)) break;
      heap[i] = heap[least]!;
      i = least;
    }
    heap[i] = last;
    return top;
  }

  private before(a: number, b: number): boolean {
    const la = this.level[a]!;
    const lb = this.level[b]!;
    return la < lb || (la === lb && this.depth[a]! < this.depth[b]!);
  }
}
