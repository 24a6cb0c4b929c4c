import { useCallback, useRef, useState } from "react";
import type { ViewMode } from "../graph/elements.ts";
import { HIERARCHY, INFLUENCE_NETWORK } from "./queries.ts";
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
}

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
  });
  const latest = useRef(0);

  const open = useCallback(
    async (mode: ViewMode, rootId: string, depth: 1 | 2 = 1, maxNodes = 150) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, mode, rootId, depth, maxNodes, loading: true, error: null }));
      try {
        const graph =
          mode === "hierarchy"
            ? (await api(HIERARCHY, { id: rootId, depthUp: 3, depthDown: 3, maxNodes: 400, ...measure })).hierarchy
            : (await api(INFLUENCE_NETWORK, { hcpId: rootId, depth, maxNodes })).influenceNetwork;
        if (request === latest.current) setState((s) => ({ ...s, graph, loading: false }));
      } catch (err) {
        if (request === latest.current) setState((s) => ({ ...s, graph: null, loading: false, error: errorMessage(err) }));
      }
    },
    [api, measure],
  );

  return { state, open };
}
