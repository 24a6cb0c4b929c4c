import type { Claims } from "./claims.ts";
import { UNRESTRICTED_ROLES } from "./roles.ts";

/**
 * What a caller may read, as Cypher parameters for the custom resolvers' named queries:
 * `restricted` callers see only HCPs and accounts aligned to one of `territories`.
 */
export interface AccessScope {
  restricted: boolean;
  territories: string[];
}

export function accessScope(claims: Claims): AccessScope {
  return { restricted: !UNRESTRICTED_ROLES.includes(claims.role), territories: claims.territories };
}

/** The whole graph: for code paths whose callers are already checked to be unrestricted. */
export const UNRESTRICTED_SCOPE: AccessScope = { restricted: false, territories: [] };
