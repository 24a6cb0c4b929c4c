/**
 * Which call plans a caller reads: REPs and KAMs the plans of the territories in their token,
 * MANAGERs those of the territories they manage, everyone else all. As Cypher parameters and one
 * predicate over a territory id, so every query that returns plan data filters the same way.
 */
import type { Claims } from "../../model/claims.ts";

export type PlanReachKind = "TERRITORIES" | "MANAGED" | "ALL";

export interface PlanReach {
  reach: PlanReachKind;
  caller: string;
  territories: string[];
}

export function planReach(claims: Claims): PlanReach {
  const reach: PlanReachKind =
    claims.role === "REP" || claims.role === "KAM" ? "TERRITORIES" : claims.role === "MANAGER" ? "MANAGED" : "ALL";
  return { reach, caller: claims.sub, territories: claims.territories };
}

/** Cypher: whether the caller described by the `PlanReach` parameters reads plans of territory id `territoryId`. */
export const PLAN_VISIBLE = (territoryId: string) => `CASE $reach
  WHEN 'TERRITORIES' THEN ${territoryId} IN $territories
  WHEN 'MANAGED' THEN EXISTS { (:User {id: $caller})-[:MANAGES]->(:Territory {id: ${territoryId}}) }
  ELSE true END`;
