import type { EntityKind } from "../model/entity-kinds.ts";

export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  detail: string | null;
  level: number;
  rollup?: number | null;
  /** Influence views: PageRank of the current run, specialty and metro of an HCP. */
  pagerank?: number | null;
  specialty?: string | null;
  metro?: string | null;
}

export interface GraphEdge {
  id: string;
  kind: "AFFILIATION" | "INFLUENCE";
  source: string;
  target: string;
  weight: number;
  primary?: boolean | null;
  type?: string | null;
  influence?: number | null;
  version?: number | null;
  flow?: number | null;
}

export interface EntityGraph {
  rootId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}
