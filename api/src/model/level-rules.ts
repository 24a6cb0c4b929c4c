import { ENTITY_KINDS, levelOf, type EntityKind } from "./entity-kinds.ts";

/** Which parent kinds a child kind may be affiliated with. */
export type LevelRules = ReadonlyMap<EntityKind, ReadonlySet<EntityKind>>;

/** One level up only: HCP -> account -> organization -> network. */
export const DEFAULT_LEVEL_PAIRS = ["HCP>ACCOUNT", "ACCOUNT>ORGANIZATION", "ORGANIZATION>NETWORK"] as const;

/**
 * Level rules from `CHILD>PARENT` pairs (the defaults plus any configured extras, e.g.
 * `HCP>ORGANIZATION` for HCPs employed directly by a health system, or
 * `ORGANIZATION>ORGANIZATION` for nested systems). A pair pointing down a level is refused, so
 * cycles can only form between entities of the same kind.
 */
export function levelRules(extraPairs: readonly string[] = []): LevelRules {
  const rules = new Map<EntityKind, Set<EntityKind>>();
  for (const pair of [...DEFAULT_LEVEL_PAIRS, ...extraPairs]) {
    const [child, parent] = pair
      .toUpperCase()
      .split(">")
      .map((s) => s.trim()) as [EntityKind, EntityKind];
    if (!ENTITY_KINDS.includes(child) || !ENTITY_KINDS.includes(parent)) {
      throw new Error(`Level pair "${pair}" is not CHILD>PARENT with kinds ${ENTITY_KINDS.join(", ")}.`);
    }
    if (levelOf(parent) < levelOf(child)) throw new Error(`Level pair "${pair}" points down the hierarchy.`);
    if (!rules.has(child)) rules.set(child, new Set());
    rules.get(child)!.add(parent);
  }
  return rules;
}

export function describeRules(rules: LevelRules): string {
  return [...rules].flatMap(([c, ps]) => [...ps].map((p) => `${c} -> ${p}`)).join(", ");
}
