import { useCallback, useMemo, useState } from "react";
import type { ElementDefinition } from "cytoscape";
import type { EntityGraph } from "../../api/types.ts";
import type { GroupBy, InfluenceGraph } from "../../graph/influence-model.ts";
import { defaultCollapsed, influenceElements, influenceGroups, withPathElements } from "../../graph/influence-scene.ts";
import type { InfluencePathView } from "./influence-path-view.ts";

/** Labels on this many of the most influential HCPs, unless the user asks for more or fewer. */
export const DEFAULT_LABEL_TOP = 12;

export interface InfluenceGroupSummary {
  key: string;
  members: number;
  collapsed: boolean;
}

/** What the influence view's controls change and the graph canvas draws. */
export interface InfluenceView {
  groupBy: GroupBy;
  setGroupBy: (by: GroupBy) => void;
  minWeight: number;
  setMinWeight: (w: number) => void;
  labelTop: number;
  setLabelTop: (n: number) => void;
  groups: InfluenceGroupSummary[];
  toggleGroup: (key: string) => void;
  setAllCollapsed: (collapsed: boolean) => void;
  path: InfluencePathView | null;
  setPath: (path: InfluencePathView | null) => void;
  /** The positioned Cytoscape elements (graph/influence-scene.ts); the weight slider applies on top of them. */
  elements: ElementDefinition[];
}

/** The influence view's state for the graph on screen; a new graph starts with the defaults (groups collapsed when it is large). */
export function useInfluenceView(graph: EntityGraph | null): InfluenceView {
  const [groupBy, setGroupByState] = useState<GroupBy>("specialty");
  const [minWeight, setMinWeight] = useState(0);
  const [labelTop, setLabelTop] = useState(DEFAULT_LABEL_TOP);
  const [path, setPath] = useState<InfluencePathView | null>(null);
  const [collapsedFor, setCollapsedFor] = useState<{ graph: EntityGraph | null; groupBy: GroupBy; keys: Set<string> }>({
    graph: null,
    groupBy,
    keys: new Set(),
  });
  // A new graph or grouping: the default collapse, no highlighted path (React's reset-on-change pattern).
  let collapsed = collapsedFor.keys;
  if (collapsedFor.graph !== graph || collapsedFor.groupBy !== groupBy) {
    collapsed = graph ? defaultCollapsed(graph, groupBy) : new Set();
    setCollapsedFor({ graph, groupBy, keys: collapsed });
    if (collapsedFor.graph !== graph) setPath(null);
  }

  const viewGraph: InfluenceGraph | null = useMemo(() => (graph ? withPathElements(graph, path) : null), [graph, path]);
  const groupMembers = useMemo(() => (viewGraph ? influenceGroups(viewGraph, groupBy) : new Map<string, string[]>()), [viewGraph, groupBy]);
  const elements = useMemo(
    () =>
      viewGraph
        ? influenceElements(viewGraph, {
            groupBy,
            collapsed,
            labelTop,
            path: path ? { nodeIds: path.nodes.map((n) => n.id), edgeIds: path.edges.map((e) => e.id) } : null,
          })
        : [],
    [viewGraph, groupBy, collapsed, labelTop, path],
  );

  const toggleGroup = useCallback((key: string) => {
    setCollapsedFor((c) => {
      const keys = new Set(c.keys);
      if (keys.has(key)) keys.delete(key);
      else keys.add(key);
      return { ...c, keys };
    });
  }, []);
  const setAllCollapsed = useCallback(
    (all: boolean) => setCollapsedFor((c) => ({ ...c, keys: all ? new Set(groupMembers.keys()) : new Set() })),
    [groupMembers],
  );
  const setGroupBy = useCallback((by: GroupBy) => setGroupByState(by), []);

  const groups = [...groupMembers.entries()].map(([key, ids]) => ({ key, members: ids.length, collapsed: collapsed.has(key) }));
  return {
    groupBy,
    setGroupBy,
    minWeight,
    setMinWeight,
    labelTop,
    setLabelTop,
    groups,
    toggleGroup,
    setAllCollapsed,
    path,
    setPath,
    elements,
  };
}
