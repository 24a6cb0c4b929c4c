import type { EntityKind } from "../api/types.ts";

/** The parent kind a child of each kind can be reassigned to by dragging (one level up). */
export const PARENT_KIND: Partial<Record<EntityKind, EntityKind>> = { HCP: "ACCOUNT", ACCOUNT: "ORGANIZATION", ORGANIZATION: "NETWORK" };

export interface DropCandidate {
  id: string;
  kind: EntityKind;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The node a dragged child was dropped onto: one of the allowed parent kind whose box holds the drop point. */
export function dropTarget(
  child: { id: string; kind: EntityKind; x: number; y: number },
  candidates: readonly DropCandidate[],
): string | null {
  const wanted = PARENT_KIND[child.kind];
  if (!wanted) return null;
  const hit = candidates.find(
    (c) =>
      c.id !== child.id && c.kind === wanted && child.x >= c.box.x1 && child.x <= c.box.x2 && child.y >= c.box.y1 && child.y <= c.box.y2,
  );
  return hit?.id ?? null;
}
