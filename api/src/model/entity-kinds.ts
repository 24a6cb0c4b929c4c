export const ENTITY_KINDS = ["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Graph label of each kind; its index + 1 is the hierarchy level. */
export const LABEL_OF_KIND: Record<EntityKind, string> = {
  HCP: "HCP",
  ACCOUNT: "Account",
  ORGANIZATION: "Organization",
  NETWORK: "Network",
};

export function levelOf(kind: EntityKind): number {
  return ENTITY_KINDS.indexOf(kind) + 1;
}
