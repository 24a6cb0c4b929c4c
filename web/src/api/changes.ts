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

/** The queue's rows: what a list shows, without the per-request diff and preview (those load with the request). */
export const CHANGE_REQUESTS = graphql(`
  query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {
    changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: $limit) {
      id status kind reason requesterId createdAt requiresAdmin
      comments { at }
    }
  }
`);

export const CHANGE_REQUEST = graphql(`
  query ChangeRequest($id: ID!) {
    changeRequest(id: $id) {
      id status kind operations reason requesterId createdAt decidedBy decidedAt decisionReason requiresAdmin escalation
      comments { by at text }
      diff { op subject before after }
    }
  }
`);

/** Asked apart from the request: a pending request the data has moved under cannot be previewed, and is still reviewed. */
export const CHANGE_REQUEST_PREVIEW = graphql(`
  query ChangeRequestPreview($id: ID!) {
    changeRequest(id: $id) { id preview { ...PreviewFields } }
  }
`);

export const REVIEW_SUMMARY = graphql(`
  query ReviewSummary {
    reviewSummary {
      pending pendingRequiringAdmin oldestPendingAt medianHoursToDecision
      pendingByKind { key count }
      pendingByLevel { key count }
      pendingByTerritory { key count }
      pendingByAge { key count }
      ratesByKind { key decided approvalRate rejectionRate }
      ratesByRequester { key decided approvalRate rejectionRate }
    }
  }
`);

export const COMMENT_ON_CHANGE = graphql(`
  mutation CommentOnChange($id: ID!, $text: String!) {
    commentOnChange(id: $id, text: $text) { id }
  }
`);

export const APPLY_CHANGE = graphql(`
  mutation ApplyChange($operations: String!, $reason: String!) {
    applyChange(operations: $operations, reason: $reason) { op state }
  }
`);

export const AFFILIATION_VOCABULARY = graphql(`
  query AffiliationVocabulary($childKind: EntityKind!) {
    affiliationVocabulary(childKind: $childKind) { types influenceLevels { level value } }
  }
`);

/** The parents of an HCP (accounts) or of an account (organizations), with each edge's properties. */
export const PARENT_EDGE_FIELDS = graphql(`
  fragment ParentEdgeFields on Affiliation { id weight primary type influence version validFrom validTo }
`);

export const PARENT_EDGES = graphql(`
  query ParentEdges($id: ID!) {
    hcps(where: { id: { eq: $id } }) {
      accountsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }
    }
    accounts(where: { id: { eq: $id } }) {
      organizationsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }
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
