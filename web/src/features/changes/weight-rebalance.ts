/**
 * Adding a parent to an HCP (or an account) under the affiliation rules (docs/CHANGES.md): the
 * child's weights at one level sum to at most 1, each above 0, and at most one edge is primary.
 * When the new weight does not fit, the other parents' weights shrink in proportion so that all
 * of them sum to 1; a new primary takes the flag from the old one. The plan is the change set the
 * dialog proposes: those updates first (the API checks each operation in order), then the new edge.
 */
export interface CurrentParentEdge {
  edgeId: string;
  version: number;
  parentId: string;
  weight: number;
  primary: boolean;
}

export interface NewParentEdge {
  childId: string;
  parentId: string;
  weight: number;
  primary: boolean;
  type: string;
  /** An influence word (LOW, MEDIUM, HIGH) or null for none. */
  influence: string | null;
  validFrom: string;
}

export interface EdgeAdjustment {
  edgeId: string;
  parentId: string;
  weightBefore: number;
  weightAfter: number;
  primaryBefore: boolean;
  primaryAfter: boolean;
}

export interface AdditionPlan {
  /** The other parents' edges that change (weight, primary flag or both). */
  adjustments: EdgeAdjustment[];
  /** Why the addition cannot be planned; the operations are then null. */
  problem: string | null;
  /** The change set as the API takes it. */
  operations: Record<string, unknown>[] | null;
}

/** Weights are shown and sent with 4 decimals, rounded down so that the sum never passes 1. */
const DECIMALS = 10_000;
const floor4 = (x: number) => Math.floor(x * DECIMALS + 1e-9) / DECIMALS;

export function planAddition(current: readonly CurrentParentEdge[], added: NewParentEdge, rebalance: boolean): AdditionPlan {
  const fail = (problem: string): AdditionPlan => ({ adjustments: [], problem, operations: null });
  if (!(added.weight > 0 && added.weight <= 1)) return fail("The weight must be above 0 and at most 1.");
  if (current.some((e) => e.parentId === added.parentId)) return fail(`${added.parentId} is already a parent.`);
  const others = current.reduce((s, e) => s + e.weight, 0);
  const fits = others + added.weight <= 1 + 1e-9;
  const scale = fits || !rebalance ? 1 : (1 - added.weight) / others;
  if (scale * Math.min(...current.map((e) => e.weight)) * DECIMALS < 1)
    return fail(
      `A weight of ${added.weight} leaves nothing for the other ${current.length === 1 ? "parent" : `${current.length} parents`}: choose less, or end an affiliation first.`,
    );
  const adjustments = current
    .map((e) => ({
      edgeId: e.edgeId,
      parentId: e.parentId,
      weightBefore: e.weight,
      weightAfter: scale === 1 ? e.weight : floor4(e.weight * scale),
      primaryBefore: e.primary,
      primaryAfter: e.primary && !added.primary,
    }))
    .filter((a) => a.weightAfter !== a.weightBefore || a.primaryAfter !== a.primaryBefore);
  const versionOf = new Map(current.map((e) => [e.edgeId, e.version]));
  const operations: Record<string, unknown>[] = [
    ...adjustments.map((a) => ({
      op: "UPDATE_AFFILIATION",
      edgeId: a.edgeId,
      expectedVersion: versionOf.get(a.edgeId)!,
      ...(a.weightAfter !== a.weightBefore ? { weight: a.weightAfter } : {}),
      ...(a.primaryAfter !== a.primaryBefore ? { primary: false } : {}),
    })),
    {
      op: "ADD_AFFILIATION",
      childId: added.childId,
      parentId: added.parentId,
      weight: added.weight,
      primary: added.primary,
      type: added.type,
      ...(added.influence ? { influence: added.influence } : {}),
      validFrom: added.validFrom,
    },
  ];
  return { adjustments, problem: null, operations };
}
