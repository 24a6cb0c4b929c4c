/** GraphQL documents and types of the governed-change flows. */

export type { ChangePreview, RollupDelta, TerritoryCredit } from "../../../api/src/changes/preview-change.ts";
import type { ChangePreview } from "../../../api/src/changes/preview-change.ts";

export interface ChangeRequest {
  id: string;
  status: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "CONFLICT";
  kind: string;
  operations: string;
  reason: string;
  requesterId: string;
  createdAt: string;
  decidedBy: string | null;
  decisionReason: string | null;
  preview: ChangePreview | null;
  requiresAdmin: boolean;
  escalation: string[];
  diff: { op: string; subject: string; before: string | null; after: string }[];
}

const PREVIEW_FIELDS = `rollups { entityId metric period before after delta } territories { territoryId metric period delta }`;

export const PREVIEW_CHANGE = `query PreviewChange($operations: String!) { previewChange(operations: $operations) { ${PREVIEW_FIELDS} } }`;

export const PROPOSE_CHANGE = `mutation ProposeChange($operations: String!, $reason: String!) {
  proposeChange(operations: $operations, reason: $reason) { id status } }`;

export const CHANGE_REQUESTS = `query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int) {
  changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: 200) {
    id status kind operations reason requesterId createdAt decidedBy decisionReason requiresAdmin escalation
    diff { op subject before after } preview { ${PREVIEW_FIELDS} } } }`;

export const EDIT_CHANGE = `mutation EditChange($id: ID!, $operations: String!) { editChange(id: $id, operations: $operations) { id status } }`;

export const APPROVE_CHANGE = `mutation ApproveChange($id: ID!) { approveChange(id: $id) { id status } }`;
export const REJECT_CHANGE = `mutation RejectChange($id: ID!, $reason: String!) { rejectChange(id: $id, reason: $reason) { id status } }`;

export const MY_AFFILIATIONS = `query MyAffiliations {
  hcps(limit: 300) { id name accountsConnection { edges { properties { id weight primary type version confidence validTo } node { id name } } } } }`;

export const CONFIRM_AFFILIATION = `mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {
  confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) { op state } }`;

export const AUDIT_TRAIL = `query AuditTrail($id: ID!) { auditTrail(entityId: $id, limit: 50) { id at actor origin action subject fromId toId reason } }`;

export const ENTITY_AS_OF = `query EntityAsOf($id: ID!, $date: Date!) { entityAsOf(id: $id, date: $date) { edges { id childId parentId weight primary type validFrom validTo } } }`;

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  origin: string;
  action: string;
  subject: string;
  fromId: string | null;
  toId: string | null;
  reason: string | null;
}
