/** The governed write path's Cypher (named, parameterised; labels never come from input). */
import { createAuditEvent } from "../model/audit-event.ts";
import { AFFILIATION_STATE } from "../model/audit-event.ts";
import { ENTITY_BY_ID } from "../model/cypher-fragments.ts";
import { KIND_OF as KIND } from "../model/entity-kinds.ts";

const EDGE_STATE = AFFILIATION_STATE("e");

/** An entity by id with its kind, write-locked for the rest of the transaction. */
export const LOCK_ENTITY = `
${ENTITY_BY_ID("n")}
CALL apoc.lock.nodes([n])
RETURN ${KIND("n")} AS kind, n {.*} AS state, elementId(n) AS element`;

/** Writes to same-level edges (the only ones that can close a cycle) take turns on this node. */
export const LOCK_SAME_LEVEL = `
MERGE (l:HierarchyLock {id: 'same-level'})
WITH l CALL apoc.lock.nodes([l])
RETURN true AS locked`;

/** An edge by id, write-locked; its state is read after the lock, so it is the committed one. */
export const LOCK_EDGE = `
MATCH (c)-[e:AFFILIATED_WITH {id: $id}]->(p)
CALL apoc.lock.rels([e])
CALL apoc.lock.nodes([c])
RETURN ${EDGE_STATE} AS state, ${KIND("c")} AS childKind, ${KIND("p")} AS parentKind`;

/** The edges of a child (all dates), for the allocation checks. */
export const EDGES_OF_CHILD = `
MATCH (c)-[e:AFFILIATED_WITH]->(p) WHERE elementId(c) = $child
RETURN e.id AS id, c.id AS childId, p.id AS parentId, ${KIND("p")} AS parentKind, e.weight AS weight, coalesce(e.primary, false) AS primary,
       toString(e.validFrom) AS validFrom, toString(e.validTo) AS validTo`;

/** Whether `from` reaches `to` going up current or future edges (adding to -> from would close a cycle). */
export const REACHES = `
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
RETURN EXISTS { MATCH path = (a)-[:AFFILIATED_WITH*1..]->(b) WHERE all(r IN relationships(path) WHERE r.validTo IS NULL OR r.validTo >= date()) } AS reaches`;

export const CREATE_EDGE = `
MATCH (c) WHERE elementId(c) = $child
MATCH (p) WHERE elementId(p) = $parent
CREATE (c)-[e:AFFILIATED_WITH]->(p)
SET e = $props, e.id = $id, e.validFrom = date($validFrom), e.validTo = CASE WHEN $validTo IS NULL THEN null ELSE date($validTo) END, e.version = 1
WITH c, p, e
${createAuditEvent({ action: "'CREATE'", subject: "'AFFILIATION'", subjectId: "e.id", fromId: "c.id", toId: "p.id", before: "null", after: EDGE_STATE })}
RETURN ${EDGE_STATE} AS state`;

export const UPDATE_EDGE = `
MATCH (c)-[e:AFFILIATED_WITH {id: $id}]->(p)
WITH c, p, e, ${EDGE_STATE} AS before
SET e += $props, e.version = coalesce(e.version, 0) + 1
SET e.validFrom = CASE WHEN $validFrom IS NULL THEN e.validFrom ELSE date($validFrom) END,
    e.validTo = CASE WHEN $clearValidTo THEN null WHEN $validTo IS NULL THEN e.validTo ELSE date($validTo) END
WITH c, p, e, before
${createAuditEvent({ action: "$action", subject: "'AFFILIATION'", subjectId: "e.id", fromId: "c.id", toId: "p.id", before: "before", after: EDGE_STATE })}
RETURN ${EDGE_STATE} AS state`;

export const UPDATE_ENTITY = `
MATCH (n) WHERE elementId(n) = $element
WITH n, n {.*} AS before
SET n += $changes, n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime()
WITH n, before
${createAuditEvent({ action: "'UPDATE'", subject: "'ENTITY'", subjectId: "n.id", fromId: "n.id", toId: "null", before: "before", after: "n {.*}" })}
RETURN n {.*} AS state`;
