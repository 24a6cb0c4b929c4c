/** The API's graph-view types, shared with the server (api/src/explore/graph-types.ts). */
export type { EntityGraph, GraphEdge, GraphNode } from "../../../api/src/explore/graph-types.ts";
export type { EntityKind } from "../../../api/src/model/entity-kinds.ts";
import type { EntityKind } from "../../../api/src/model/entity-kinds.ts";

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

export interface ScoreContribution {
  key: string;
  label: string;
  raw: string | null;
  value: number | null;
  weight: number;
  contribution: number;
  missing: boolean;
}

export interface HcpScore {
  model: string;
  version: number;
  score: number;
  segment: string | null;
  flags: string[];
  explanation: ScoreContribution[];
}

export interface HcpAnalytics {
  pagerank: number | null;
  influencePercentile: number | null;
  reach: number | null;
  networkValue: number | null;
  scores: HcpScore[];
}
