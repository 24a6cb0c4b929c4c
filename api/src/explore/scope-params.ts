import { accessScope } from "../model/access-scope.ts";
import type { RequestContext } from "../graphql/context.ts";

/** `$restricted` and `$territories` for the VISIBLE fragment. */
export function scopeParams(ctx: RequestContext): { restricted: boolean; territories: string[] } {
  const scope = accessScope(ctx.jwt);
  return { restricted: scope.restricted, territories: scope.territories };
}
