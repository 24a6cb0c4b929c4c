/**
 * The append-only audit log shared by every write path (imports, governed changes): one
 * `(:AuditEvent)` node per changed edge (and per governed entity edit), created in the same
 * transaction as the change. Nothing in the API updates or deletes these nodes.
 *
 * Properties: id, at (datetime), actor (user id), origin (IMPORT | CHANGE), importId or
 * changeId, requestId, reason, action (CREATE | UPDATE | END | CONFIRM | DELETE), subject (AFFILIATION |
 * INFLUENCE | ALIGNMENT | COVERAGE | ROLE | ENTITY | CALL_PLAN | TARGET), subjectId (edge, entity, plan or target id), fromId and toId
 * (the edge's ends), before and after (JSON of the full property map, null when absent).
 * New events carry the `AuditUnsealed` label until api/src/audit appends them to the hash chain
 * (adding seq, prevHash and hash; docs/AUDIT.md).
 */

/** Per-event values: Cypher expressions over the variables of the calling query (constants here, never input). */
export interface AuditEventExpressions {
  action: string;
  subject: string;
  subjectId: string;
  fromId: string;
  toId: string;
  before: string;
  after: string;
}

/**
 * A `CREATE` clause for one audit event. The calling query supplies `$audit`: a map with actor,
 * origin, importId, changeId, requestId and reason.
 */
export function createAuditEvent(x: AuditEventExpressions): string {
  return `CREATE (:AuditEvent:AuditUnsealed {
  id: randomUUID(), at: datetime(), actor: $audit.actor, origin: $audit.origin,
  importId: $audit.importId, changeId: $audit.changeId, requestId: $audit.requestId, reason: $audit.reason,
  action: ${x.action}, subject: ${x.subject}, subjectId: ${x.subjectId}, fromId: ${x.fromId}, toId: ${x.toId},
  before: CASE WHEN ${x.before} IS NULL THEN null ELSE apoc.convert.toJson(${x.before}) END,
  after: CASE WHEN ${x.after} IS NULL THEN null ELSE apoc.convert.toJson(${x.after}) END
})`;
}

export interface AuditContext {
  actor: string;
  origin: "IMPORT" | "CHANGE";
  importId: string | null;
  changeId: string | null;
  requestId: string;
  reason: string;
}

/** Cypher: the state an audit event records for the affiliation `e` from child `c` to parent `p`. */
export const AFFILIATION_STATE = (e: string, c = "c", p = "p") => `${e} {.*, childId: ${c}.id, parentId: ${p}.id}`;
