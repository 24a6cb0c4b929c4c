/**
 * Stores feedback answers: `(:Feedback {id, hcpId, kind, score, about, aboutId, channel,
 * answeredAt, month, recordedBy, importId})-[:FROM]->(:HCP)`. An id stored before is left as it is
 * (a retried submission or a re-imported file stores nothing new). Returns the HCPs of the new
 * answers as `seeds`, whose experience lists the caller refreshes.
 */
export const FEEDBACK_CREATE = `
UNWIND $rows AS r
MATCH (h:HCP {id: r.hcpId})
OPTIONAL MATCH (existing:Feedback {id: r.id})
WITH r, h WHERE existing IS NULL
CREATE (f:Feedback {id: r.id, hcpId: r.hcpId, kind: r.kind, score: r.score, about: r.about, aboutId: r.aboutId, channel: r.channel,
  answeredAt: datetime(r.answeredAt), month: r.month, recordedBy: $audit.actor, recordedAt: datetime(), importId: $audit.importId})
CREATE (f)-[:FROM]->(h)
WITH collect(DISTINCT r.hcpId) AS hcps, count(*) AS rows
RETURN 'CREATE' AS action, rows, hcps AS seeds`;
