/**
 * Level of detail of a hierarchy view: which of the loaded nodes are drawn, given what the user
 * expanded. The root and its parents are always drawn; an expanded entity shows its children,
 * one group node per child kind when there are more than a batch of them; an expanded group
 * shows its members by roll-up, a batch at a time, and an "N more" node for the rest.
 */
import type { EntityGraph, EntityKind, GraphEdge, GraphNode } from "../api/types.ts";

/** Children shown directly (or per batch of an expanded group). */
export const CHILDREN_PER_BATCH = 12;

export type LodRole = "entity" | "group" | "more";

export interface LodNode extends GraphNode {
  role: LodRole;
  /** Entities the node stands for: 1, a group's members, or those a "more" node still hides. */
  count: number;
  /** A group's or "more" node's owner: the entity (group) or group ("more") it hangs under. */
  ownerId: string | null;
  /** Affiliations to parents and from children among the loaded nodes (a group: its members'). */
  parentCount: number;
  childCount: number;
  expandable: boolean;
  expanded: boolean;
}

export interface LodEdge extends GraphEdge {
  /** Drawn between a member and its group, or a group and its owner: no edge of the graph. */
  synthetic: boolean;
}

export interface LodGraph {
  rootId: string;
  truncated: boolean;
  nodes: LodNode[];
  edges: LodEdge[];
}

export interface LodState {
  /** Entities and groups the user expanded (the root always is). */
  expanded: ReadonlySet<string>;
  /** Members shown of an expanded group, when more than the first batch. */
  shown: ReadonlyMap<string, number>;
  /** Entities to draw wherever they are (search hits, diff ends), with their way up to the root. */
  revealed: ReadonlySet<string>;
}

export const EMPTY_LOD: LodState = { expanded: new Set(), shown: new Map(), revealed: new Set() };

const KIND_PLURAL: Record<EntityKind, string> = {
  HCP: "HCPs",
  ACCOUNT: "accounts",
  ORGANIZATION: "organizations",
  NETWORK: "networks",
};

export const groupId = (ownerId: string, kind: EntityKind) => `group:${ownerId}:${kind}`;
export const moreId = (groupNodeId: string) => `more:${groupNodeId}`;

/** Biggest roll-up first, then by name, so the first batch is what matters most. */
function byRollup(a: GraphNode, b: GraphNode): number {
  return (b.rollup ?? -Infinity) - (a.rollup ?? -Infinity) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function sumOf(values: (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === "number");
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
}

function syntheticEdge(source: string, target: string, flow: number | null): LodEdge {
  const edge = { id: `${source}>${target}`, kind: "AFFILIATION", source, target, weight: 1, primary: true } as const;
  return { ...edge, type: null, influence: null, version: null, flow, synthetic: true };
}

interface Index {
  byId: Map<string, GraphNode>;
  /** Affiliation edges by child (source) and by parent (target). */
  up: Map<string, GraphEdge[]>;
  down: Map<string, GraphEdge[]>;
}

function indexGraph(graph: EntityGraph): Index {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const up = new Map<string, GraphEdge[]>();
  const down = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (e.kind !== "AFFILIATION" || !byId.has(e.source) || !byId.has(e.target)) continue;
    up.set(e.source, [...(up.get(e.source) ?? []), e]);
    down.set(e.target, [...(down.get(e.target) ?? []), e]);
  }
  return { byId, up, down };
}

