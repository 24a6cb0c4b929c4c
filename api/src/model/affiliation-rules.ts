/**
 * Integrity of a file of affiliations together with the graph: levels, types, per-level weight
 * sums and primaries over time, and cycles. Pure: the caller supplies the file's edges, the
 * kinds of their ends and the children's existing edges.
 */
import type { EntityKind } from "./entity-kinds.ts";
import { AFFILIATION_TYPES } from "./vocabulary.ts";
import { describeRules, type LevelRules } from "./level-rules.ts";
import type { RowProblem } from "./row-problem.ts";

export interface FileAffiliation {
  row: number;
  /** How messages name this edge (default "row N"). */
  label?: string;
  childId: string;
  parentId: string;
  weight: number;
  primary: boolean;
  type: string;
  validFrom: string;
  validTo: string | null;
}

/** An affiliation already in the graph, as the affiliation rules weigh it against new ones. */
export interface ExistingAffiliation {
  id: string;
  childId: string;
  parentId: string;
  parentKind: EntityKind;
  weight: number;
  primary: boolean;
  validFrom: string | null;
  validTo: string | null;
}

export interface AffiliationCheckInput {
  edges: readonly FileAffiliation[];
  kindOf: (id: string) => EntityKind | undefined;
  /** The existing edges of some children of one kind (called chunk by chunk, so memory stays bounded). */
  existingOf: (kind: EntityKind, childIds: string[]) => Promise<readonly ExistingAffiliation[]>;
  /** Same-kind edges already in the graph (current or future), for the cycle check. */
  sameLevelEdges: readonly { childId: string; parentId: string; id: string }[];
  rules: LevelRules;
  /**
   * Whether messages may name and weigh the child's existing edges (default true). Off for callers
   * who may not see every parent: a message then says what is wrong, not with which other edges.
   */
  revealExisting?: boolean;
  /** Snapshot imports replace the children's edges: existing ones absent from the file do not count. */
  snapshot: boolean;
}

const EPSILON = 1e-9;
const OPEN_END = "9999-12-31";

export async function checkAffiliations(input: AffiliationCheckInput): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const levelOk: FileAffiliation[] = [];
  for (const e of input.edges) {
    const child = input.kindOf(e.childId);
    const parent = input.kindOf(e.parentId);
    if (!child || !parent) continue; // unknown ids are reported by the reference check
    if (e.validTo !== null && e.validTo < e.validFrom) {
      problems.push({ row: e.row, column: "valid_to", value: e.validTo, message: `is before valid_from (${e.validFrom})` });
      continue;
    }
    if (!input.rules.get(child)?.has(parent)) {
      problems.push({
        row: e.row,
        column: "parent_id",
        value: e.parentId,
        message: `${child} -> ${parent} is not an allowed affiliation (allowed: ${describeRules(input.rules)})`,
      });
      continue;
    }
    const allowedTypes = AFFILIATION_TYPES[child as keyof typeof AFFILIATION_TYPES] ?? [];
    if (!allowedTypes.includes(e.type)) {
      problems.push({
        row: e.row,
        column: "type",
        value: e.type,
        message: `must be one of ${allowedTypes.join(", ")} for ${child} -> ${parent}`,
      });
      continue;
    }
    levelOk.push(e);
  }
  problems.push(...checkCycles(levelOk, input));
  problems.push(...(await checkAllocations(levelOk, input)));
  return problems;
}

interface Interval {
  row: number | null;
  label: string;
  weight: number;
  primary: boolean;
  from: string;
  to: string;
}

/**
 * At no date may a child's active weights at one parent level exceed 1, nor more than one be
 * primary. The file's edges are sorted by child and parent kind and swept group by group; the
 * children's existing edges are loaded per chunk of groups, so memory stays at the file's edges
 * even for a million rows.
 */
async function checkAllocations(edges: readonly FileAffiliation[], input: AffiliationCheckInput): Promise<RowProblem[]> {
  const parentKind = (e: FileAffiliation) => input.kindOf(e.parentId) ?? "";
  const compare = (a: FileAffiliation, b: FileAffiliation) =>
    a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : parentKind(a) < parentKind(b) ? -1 : parentKind(a) > parentKind(b) ? 1 : 0;
  const sorted = [...edges].sort(compare);
  const problems: RowProblem[] = [];
  let start = 0;
  while (start < sorted.length) {
    // One chunk: up to CHUNK groups (a group: one child's edges to one parent kind).
    const groups: [number, number][] = [];
    while (start < sorted.length && groups.length < CHUNK) {
      let end = start + 1;
      while (end < sorted.length && compare(sorted[start]!, sorted[end]!) === 0) end++;
      groups.push([start, end]);
      start = end;
    }
    const existingByChild = input.snapshot
      ? new Map<string, ExistingAffiliation[]>()
      : await existingEdges(
          groups.map(([s]) => sorted[s]!),
          input,
        );
    for (const [from, to] of groups) {
      const first = sorted[from]!;
      const kind = parentKind(first);
      const intervals: Interval[] = [];
      for (let i = from; i < to; i++) {
        const e = sorted[i]!;
        intervals.push({
          row: e.row,
          label: e.label ?? `row ${e.row}`,
          weight: e.weight,
          primary: e.primary,
          from: e.validFrom,
          to: e.validTo ?? OPEN_END,
        });
      }
      for (const x of existingByChild.get(first.childId) ?? []) {
        if (x.parentKind !== kind || sorted.slice(from, to).some((e) => e.parentId === x.parentId && e.validFrom === x.validFrom)) continue;
        intervals.push({
          row: null,
          label: `existing edge to ${x.parentId}`,
          weight: x.weight,
          primary: x.primary,
          from: x.validFrom ?? "0000-01-01",
          to: x.validTo ?? OPEN_END,
        });
      }
      if (intervals.length > 1) problems.push(...overAllocations(first.childId, kind, intervals, input.revealExisting ?? true));
    }
  }
  return problems;
}

