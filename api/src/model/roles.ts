export const ROLES = ["REP", "KAM", "STEWARD", "ANALYST", "MANAGER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles that read every HCP and account. Only REP is confined to its territories; the
 * @authorization rules in the type definitions list the same roles (checked by a test).
 */
export const UNRESTRICTED_ROLES: readonly Role[] = ["KAM", "STEWARD", "ANALYST", "MANAGER", "ADMIN"];
