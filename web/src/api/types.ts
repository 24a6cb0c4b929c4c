/** The API's graph-view types (see api/src/explore/type-defs.graphql). */
export type EntityKind = "HCP" | "ACCOUNT" | "ORGANIZATION" | "NETWORK";

export interface GraphNode {
  id: string;
  kind: EntityKind;
  name: string;
  detail: string | null;
  level: number;
}

export interface GraphEdge {
  id: string;
  kind: "AFFILIATION" | "INFLUENCE";
  source: string;
  target: string;
  weight: number;
  primary: boolean | null;
  type: string | null;
  influence: number | null;
}

export interface EntityGraph {
  rootId: string;
  truncated: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  detail: string | null;
  score: number;
}

export interface EntityDetails {
  id: string;
  kind: EntityKind;
  name: string;
  attributes: { key: string; value: string }[];
}

export interface DevUser {
  id: string;
  name: string;
  role: string;
  territories: string[];
}