const CHUNK = 5_000;

/** The existing edges of the children of some groups (given by their first edge). */
async function existingEdges(firsts: FileAffiliation[], input: AffiliationCheckInput): Promise<Map<string, ExistingAffiliation[]>> {
  const childrenByKind = new Map<EntityKind, Set<string>>();
  for (const e of firsts) {
    const kind = input.kindOf(e.childId)!;
    if (!childrenByKind.has(kind)) childrenByKind.set(kind, new Set());
    childrenByKind.get(kind)!.add(e.childId);
  }
  const byChild = new Map<string, ExistingAffiliation[]>();
  for (const [kind, ids] of childrenByKind) {
    for (const x of await input.existingOf(kind, [...ids])) {
      const list = byChild.get(x.childId);
      if (list) list.push(x);
      else byChild.set(x.childId, [x]);
    }
  }
  return byChild;
}

function overAllocations(childId: string, parentKind: string, intervals: Interval[], revealExisting: boolean): RowProblem[] {
  const problems: RowProblem[] = [];
  const starts = [...new Set(intervals.map((i) => i.from))].sort();
  let weightReported = false;
  let primaryReported = false;
  for (const day of starts) {
    const active = intervals.filter((i) => i.from <= day && day <= i.to);
    const sum = active.reduce((s, i) => s + i.weight, 0);
    if (!weightReported && sum > 1 + EPSILON) {
      weightReported = true;
      const who = active.map((i) => `${i.label} (${i.weight})`).join(", ");
      for (const i of active.filter((a) => a.row !== null)) {
        problems.push({
          row: i.row!,
          column: "weight",
          value: String(i.weight),
          message: revealExisting
            ? `${childId}'s active ${parentKind} weights sum to ${round(sum)} on ${day}, above 1: ${who}`
            : `${childId}'s active ${parentKind} weights would sum to more than 1 on ${day}`,
        });
      }
    }
    const primaries = active.filter((i) => i.primary);
    if (!primaryReported && primaries.length > 1) {
      primaryReported = true;
      const who = primaries.map((i) => i.label).join(", ");
      for (const i of primaries.filter((a) => a.row !== null)) {
        problems.push({
          row: i.row!,
          column: "primary",
          value: "true",
          message: revealExisting
            ? `${childId} has ${primaries.length} primary ${parentKind} affiliations on ${day}: ${who}`
            : `${childId} would have more than one primary ${parentKind} affiliation on ${day}`,
        });
      }
    }
  }
  return problems;
}

/** Cycles can only close among same-kind edges (level rules never point down). */
function checkCycles(edges: readonly FileAffiliation[], input: AffiliationCheckInput): RowProblem[] {
  const today = new Date().toISOString().slice(0, 10);
  const sameKind = edges.filter((e) => input.kindOf(e.childId) === input.kindOf(e.parentId) && (e.validTo === null || e.validTo >= today));
  if (sameKind.length === 0) return [];
  const parents = new Map<string, { parentId: string; row: number | null }[]>();
  const link = (c: string, p: string, row: number | null) => {
    if (!parents.has(c)) parents.set(c, []);
    parents.get(c)!.push({ parentId: p, row });
  };
  for (const e of input.sameLevelEdges) link(e.childId, e.parentId, null);
  for (const e of sameKind) link(e.childId, e.parentId, e.row);

  const problems: RowProblem[] = [];
  const reported = new Set<number>();
  for (const e of sameKind) {
    if (reported.has(e.row)) continue;
    const path = pathUp(parents, e.parentId, e.childId);
    if (!path) continue;
    reported.add(e.row);
    problems.push({ row: e.row, column: "parent_id", value: e.parentId, message: `creates a cycle: ${[e.childId, ...path].join(" -> ")}` });
  }
  return problems;
}

/** A path of parent links from `start` up to `target`, if there is one. */
function pathUp(parents: Map<string, { parentId: string }[]>, start: string, target: string): string[] | undefined {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === target) {
      const path: string[] = [];
      for (let n: string | null = node; n !== null; n = previous.get(n)!) path.unshift(n);
      return path;
    }
    for (const { parentId } of parents.get(node) ?? []) {
      if (!previous.has(parentId)) {
        previous.set(parentId, node);
        queue.push(parentId);
      }
    }
  }
  return undefined;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
