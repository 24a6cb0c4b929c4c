/** GraphQL documents of the governed-change flows. */
import { graphql } from "./generated/gql.ts";

export const PREVIEW_FIELDS = graphql(`
  fragment PreviewFields on ChangePreview {
    rollups { entityId metric period before after delta }
    territories { territoryId metric period delta }
  }
`);

export const PREVIEW_CHANGE = graphql(`
  query PreviewChange($operations: String!) {
    previewChange(operations: $operations) { ...PreviewFields }
  }
`);

export const PROPOSE_CHANGE = graphql(`
  mutation ProposeChange($operations: String!, $reason: String!) {
    proposeChange(operations: $operations, reason: $reason) { id status }
  }
`);

export const CHANGE_REQUESTS = graphql(`
  query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {
    changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: $limit) {
      id status kind operations reason requesterId createdAt decidedBy decisionReason requiresAdmin escalation
      diff { op subject before after }
      preview { ...PreviewFields }
    }
  }
`);

export const EDIT_CHANGE = graphql(`
  mutation EditChange($id: ID!, $operations: String!) {
    editChange(id: $id, operations: $operations) { id status }
  }
`);

export const APPROVE_CHANGE = graphql(`
  mutation ApproveChange($id: ID!) {
    approveChange(id: $id) { id status }
  }
`);

export const REJECT_CHANGE = graphql(`
  mutation RejectChange($id: ID!, $reason: String!) {
    rejectChange(id: $id, reason: $reason) { id status }
  }
`);

export const MY_AFFILIATIONS = graphql(`
  query MyAffiliations {
    hcps(limit: 300) {
      id name
      accountsConnection { edges { properties { id weight primary type version confidence validTo } node { id name } } }
    }
  }
`);

export const CONFIRM_AFFILIATION = graphql(`
  mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {
    confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) { op state }
  }
`);

export const AUDIT_TRAIL = graphql(`
  query AuditTrail($id: ID!) {
    auditTrail(entityId: $id, limit: 50) { id at actor origin action subject fromId toId reason }
  }
`);

export const ENTITY_AS_OF = graphql(`
  query EntityAsOf($id: ID!, $date: Date!) {
    entityAsOf(id: $id, date: $date) { edges { id childId parentId weight primary type validFrom validTo } }
  }
`);
