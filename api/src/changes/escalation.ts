/**
 * Review rules: a change that touches more than `maxHcps` HCPs, or moves more than `maxShare`
 * of an organization's roll-up, needs an ADMIN's approval. Configured by CHANGE_ESCALATE_HCPS
 * (default 50) and CHANGE_ESCALATE_SHARE (default 0.1).
 */
import type { Driver } from "neo4j-driver";
import type { ChangePreview } from "./preview-change.ts";
import type { Operation } from "./operations.ts";

export interface EscalationRules {
  maxHcps: number;
  maxShare: number;
}

export function escalationRules(env: NodeJS.ProcessEnv = process.env): EscalationRules {
  return { maxHcps: Number(env.CHANGE_ESCALATE_HCPS ?? 50), maxShare: Number(env.CHANGE_ESCALATE_SHARE ?? 0.1) };
}

/** HCPs at or below every entity a change names (an account's move touches all its HCPs). */
const HCPS_TOUCHED = `
UNWIND $ids AS id
OPTIONAL MATCH (c)-[:AFFILIATED_WITH {id: id}]->()
WITH coalesce(c.id, id) AS entityId
CALL (entityId) {
  MATCH (n:HCP {id: entityId}) RETURN n
  UNION MATCH (n:Account {id: entityId}) RETURN n
  UNION MATCH (n:Organization {id: entityId}) RETURN n
}
MATCH (h:HCP)-[:AFFILIATED_WITH*0..3]->(n)
RETURN count(DISTINCT h) AS hcps`;

const ORGANIZATIONS = `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id`;

export async function escalationReasons(
  driver: Driver,
  ops: readonly Operation[],
  preview: ChangePreview,
  rules: EscalationRules,
): Promise<string[]> {
  const ids = ops.map((op) => ("childId" in op ? op.childId : "edgeId" in op ? op.edgeId : op.entityId));
  const { records } = await driver.executeQuery(HCPS_TOUCHED, { ids }, { routing: "READ" });
  const hcps = Number(records[0]?.get("hcps") ?? 0);
  const reasons: string[] = [];
  if (hcps > rules.maxHcps) reasons.push(`touches ${hcps} HCPs (more than ${rules.maxHcps})`);
  const orgs = new Set(
    (await driver.executeQuery(ORGANIZATIONS, { ids: preview.rollups.map((r) => r.entityId) }, { routing: "READ" })).records.map(
      (r) => r.get("id") as string,
    ),
  );
  for (const r of preview.rollups) {
    if (orgs.has(r.entityId) && r.before !== 0 && Math.abs(r.delta) / Math.abs(r.before) > rules.maxShare) {
      reasons.push(
        `moves ${Math.round((100 * Math.abs(r.delta)) / Math.abs(r.before))}% of ${r.entityId}'s ${r.metric} ${r.period} roll-up (more than ${Math.round(100 * rules.maxShare)}%)`,
      );
    }
  }
  return reasons;
}
