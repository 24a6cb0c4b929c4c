/**
 * The entity kinds of the customer hierarchy, bottom to top: one table that gives each kind its
 * graph label and (by position) its level, and the Cypher that reads them back from a node.
 */
export const ENTITY_KINDS = ["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Graph label of each kind. */
export const LABEL_OF_KIND: Record<EntityKind, string> = {
  HCP: "HCP",
  ACCOUNT: "Account",
  ORGANIZATION: "Organization",
  NETWORK: "Network",
};

/** Hierarchy level: 1 for HCPs up to 4 for networks. */
export function levelOf(kind: EntityKind): number {
  return ENTITY_KINDS.indexOf(kind) + 1;
}

const byLabel = (v: string, value: (kind: EntityKind) => string) =>
  `CASE ${ENTITY_KINDS.map((k) => `WHEN ${v}:${LABEL_OF_KIND[k]} THEN ${value(k)}`).join(" ")} END`;

/** Cypher: the kind of the entity node `v`, from its label. */
export const KIND_OF = (v: string) => byLabel(v, (k) => `'${k}'`);

/** Cypher: the hierarchy level of the entity node `v`, from its label. */
export const LEVEL_OF = (v: string) => byLabel(v, (k) => String(levelOf(k)));
