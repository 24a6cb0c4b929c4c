import { useCallback, useRef, useState } from "react";
import type { ViewMode } from "../graph/elements.ts";
import { mergeDiff, type MergedDiff } from "../graph/hierarchy-diff.ts";
import { HIERARCHY, HIERARCHY_DIFF, INFLUENCE_NETWORK } from "./queries.ts";
import type { EntityGraph, Metric } from "./types.ts";
import { errorMessage, type Api } from "./use-api.ts";

/** The metric and period whose roll-ups and flows a hierarchy view shows. */
export interface Measure {
  metric: Metric;
  period: string;
}

export interface GraphViewState {
  mode: ViewMode;
  rootId: string | null;
  depth: 1 | 2;
  /** Influence views: at most this many HCPs (the API's default is 150). */
  maxNodes: number;
  graph: EntityGraph | null;
  loading: boolean;
  error: string | null;
  /** Hierarchy: the date its edges are in effect (null: today). */
  asOf: string | null;
  /** A diff view: the two dates, the merged graph (also in `graph`) and what changed. */
  diff: (MergedDiff & { from: string; to: string }) | null;
}

/** Loaded whole (the level of detail draws a few of them): a large health system fits; beyond, the view says it is truncated. */
const HIERARCHY_MAX_NODES = 1000;

/** Which graph is on screen, loaded from the API; a newer request wins over a slower older one. */
export function useGraphView(api: Api, measure: Measure | null) {
  const [state, setState] = useState<GraphViewState>({
    mode: "hierarchy",
    rootId: null,
    depth: 1,
    maxNodes: 150,
    graph: null,
    loading: false,
    error: null,
    asOf: null,
    diff: null,
  });
  const latest = useRef(0);

  const open = useCallback(
    async (mode: ViewMode, rootId: string, depth: 1 | 2 = 1, asOf: string | null = null, maxNodes = 150) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, mode, rootId, depth, maxNodes, asOf, diff: null, loading: true, error: null }));
      try {
        const graph =
          mode === "hierarchy"
            ? (await api(HIERARCHY, { id: rootId, depthUp: 3, depthDown: 3, maxNodes: HIERARCHY_MAX_NODES, asOf, ...measure })).hierarchy
            : (await api(INFLUENCE_NETWORK, { hcpId: rootId, depth, maxNodes })).influenceNetwork;
        if (request === latest.current) setState((s) => ({ ...s, graph, loading: false }));
      } catch (err) {
        if (request === latest.current) setState((s) => ({ ...s, graph: null, loading: false, error: errorMessage(err) }));
      }
    },
    [api, measure],
  );

  /** The hierarchy at `to` with what changed since `from`: the diff's edges, the roll-ups of two as-of reads. */
  const openDiff = useCallback(
    async (rootId: string, from: string, to: string) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, mode: "hierarchy", rootId, asOf: to, loading: true, error: null }));
      const at = (asOf: string) =>
        api(HIERARCHY, { id: rootId, depthUp: 3, depthDown: 3, maxNodes: HIERARCHY_MAX_NODES, asOf, ...measure });
      try {
        const [before, after, changes] = await Promise.all([at(from), at(to), api(HIERARCHY_DIFF, { id: rootId, from, to })]);
        const merged = mergeDiff(before.hierarchy, after.hierarchy, changes.hierarchyDiff);
        if (request === latest.current) setState((s) => ({ ...s, graph: merged.graph, diff: { ...merged, from, to }, loading: false }));
      } catch (err) {
        if (request === latest.current) setState((s) => ({ ...s, graph: null, diff: null, loading: false, error: errorMessage(err) }));
      }
    },
    [api, measure],
  );

  return { state, open, openDiff };
}
