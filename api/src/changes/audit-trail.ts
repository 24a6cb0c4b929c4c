import neo4j from "neo4j-driver";
import { accessScope } from "../model/access-scope.ts";
import { toNative } from "../db/to-native.ts";
import { ENTITY_BY_ID, VISIBLE } from "../model/cypher-fragments.ts";
import type { RequestContext } from "../graphql/context.ts";

/** How the audit trail names, to a REP, an actor who is not the REP. */
export const ANOTHER_USER = "another user";

/**
 * Events about the entity itself or any of its edges, newest first, if the caller may see the
 * entity. An event whose other end the caller may not see (an edge to another territory's HCP or
 * account, an alignment to another territory) is left out: its ids, states and actor belong to
 * that territory. A REP sees no user but themselves, so other actors are named `ANOTHER_USER`.
 */
const AUDIT_TRAIL = `
${ENTITY_BY_ID("n")}
WITH n WHERE ${VISIBLE("n")}
CALL (n) {
  MATCH (a:AuditEvent) WHERE a.subjectId = n.id RETURN a
  UNION MATCH (a:AuditEvent) WHERE a.fromId = n.id RETURN a
  UNION MATCH (a:AuditEvent) WHERE a.toId = n.id RETURN a
}
CALL (a) {
  UNWIND [x IN [a.fromId, a.toId] WHERE x IS NOT NULL AND NOT x IN $territories] AS endId
  OPTIONAL CALL (endId) {
    ${ENTITY_BY_ID("o", "endId")}
    RETURN o
  }
  RETURN count(endId) = count(CASE WHEN o IS NOT NULL AND ${VISIBLE("o")} THEN 1 END) AS endsVisible
}
WITH a WHERE NOT $restricted OR endsVisible
RETURN a {.*, at: toString(a.at), actor: CASE WHEN NOT $restricted OR a.actor = $caller THEN a.actor ELSE $anotherUser END} AS a
ORDER BY a.at DESC LIMIT $limit`;

export async function auditTrail(ctx: RequestContext, entityId: string, limit: number) {
  const scope = accessScope(ctx.jwt);
  const result = await ctx.driver.executeQuery(
    AUDIT_TRAIL,
    { id: entityId, limit: neo4j.int(limit), ...scope, caller: ctx.jwt.sub, anotherUser: ANOTHER_USER },
    { routing: "READ" },
  );
  const events = result.records.map((r) => toNative(r.get("a")) as Record<string, unknown>);
  return scope.restricted
    ? events.map((e) => ({ ...e, before: withOtherUsersHidden(e.before, ctx.jwt.sub), after: withOtherUsersHidden(e.after, ctx.jwt.sub) }))
    : events;
}

/** Properties of a recorded state that hold a user id. */
const USER_PROPERTIES = ["confirmedBy", "editedBy"] as const;

/** A recorded state (JSON) with every user id other than `caller` replaced by ANOTHER_USER. */
function withOtherUsersHidden(state: unknown, caller: string): unknown {
  if (typeof state !== "string") return state;
  const parsed = JSON.parse(state) as Record<string, unknown>;
  for (const key of USER_PROPERTIES) if (typeof parsed[key] === "string" && parsed[key] !== caller) parsed[key] = ANOTHER_USER;
  return JSON.stringify(parsed);
}
