/**
 * Stores touchpoints of the non-field channels: `(:Touchpoint {id, hcpId, accountId, channel, stage,
 * at, month, delivered, events, minutes, campaign, importId})-[:WITH]->(:HCP)`. An id stored before
 * is left as it is. Returns the HCPs of the new touchpoints as `seeds`.
 */
export const TOUCHPOINT_CREATE = `
UNWIND $rows AS r
MATCH (h:HCP {id: r.hcpId})
OPTIONAL MATCH (existing:Touchpoint {id: r.id})
WITH r, h WHERE existing IS NULL
CREATE (t:Touchpoint {id: r.id, hcpId: r.hcpId, accountId: r.accountId, channel: r.channel, stage: r.stage, at: datetime(r.at),
  month: r.month, delivered: r.delivered, events: r.events, minutes: r.minutes, campaign: r.campaign, importId: $audit.importId})
CREATE (t)-[:WITH]->(h)
WITH collect(DISTINCT r.hcpId) AS hcps, count(*) AS rows
RETURN 'CREATE' AS action, rows, hcps AS seeds`;
