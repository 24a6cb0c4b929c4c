import type { RequestContext } from "../graphql/context.ts";

export function me(ctx: RequestContext) {
  const { sub, name, role, territories } = ctx.jwt;
  return { id: sub, name: name ?? sub, role, territories };
}