/** The nodes and edges to draw for `state`; every node of `graph` stays reachable by expanding. */
export function levelOfDetail(graph: EntityGraph, state: LodState): LodGraph {
  const { byId, up, down } = indexGraph(graph);
  const nodes = new Map<string, LodNode>();
  const edges: LodEdge[] = [];
  /** child>parent pairs drawn through a group instead of their own edge. */
  const grouped = new Set<string>();
  const isExpanded = (id: string) => id === graph.rootId || state.expanded.has(id);

  const addEntity = (n: GraphNode) => {
    if (nodes.has(n.id)) return false;
    const childCount = down.get(n.id)?.length ?? 0;
    nodes.set(n.id, {
      ...n,
      role: "entity",
      count: 1,
      ownerId: null,
      parentCount: up.get(n.id)?.length ?? 0,
      childCount,
      expandable: childCount > 0 && n.id !== graph.rootId,
      expanded: childCount > 0 && isExpanded(n.id),
    });
    return true;
  };

  const root = byId.get(graph.rootId);
  if (!root) return { rootId: graph.rootId, truncated: graph.truncated, nodes: [], edges: [] };
  addEntity(root);
  // Parents of the root, all the way up: few, and the context the root is read in.
  for (let frontier = [root.id]; frontier.length > 0; ) {
    const next: string[] = [];
    for (const id of frontier) for (const e of up.get(id) ?? []) if (addEntity(byId.get(e.target)!)) next.push(e.target);
    frontier = next;
  }

  const expandEntity = (owner: GraphNode, seen: Set<string>) => {
    if (seen.has(owner.id)) return;
    seen.add(owner.id);
    const childEdges = down.get(owner.id) ?? [];
    const byKind = new Map<EntityKind, GraphEdge[]>();
    for (const e of childEdges) {
      const kind = byId.get(e.source)!.kind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), e]);
    }
    for (const [kind, kindEdges] of byKind) {
      const sorted = [...kindEdges].sort((a, b) => byRollup(byId.get(a.source)!, byId.get(b.source)!));
      if (sorted.length <= CHILDREN_PER_BATCH) {
        for (const e of sorted) {
          const child = byId.get(e.source)!;
          addEntity(child);
          if (isExpanded(child.id)) expandEntity(child, seen);
        }
        continue;
      }
      const members = sorted.map((e) => byId.get(e.source)!);
      const id = groupId(owner.id, kind);
      const open = state.expanded.has(id);
      nodes.set(id, {
        id,
        kind,
        name: `${members.length} ${KIND_PLURAL[kind]}`,
        detail: `of ${owner.name}`,
        level: members[0]!.level,
        rollup: sumOf(members.map((m) => m.rollup)),
        role: "group",
        count: members.length,
        ownerId: owner.id,
        parentCount: 1,
        childCount: members.length,
        expandable: true,
        expanded: open,
      });
      edges.push(syntheticEdge(id, owner.id, sumOf(sorted.map((e) => e.flow))));
      if (!open) continue;
      const shown = Math.min(members.length, Math.max(CHILDREN_PER_BATCH, state.shown.get(id) ?? 0));
      for (const e of sorted.slice(0, shown)) {
        const child = byId.get(e.source)!;
        addEntity(child);
        grouped.add(`${child.id}>${owner.id}`);
        edges.push({ ...e, id: `${child.id}>${id}`, target: id, synthetic: true });
        if (isExpanded(child.id)) expandEntity(child, seen);
      }
      if (shown < members.length) {
        const more = moreId(id);
        nodes.set(more, {
          id: more,
          kind,
          name: `${members.length - shown} more`,
          detail: `of ${owner.name}`,
          level: members[0]!.level,
          rollup: sumOf(members.slice(shown).map((m) => m.rollup)),
          role: "more",
          count: members.length - shown,
          ownerId: id,
          parentCount: 1,
          childCount: 0,
          expandable: true,
          expanded: false,
        });
        edges.push(syntheticEdge(more, id, null));
      }
    }
  };
  expandEntity(root, new Set());

  // Revealed entities with every parent on their way up (all of them are loaded: the view reached them from the root).
  for (let frontier = [...state.revealed].filter((id) => byId.has(id)); frontier.length > 0; ) {
    const next: string[] = [];
    for (const id of frontier) {
      addEntity(byId.get(id)!);
      for (const e of up.get(id) ?? []) if (!nodes.has(e.target)) next.push(e.target);
    }
    frontier = next;
  }

  for (const e of graph.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target) || grouped.has(`${e.source}>${e.target}`)) continue;
    edges.push({ ...e, synthetic: false });
  }
  return { rootId: graph.rootId, truncated: graph.truncated, nodes: [...nodes.values()], edges };
}

/** The state after the user activates a node: an entity or group expands or collapses, "more" shows the next batch. */
export function toggle(state: LodState, graph: LodGraph, id: string): LodState {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node?.expandable) return state;
  if (node.role === "more") {
    const group = graph.nodes.find((n) => n.id === node.ownerId)!;
    const shown = new Map(state.shown);
    shown.set(group.id, group.count - node.count + CHILDREN_PER_BATCH);
    return { ...state, shown };
  }
  const expanded = new Set(state.expanded);
  if (expanded.has(id)) expanded.delete(id);
  else expanded.add(id);
  return { ...state, expanded };
}

/** Nodes and edges on the way up from `id` (following child -> parent edges), itself included. */
export function pathUp(graph: LodGraph, id: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (let frontier = graph.nodes.some((n) => n.id === id) ? [id] : []; frontier.length > 0; ) {
    const next: string[] = [];
    for (const at of frontier) {
      if (nodes.has(at)) continue;
      nodes.add(at);
      for (const e of graph.edges)
        if (e.source === at) {
          edges.add(e.id);
          next.push(e.target);
        }
    }
    frontier = next;
  }
  return { nodes, edges };
}

/** Entities of the loaded graph whose name or id contains `text` (case-insensitive), biggest roll-up first. */
export function findInGraph(graph: EntityGraph, text: string, limit = CHILDREN_PER_BATCH): string[] {
  const needle = text.trim().toLowerCase();
  if (needle.length === 0) return [];
  return graph.nodes
    .filter((n) => n.name.toLowerCase().includes(needle) || n.id.toLowerCase().includes(needle))
    .sort(byRollup)
    .slice(0, limit)
    .map((n) => n.id);
}
