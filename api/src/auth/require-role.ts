import { GraphQLError } from "graphql";
import { ErrorCode } from "../graphql/errors.ts";
import type { Claims } from "../model/claims.ts";
import type { Role } from "../model/roles.ts";

/** Throws FORBIDDEN unless the caller has one of `roles`. */
export function requireRole(claims: Claims, roles: readonly Role[], action: string): void {
  if (!roles.includes(claims.role)) {
    throw new GraphQLError(`Only ${roles.join(" or ")} users may ${action}.`, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
