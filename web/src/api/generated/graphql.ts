/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an HCP did with a remote message. */
export const ActivationEvent = {
  OPENED: 'OPENED',
  CLICKED: 'CLICKED',
  ATTENDED: 'ATTENDED',
  COMPLETED: 'COMPLETED'
} as const;

export type ActivationEvent = typeof ActivationEvent[keyof typeof ActivationEvent];
/** How an interaction took place. */
export const ActivityChannel = {
  VISIT: 'VISIT',
  REMOTE_CALL: 'REMOTE_CALL',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  WEBINAR: 'WEBINAR',
  EVENT: 'EVENT',
  SELF_DETAILING: 'SELF_DETAILING'
} as const;

export type ActivityChannel = typeof ActivityChannel[keyof typeof ActivityChannel];
/** How an interaction ended. */
export const ActivityOutcome = {
  COMPLETED: 'COMPLETED',
  NOT_MET: 'NOT_MET',
  RESCHEDULED: 'RESCHEDULED',
  CANCELLED: 'CANCELLED'
} as const;

export type ActivityOutcome = typeof ActivityOutcome[keyof typeof ActivityOutcome];
/** DRAFT (generated, under review), APPROVED (the cycle's plan) or REJECTED (to be generated again). */
export const CallPlanStatus = {
  DRAFT: 'DRAFT',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED'
} as const;

export type CallPlanStatus = typeof CallPlanStatus[keyof typeof CallPlanStatus];
/** What a change request holds: one operation of that kind, or a CHANGE_SET of several. */
export const ChangeKind = {
  ADD_AFFILIATION: 'ADD_AFFILIATION',
  END_AFFILIATION: 'END_AFFILIATION',
  UPDATE_AFFILIATION: 'UPDATE_AFFILIATION',
  REASSIGN: 'REASSIGN',
  UPDATE_ENTITY: 'UPDATE_ENTITY',
  CONFIRM_AFFILIATION: 'CONFIRM_AFFILIATION',
  CHANGE_SET: 'CHANGE_SET'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
export const ChangeStatus = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
  /** The data changed under the proposal after it was made; it needs a new proposal or review. */
  CONFLICT: 'CONFLICT'
} as const;

export type ChangeStatus = typeof ChangeStatus[keyof typeof ChangeStatus];
export const EdgeKind = {
  /** Upward hierarchy edge, child (source) -> parent (target). */
  AFFILIATION: 'AFFILIATION',
  /** Influencer (source) -> influenced (target). */
  INFLUENCE: 'INFLUENCE'
} as const;

export type EdgeKind = typeof EdgeKind[keyof typeof EdgeKind];
/** The four levels of the customer hierarchy, bottom to top. */
export const EntityKind = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT',
  ORGANIZATION: 'ORGANIZATION',
  NETWORK: 'NETWORK'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
export const ExperienceBreakdownBy = {
  PERSONA: 'PERSONA',
  SEGMENT: 'SEGMENT',
  TERRITORY: 'TERRITORY'
} as const;

export type ExperienceBreakdownBy = typeof ExperienceBreakdownBy[keyof typeof ExperienceBreakdownBy];
export const ExperienceLevel = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT',
  ORGANIZATION: 'ORGANIZATION',
  NETWORK: 'NETWORK'
} as const;

export type ExperienceLevel = typeof ExperienceLevel[keyof typeof ExperienceLevel];
export const ExperienceSort = {
  NPS: 'NPS',
  CSAT: 'CSAT',
  ENGAGEMENT: 'ENGAGEMENT',
  RESPONSES: 'RESPONSES',
  NAME: 'NAME'
} as const;

export type ExperienceSort = typeof ExperienceSort[keyof typeof ExperienceSort];
/** What an experience report is about. */
export const ExperienceSubject = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT',
  ORGANIZATION: 'ORGANIZATION',
  NETWORK: 'NETWORK',
  TERRITORY: 'TERRITORY',
  REGION: 'REGION'
} as const;

export type ExperienceSubject = typeof ExperienceSubject[keyof typeof ExperienceSubject];
/** What a master-list file holds; columns per kind are in docs/import.md. */
export const ImportKind = {
  HCPS: 'HCPS',
  ACCOUNTS: 'ACCOUNTS',
  ORGANIZATIONS: 'ORGANIZATIONS',
  NETWORKS: 'NETWORKS',
  AFFILIATIONS: 'AFFILIATIONS',
  INFLUENCES: 'INFLUENCES',
  METRICS: 'METRICS',
  TERRITORIES: 'TERRITORIES',
  USERS: 'USERS',
  /** Answers to profiling surveys (docs/FIELD.md). */
  SURVEY_ANSWERS: 'SURVEY_ANSWERS',
  /** Field activities recorded elsewhere (docs/FIELD.md). */
  ACTIVITIES: 'ACTIVITIES',
  /** NPS and CSAT answers of HCPs (docs/EXPERIENCE.md). */
  FEEDBACK: 'FEEDBACK',
  /** Touchpoints of the non-field channels: campaigns, webinars, events, medical information, patient support (docs/EXPERIENCE.md). */
  TOUCHPOINTS: 'TOUCHPOINTS'
} as const;

export type ImportKind = typeof ImportKind[keyof typeof ImportKind];
export const ImportMode = {
  /** Validate and report; write nothing. */
  DRY_RUN: 'DRY_RUN',
  /** Any problem and nothing is written; otherwise everything is written in one transaction. */
  ALL_OR_NOTHING: 'ALL_OR_NOTHING',
  /** Valid rows are written; the others are listed in the error report. */
  PARTIAL: 'PARTIAL'
} as const;

export type ImportMode = typeof ImportMode[keyof typeof ImportMode];
export const ImportPhase = {
  VALIDATING: 'VALIDATING',
  WRITING: 'WRITING',
  DONE: 'DONE'
} as const;

export type ImportPhase = typeof ImportPhase[keyof typeof ImportPhase];
export const ImportStatus = {
  RUNNING: 'RUNNING',
  /** A dry run found no problem. */
  VALIDATED: 'VALIDATED',
  SUCCEEDED: 'SUCCEEDED',
  /** Partial import: valid rows written, some rejected. */
  COMPLETED_WITH_ERRORS: 'COMPLETED_WITH_ERRORS',
  /** Problems found (or the file is unreadable); nothing written. */
  REJECTED: 'REJECTED',
  FAILED: 'FAILED',
  /** The importing process stopped without finishing (all-or-nothing imports then applied nothing). */
  INTERRUPTED: 'INTERRUPTED'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
/** A stage of the customer journey. */
export const JourneyStage = {
  AWARENESS: 'AWARENESS',
  CONSIDERATION: 'CONSIDERATION',
  TRIAL: 'TRIAL',
  ADOPTION: 'ADOPTION',
  ADVOCACY: 'ADVOCACY'
} as const;

export type JourneyStage = typeof JourneyStage[keyof typeof JourneyStage];
/** What a field report covers. */
export const KpiScope = {
  REP: 'REP',
  TERRITORY: 'TERRITORY',
  REGION: 'REGION',
  ALL: 'ALL'
} as const;

export type KpiScope = typeof KpiScope[keyof typeof KpiScope];
/** A metric that rolls up through the hierarchy. */
export const Metric = {
  TRX: 'TRX',
  NRX: 'NRX',
  SALES: 'SALES',
  POTENTIAL: 'POTENTIAL'
} as const;

export type Metric = typeof Metric[keyof typeof Metric];
/** NPS bands: <= 0 needs work, > 0 good, > 50 excellent, > 70 world class. */
export const NpsBand = {
  NEEDS_WORK: 'NEEDS_WORK',
  GOOD: 'GOOD',
  EXCELLENT: 'EXCELLENT',
  WORLD_CLASS: 'WORLD_CLASS'
} as const;

export type NpsBand = typeof NpsBand[keyof typeof NpsBand];
export const RollupSort = {
  ROLLUP_DESC: 'ROLLUP_DESC',
  ROLLUP_ASC: 'ROLLUP_ASC',
  NAME: 'NAME'
} as const;

export type RollupSort = typeof RollupSort[keyof typeof RollupSort];
export const ScoringModelStatus = {
  /** Editable; saving the same model name again replaces it. */
  DRAFT: 'DRAFT',
  /** The version whose scores are stored; immutable. */
  ACTIVE: 'ACTIVE',
  /** Was active once; immutable. */
  RETIRED: 'RETIRED'
} as const;

export type ScoringModelStatus = typeof ScoringModelStatus[keyof typeof ScoringModelStatus];
/** What a scoring model scores (docs/SCORING.md). */
export const ScoringSubject = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT',
  ORGANIZATION: 'ORGANIZATION'
} as const;

export type ScoringSubject = typeof ScoringSubject[keyof typeof ScoringSubject];
/** What a survey asks about. */
export const SurveySubject = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT'
} as const;

export type SurveySubject = typeof SurveySubject[keyof typeof SurveySubject];
/** ADD a subject, REMOVE a target, or SET_CALLS of a target. */
export const TargetChangeOp = {
  ADD: 'ADD',
  REMOVE: 'REMOVE',
  SET_CALLS: 'SET_CALLS'
} as const;

export type TargetChangeOp = typeof TargetChangeOp[keyof typeof TargetChangeOp];
/** What a target is. */
export const TargetSubject = {
  HCP: 'HCP',
  ACCOUNT: 'ACCOUNT'
} as const;

export type TargetSubject = typeof TargetSubject[keyof typeof TargetSubject];
/** A channel through which an HCP is reached (field activities map to the first seven). */
export const TouchpointChannel = {
  REP_VISIT: 'REP_VISIT',
  REMOTE_CALL: 'REMOTE_CALL',
  PHONE: 'PHONE',
  EMAIL_CAMPAIGN: 'EMAIL_CAMPAIGN',
  WEBINAR: 'WEBINAR',
  EVENT: 'EVENT',
  SELF_DETAILING: 'SELF_DETAILING',
  MEDICAL_INFORMATION: 'MEDICAL_INFORMATION',
  PATIENT_SUPPORT: 'PATIENT_SUPPORT'
} as const;

export type TouchpointChannel = typeof TouchpointChannel[keyof typeof TouchpointChannel];
export type ActivationInput = {
  event: ActivationEvent;
  /** ISO date-time with offset, e.g. 2026-11-30T14:05:00Z. */
  at: string;
};

/** What a rep records about one interaction (docs/FIELD.md, Activities). At least one of hcpId and accountId. */
export type ActivityInput = {
  channel: ActivityChannel;
  hcpId?: string | number | null | undefined;
  accountId?: string | number | null | undefined;
  /** When it was planned, if it was (ISO date-time with offset). */
  plannedAt?: string | null | undefined;
  /** When it actually took place (ISO date-time with offset). */
  startedAt: string;
  durationMinutes: number;
  outcome: ActivityOutcome;
  products?: Array<string> | null | undefined;
  keyMessages?: Array<string> | null | undefined;
  /** Remote channels only. */
  activations?: Array<ActivationInput> | null | undefined;
  notes?: string | null | undefined;
};

export type AdminOverviewQueryVariables = Exact<{
  userFilter: string;
  userIdFilter: string | number;
  limit: number;
}>;


export type AdminOverviewQuery = { users: Array<{ id: string, name: string, email: string | null, role: string, covers: Array<{ id: string }>, manages: Array<{ id: string }> }>, usersConnection: { totalCount: number }, territories: Array<{ id: string, name: string, region: string | null, repsConnection: { totalCount: number } }>, importJobs: Array<{ id: string, kind: ImportKind, fileName: string, status: ImportStatus, phase: ImportPhase, rowsDone: number, rowsTotal: number | null, rejected: number, actor: string, startedAt: string, finishedAt: string | null }> };

export type PreviewFieldsFragment = { rollups: Array<{ entityId: string, metric: string, period: string, before: number, after: number, delta: number }>, territories: Array<{ territoryId: string, metric: string, period: string, delta: number }> };

export type PreviewChangeQueryVariables = Exact<{
  operations: string;
}>;


export type PreviewChangeQuery = { previewChange: { rollups: Array<{ entityId: string, metric: string, period: string, before: number, after: number, delta: number }>, territories: Array<{ territoryId: string, metric: string, period: string, delta: number }> } };

export type ProposeChangeMutationVariables = Exact<{
  operations: string;
  reason: string;
}>;


export type ProposeChangeMutation = { proposeChange: { id: string, status: ChangeStatus } };

export type ChangeRequestsQueryVariables = Exact<{
  status?: ChangeStatus | null | undefined;
  kind?: string | null | undefined;
  territory?: string | null | undefined;
  minAgeDays?: number | null | undefined;
  limit: number;
}>;


export type ChangeRequestsQuery = { changeRequests: Array<{ id: string, status: ChangeStatus, kind: ChangeKind, reason: string, requesterId: string, createdAt: string, requiresAdmin: boolean, comments: Array<{ at: string }> }> };

export type ChangeRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestQuery = { changeRequest: { id: string, status: ChangeStatus, kind: ChangeKind, operations: string, reason: string, requesterId: string, createdAt: string, decidedBy: string | null, decidedAt: string | null, decisionReason: string | null, requiresAdmin: boolean, escalation: Array<string>, comments: Array<{ by: string, at: string, text: string }>, diff: Array<{ op: string, subject: string, before: string | null, after: string }> } | null };

export type ChangeRequestPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestPreviewQuery = { changeRequest: { id: string, preview: { rollups: Array<{ entityId: string, metric: string, period: string, before: number, after: number, delta: number }>, territories: Array<{ territoryId: string, metric: string, period: string, delta: number }> } | null } | null };

export type ReviewSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewSummaryQuery = { reviewSummary: { pending: number, pendingRequiringAdmin: number, oldestPendingAt: string | null, medianHoursToDecision: number | null, pendingByKind: Array<{ key: string, count: number }>, pendingByLevel: Array<{ key: string, count: number }>, pendingByTerritory: Array<{ key: string, count: number }>, pendingByAge: Array<{ key: string, count: number }>, ratesByKind: Array<{ key: string, decided: number, approvalRate: number, rejectionRate: number }>, ratesByRequester: Array<{ key: string, decided: number, approvalRate: number, rejectionRate: number }> } };

export type CommentOnChangeMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type CommentOnChangeMutation = { commentOnChange: { id: string } };

export type ApplyChangeMutationVariables = Exact<{
  operations: string;
  reason: string;
}>;


export type ApplyChangeMutation = { applyChange: Array<{ op: string, state: string }> };

export type AffiliationVocabularyQueryVariables = Exact<{
  childKind: EntityKind;
}>;


export type AffiliationVocabularyQuery = { affiliationVocabulary: { types: Array<string>, influenceLevels: Array<{ level: string, value: number }> } };

export type ParentEdgeFieldsFragment = { id: string, weight: number, primary: boolean, type: string, influence: number | null, version: number, validFrom: string | null, validTo: string | null };

export type ParentEdgesQueryVariables = Exact<{
  id: string | number;
}>;


export type ParentEdgesQuery = { hcps: Array<{ accountsConnection: { edges: Array<{ properties: { id: string, weight: number, primary: boolean, type: string, influence: number | null, version: number, validFrom: string | null, validTo: string | null }, node: { id: string, name: string } }> } }>, accounts: Array<{ organizationsConnection: { edges: Array<{ properties: { id: string, weight: number, primary: boolean, type: string, influence: number | null, version: number, validFrom: string | null, validTo: string | null }, node: { id: string, name: string } }> } }> };

export type EditChangeMutationVariables = Exact<{
  id: string | number;
  operations: string;
}>;


export type EditChangeMutation = { editChange: { id: string, status: ChangeStatus } };

export type ApproveChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveChangeMutation = { approveChange: { id: string, status: ChangeStatus } };

export type RejectChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectChangeMutation = { rejectChange: { id: string, status: ChangeStatus } };

export type MyAffiliationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAffiliationsQuery = { hcps: Array<{ id: string, name: string, accountsConnection: { edges: Array<{ properties: { id: string, weight: number, primary: boolean, type: string, version: number, confidence: number | null, validTo: string | null }, node: { id: string, name: string } }> } }> };

export type ConfirmAffiliationMutationVariables = Exact<{
  edgeId: string | number;
  expectedVersion: number;
}>;


export type ConfirmAffiliationMutation = { confirmAffiliation: { op: string, state: string } };

export type AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailQuery = { auditTrail: Array<{ id: string, at: string, actor: string, origin: string, action: string, subject: string, fromId: string | null, toId: string | null, reason: string | null }> };

export type EntityAsOfQueryVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type EntityAsOfQuery = { entityAsOf: { edges: Array<{ id: string, childId: string, parentId: string, weight: number, primary: boolean, type: string | null, validFrom: string | null, validTo: string | null }> } | null };

export type ExperienceKpiFieldsFragment = { nps: { score: number | null, band: NpsBand | null, responses: number, promoters: number, passives: number, detractors: number, low: number | null, high: number | null, distribution: Array<number> }, csat: { score: number | null, responses: number }, engagement: { delivered: number, activated: number, rate: number | null, byChannel: Array<{ channel: TouchpointChannel, delivered: number, activated: number, rate: number | null }> }, retention: Array<{ period: string, crr: number | null, start: number, end: number, new: number }> };

export type ExperienceHeadlineFieldsFragment = { nps: { score: number | null, band: NpsBand | null, responses: number }, csat: { score: number | null, responses: number }, engagement: { rate: number | null, delivered: number } };

export type ExperienceReportQueryVariables = Exact<{
  id?: string | number | null | undefined;
  territoryId?: string | number | null | undefined;
  region?: string | null | undefined;
  from: string;
  to: string;
}>;


export type ExperienceReportQuery = { experience: { id: string, name: string, kind: ExperienceSubject, from: string, to: string, kpis: { nps: { score: number | null, band: NpsBand | null, responses: number, promoters: number, passives: number, detractors: number, low: number | null, high: number | null, distribution: Array<number> }, csat: { score: number | null, responses: number }, engagement: { delivered: number, activated: number, rate: number | null, byChannel: Array<{ channel: TouchpointChannel, delivered: number, activated: number, rate: number | null }> }, retention: Array<{ period: string, crr: number | null, start: number, end: number, new: number }> }, trend: Array<{ month: string, nps: { score: number | null, responses: number } }> } };

export type ExperienceSummaryQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ExperienceSummaryQuery = { experience: { id: string, kpis: { nps: { score: number | null, band: NpsBand | null, responses: number }, csat: { score: number | null, responses: number }, engagement: { rate: number | null, delivered: number } } } };

export type ExperienceBreakdownQueryVariables = Exact<{
  by: ExperienceBreakdownBy;
  from: string;
  to: string;
  model?: string | null | undefined;
}>;


export type ExperienceBreakdownQuery = { experienceBreakdown: Array<{ group: string, kpis: { nps: { score: number | null, band: NpsBand | null, responses: number, promoters: number, passives: number, detractors: number, low: number | null, high: number | null, distribution: Array<number> }, csat: { score: number | null, responses: number }, engagement: { delivered: number, activated: number, rate: number | null, byChannel: Array<{ channel: TouchpointChannel, delivered: number, activated: number, rate: number | null }> }, retention: Array<{ period: string, crr: number | null, start: number, end: number, new: number }> } }> };

export type ExperienceTableQueryVariables = Exact<{
  level: ExperienceLevel;
  from: string;
  to: string;
  sort?: ExperienceSort | null | undefined;
  descending?: boolean | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ExperienceTableQuery = { experienceTable: { total: number, rows: Array<{ id: string, name: string, kpis: { nps: { score: number | null, band: NpsBand | null, responses: number }, csat: { score: number | null, responses: number }, engagement: { rate: number | null, delivered: number } } }> } };

export type ExperienceDrillDownQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}>;


export type ExperienceDrillDownQuery = { experienceDrillDown: { parent: { id: string, name: string, kind: ExperienceSubject, kpis: { nps: { score: number | null, band: NpsBand | null, responses: number }, csat: { score: number | null, responses: number }, engagement: { rate: number | null, delivered: number } } }, previous: { nps: { score: number | null, band: NpsBand | null, responses: number } }, children: Array<{ id: string, name: string, kind: ExperienceLevel, weight: number, npsChange: number | null, npsImpact: number, current: { nps: { score: number | null, band: NpsBand | null, responses: number }, csat: { score: number | null, responses: number }, engagement: { rate: number | null, delivered: number } }, previous: { nps: { score: number | null, band: NpsBand | null, responses: number } } }> } };

export type ExperienceFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExperienceFilterOptionsQuery = { territories: Array<{ id: string, name: string, region: string | null }>, scoringModels: Array<{ name: string, version: number, status: ScoringModelStatus, subject: ScoringSubject }> };

export type JourneyMapQueryVariables = Exact<{
  from: string;
  to: string;
  persona?: string | null | undefined;
  territoryId?: string | number | null | undefined;
}>;


export type JourneyMapQuery = { journeyMap: { hcps: number, cells: Array<{ stage: JourneyStage, channel: TouchpointChannel, touchpoints: number }>, steps: Array<{ stage: JourneyStage, hcps: number, convertedToNext: number | null, conversion: number | null, dropOff: number | null, medianDaysToNext: number | null }> } };

export type ActivityFieldsFragment = { id: string, repId: string, channel: ActivityChannel, hcpId: string | null, accountId: string | null, plannedAt: string | null, startedAt: string, durationMinutes: number, outcome: ActivityOutcome, products: Array<string>, keyMessages: Array<string>, notes: string | null, createdAt: string, version: number, locked: boolean };

export type RecordActivityMutationVariables = Exact<{
  idempotencyKey: string;
  activity: ActivityInput;
}>;


export type RecordActivityMutation = { recordActivity: { created: boolean, activity: { id: string, repId: string, channel: ActivityChannel, hcpId: string | null, accountId: string | null, plannedAt: string | null, startedAt: string, durationMinutes: number, outcome: ActivityOutcome, products: Array<string>, keyMessages: Array<string>, notes: string | null, createdAt: string, version: number, locked: boolean } } };

export type ActivitiesQueryVariables = Exact<{
  repId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ActivitiesQuery = { activities: Array<{ id: string, repId: string, channel: ActivityChannel, hcpId: string | null, accountId: string | null, plannedAt: string | null, startedAt: string, durationMinutes: number, outcome: ActivityOutcome, products: Array<string>, keyMessages: Array<string>, notes: string | null, createdAt: string, version: number, locked: boolean }> };

export type ActiveSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveSurveysQuery = { surveys: Array<{ key: string, version: number, name: string, subject: SurveySubject, definition: string }> };

export type SurveyAnswersQueryVariables = Exact<{
  subjectId: string | number;
  survey: string;
}>;


export type SurveyAnswersQuery = { surveyAnswers: Array<{ question: string, value: string }> };

export type AnswerSurveyMutationVariables = Exact<{
  survey: string;
  subjectId: string | number;
  answers: string;
}>;


export type AnswerSurveyMutation = { answerSurvey: { written: number, cleared: number, answers: Array<{ question: string, value: string }> } };

export type ImportJobFieldsFragment = { id: string, kind: ImportKind, fileName: string, mode: ImportMode, snapshot: boolean, status: ImportStatus, phase: ImportPhase, rowsDone: number, rowsTotal: number | null, rowsRead: number, created: number, updated: number, unchanged: number, endDated: number, rejected: number, problemCount: number, warnings: Array<string>, message: string | null, errorReportUrl: string | null, problems: Array<{ row: number, column: string, value: string, message: string }> };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, fileName: string, mode: ImportMode, snapshot: boolean, status: ImportStatus, phase: ImportPhase, rowsDone: number, rowsTotal: number | null, rowsRead: number, created: number, updated: number, unchanged: number, endDated: number, rejected: number, problemCount: number, warnings: Array<string>, message: string | null, errorReportUrl: string | null, problems: Array<{ row: number, column: string, value: string, message: string }> } | null };

export type StartImportMutationVariables = Exact<{
  file: File;
  kind: ImportKind;
  mode: ImportMode;
  snapshot: boolean;
  force: boolean;
}>;


export type StartImportMutation = { startImport: { id: string, kind: ImportKind, fileName: string, mode: ImportMode, snapshot: boolean, status: ImportStatus, phase: ImportPhase, rowsDone: number, rowsTotal: number | null, rowsRead: number, created: number, updated: number, unchanged: number, endDated: number, rejected: number, problemCount: number, warnings: Array<string>, message: string | null, errorReportUrl: string | null, problems: Array<{ row: number, column: string, value: string, message: string }> } };

export type InfluencePathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type InfluencePathsQuery = { influencePaths: Array<{ strength: number, nodes: Array<{ id: string, kind: EntityKind, name: string, detail: string | null, level: number, rollup: number | null, specialty: string | null, metro: string | null }>, edges: Array<{ id: string, kind: EdgeKind, source: string, target: string, weight: number, primary: boolean | null, type: string | null, influence: number | null, version: number | null, flow: number | null }> }> };

export type KeyAccountsQueryVariables = Exact<{
  metric: Metric;
  period: string;
  limit: number;
}>;


export type KeyAccountsQuery = { organizations: { total: number, rows: Array<{ id: string, name: string, own: number, rollup: number }> }, accounts: { total: number, rows: Array<{ id: string, name: string, own: number, rollup: number }> }, summary: { levels: Array<{ level: number, rollup: number }> } | null };

export type WeekPlanFieldsFragment = { id: string, repId: string, weekStart: string, version: number, reordered: boolean, distanceKm: number, generatedAt: string, home: { lat: number, lon: number }, days: Array<{ date: string, distanceKm: number, travelMinutes: number, startAt: string | null, endAt: string | null, homeInTime: boolean, visits: Array<{ subjectId: string, subjectKind: TargetSubject, name: string, accountId: string | null, segment: string | null, lat: number, lon: number, visitMinutes: number, arriveAt: string, startAt: string, endAt: string, travelMinutes: number, distanceKm: number, withinWindow: boolean }> }>, unplanned: Array<{ subjectId: string, name: string, reason: string }> };

export type WeekPlanQueryVariables = Exact<{
  weekStart: string;
  repId?: string | number | null | undefined;
}>;


export type WeekPlanQuery = { weekPlan: { id: string, repId: string, weekStart: string, version: number, reordered: boolean, distanceKm: number, generatedAt: string, home: { lat: number, lon: number }, days: Array<{ date: string, distanceKm: number, travelMinutes: number, startAt: string | null, endAt: string | null, homeInTime: boolean, visits: Array<{ subjectId: string, subjectKind: TargetSubject, name: string, accountId: string | null, segment: string | null, lat: number, lon: number, visitMinutes: number, arriveAt: string, startAt: string, endAt: string, travelMinutes: number, distanceKm: number, withinWindow: boolean }> }>, unplanned: Array<{ subjectId: string, name: string, reason: string }> } | null };

export type PlanWeekMutationVariables = Exact<{
  weekStart: string;
  repId?: string | number | null | undefined;
}>;


export type PlanWeekMutation = { planWeek: { id: string, repId: string, weekStart: string, version: number, reordered: boolean, distanceKm: number, generatedAt: string, home: { lat: number, lon: number }, days: Array<{ date: string, distanceKm: number, travelMinutes: number, startAt: string | null, endAt: string | null, homeInTime: boolean, visits: Array<{ subjectId: string, subjectKind: TargetSubject, name: string, accountId: string | null, segment: string | null, lat: number, lon: number, visitMinutes: number, arriveAt: string, startAt: string, endAt: string, travelMinutes: number, distanceKm: number, withinWindow: boolean }> }>, unplanned: Array<{ subjectId: string, name: string, reason: string }> } };

export type ReorderDayMutationVariables = Exact<{
  weekStart: string;
  date: string;
  order: Array<string | number> | string | number;
  expectedVersion: number;
}>;


export type ReorderDayMutation = { reorderDay: { id: string, repId: string, weekStart: string, version: number, reordered: boolean, distanceKm: number, generatedAt: string, home: { lat: number, lon: number }, days: Array<{ date: string, distanceKm: number, travelMinutes: number, startAt: string | null, endAt: string | null, homeInTime: boolean, visits: Array<{ subjectId: string, subjectKind: TargetSubject, name: string, accountId: string | null, segment: string | null, lat: number, lon: number, visitMinutes: number, arriveAt: string, startAt: string, endAt: string, travelMinutes: number, distanceKm: number, withinWindow: boolean }> }>, unplanned: Array<{ subjectId: string, name: string, reason: string }> } };

export type CyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type CyclesQuery = { cycles: Array<{ id: string, name: string, startDate: string, endDate: string, workingDays: number }> };

export type CallPlanFieldsFragment = { id: string, territoryId: string, territoryName: string, region: string | null, reps: Array<string>, status: CallPlanStatus, model: string | null, modelVersion: number | null, callsPerDay: number, capacity: number, plannedCalls: number, targetCount: number, generatedAt: string | null, generatedBy: string | null, reviewedBy: string | null, reviewedAt: string | null, reviewComment: string | null, version: number, droppedCount: number, cycle: { id: string, name: string, startDate: string, endDate: string }, frequencies: Array<{ segment: string, callsPerCycle: number }>, pendingChanges: Array<{ id: string, op: TargetChangeOp, subjectId: string, plannedCalls: number | null, reason: string, requestedBy: string, requestedAt: string, status: string }> };

export type CallPlansQueryVariables = Exact<{
  cycleId: string | number;
  territoryId?: string | number | null | undefined;
  status?: CallPlanStatus | null | undefined;
}>;


export type CallPlansQuery = { callPlans: Array<{ id: string, territoryId: string, territoryName: string, region: string | null, reps: Array<string>, status: CallPlanStatus, model: string | null, modelVersion: number | null, callsPerDay: number, capacity: number, plannedCalls: number, targetCount: number, generatedAt: string | null, generatedBy: string | null, reviewedBy: string | null, reviewedAt: string | null, reviewComment: string | null, version: number, droppedCount: number, cycle: { id: string, name: string, startDate: string, endDate: string }, frequencies: Array<{ segment: string, callsPerCycle: number }>, pendingChanges: Array<{ id: string, op: TargetChangeOp, subjectId: string, plannedCalls: number | null, reason: string, requestedBy: string, requestedAt: string, status: string }> }> };

export type CallPlanTargetsQueryVariables = Exact<{
  id: string | number;
  notSeen?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type CallPlanTargetsQuery = { callPlan: { id: string, targets: Array<{ subjectId: string, subjectKind: TargetSubject, name: string, segment: string | null, score: number | null, plannedCalls: number, callsMade: number, lastCallAt: string | null, origin: string, active: boolean, lat: number | null, lon: number | null }> } | null };

export type ApproveCallPlanMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type ApproveCallPlanMutation = { approveCallPlan: { id: string, territoryId: string, territoryName: string, region: string | null, reps: Array<string>, status: CallPlanStatus, model: string | null, modelVersion: number | null, callsPerDay: number, capacity: number, plannedCalls: number, targetCount: number, generatedAt: string | null, generatedBy: string | null, reviewedBy: string | null, reviewedAt: string | null, reviewComment: string | null, version: number, droppedCount: number, cycle: { id: string, name: string, startDate: string, endDate: string }, frequencies: Array<{ segment: string, callsPerCycle: number }>, pendingChanges: Array<{ id: string, op: TargetChangeOp, subjectId: string, plannedCalls: number | null, reason: string, requestedBy: string, requestedAt: string, status: string }> } };

export type RejectCallPlanMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type RejectCallPlanMutation = { rejectCallPlan: { id: string, territoryId: string, territoryName: string, region: string | null, reps: Array<string>, status: CallPlanStatus, model: string | null, modelVersion: number | null, callsPerDay: number, capacity: number, plannedCalls: number, targetCount: number, generatedAt: string | null, generatedBy: string | null, reviewedBy: string | null, reviewedAt: string | null, reviewComment: string | null, version: number, droppedCount: number, cycle: { id: string, name: string, startDate: string, endDate: string }, frequencies: Array<{ segment: string, callsPerCycle: number }>, pendingChanges: Array<{ id: string, op: TargetChangeOp, subjectId: string, plannedCalls: number | null, reason: string, requestedBy: string, requestedAt: string, status: string }> } };

export type EntityGraphFieldsFragment = { rootId: string, truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string, detail: string | null, level: number, rollup: number | null }>, edges: Array<{ id: string, kind: EdgeKind, source: string, target: string, weight: number, primary: boolean | null, type: string | null, influence: number | null, version: number | null, flow: number | null }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: EntityKind, name: string, detail: string | null, score: number }> };

export type HierarchyQueryVariables = Exact<{
  id: string | number;
  depthUp?: number | null | undefined;
  depthDown?: number | null | undefined;
  maxNodes?: number | null | undefined;
  asOf?: string | null | undefined;
  metric?: Metric | null | undefined;
  period?: string | null | undefined;
}>;


export type HierarchyQuery = { hierarchy: { rootId: string, truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string, detail: string | null, level: number, rollup: number | null }>, edges: Array<{ id: string, kind: EdgeKind, source: string, target: string, weight: number, primary: boolean | null, type: string | null, influence: number | null, version: number | null, flow: number | null }> } };

export type HierarchyDiffQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type HierarchyDiffQuery = { hierarchyDiff: { added: Array<{ id: string }>, ended: Array<{ id: string }>, changed: Array<{ after: { id: string } }> } };

export type EntityRollupQueryVariables = Exact<{
  id: string | number;
  metric: Metric;
  period: string;
  asOf?: string | null | undefined;
}>;


export type EntityRollupQuery = { hcps: Array<{ rollup: number }>, accounts: Array<{ rollup: number }>, organizations: Array<{ rollup: number }>, networks: Array<{ rollup: number }> };

export type MetricPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricPeriodsQuery = { metricPeriods: Array<string> };

export type InfluenceNetworkQueryVariables = Exact<{
  hcpId: string | number;
  depth?: number | null | undefined;
  maxNodes?: number | null | undefined;
}>;


export type InfluenceNetworkQuery = { influenceNetwork: { rootId: string, truncated: boolean, nodes: Array<{ pagerank: number | null, specialty: string | null, metro: string | null, id: string, kind: EntityKind, name: string, detail: string | null, level: number, rollup: number | null }>, edges: Array<{ id: string, kind: EdgeKind, source: string, target: string, weight: number, primary: boolean | null, type: string | null, influence: number | null, version: number | null, flow: number | null }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { entityDetails: { id: string, kind: EntityKind, name: string, attributes: Array<{ key: string, value: string }> } | null };

export type HcpAnalyticsQueryVariables = Exact<{
  id: string | number;
}>;


export type HcpAnalyticsQuery = { hcps: Array<{ pagerank: number | null, influencePercentile: number | null, reach: number | null, networkValue: number | null, scores: Array<{ model: string, version: number, score: number, segment: string | null, flags: Array<string>, explanation: Array<{ key: string, label: string, raw: string | null, value: number | null, weight: number, contribution: number, missing: boolean }> }> }> };

export type FieldKpiFieldsFragment = { activities: number, calls: number, activeDays: number, daysInField: number, callsPerDay: number | null, targets: number, targetsSeen: number, reach: number | null, expectedCalls: number, callsOnTargets: number, frequencyAttainment: number | null, coverage: number | null, reportedWithin24h: number | null, missingRequiredFields: number | null };

export type FieldReportQueryVariables = Exact<{
  scope: KpiScope;
  id?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type FieldReportQuery = { fieldReport: { scope: KpiScope, id: string | null, from: string, to: string, kpis: { activities: number, calls: number, activeDays: number, daysInField: number, callsPerDay: number | null, targets: number, targetsSeen: number, reach: number | null, expectedCalls: number, callsOnTargets: number, frequencyAttainment: number | null, coverage: number | null, reportedWithin24h: number | null, missingRequiredFields: number | null }, byWeek: Array<{ weekStart: string, kpis: { activities: number, calls: number, activeDays: number, daysInField: number, callsPerDay: number | null, targets: number, targetsSeen: number, reach: number | null, expectedCalls: number, callsOnTargets: number, frequencyAttainment: number | null, coverage: number | null, reportedWithin24h: number | null, missingRequiredFields: number | null } }>, bySegment: Array<{ segment: string, kpis: { activities: number, calls: number, activeDays: number, daysInField: number, callsPerDay: number | null, targets: number, targetsSeen: number, reach: number | null, expectedCalls: number, callsOnTargets: number, frequencyAttainment: number | null, coverage: number | null, reportedWithin24h: number | null, missingRequiredFields: number | null } }>, byRep: Array<{ repId: string, repName: string, lateReports: number, kpis: { activities: number, calls: number, activeDays: number, daysInField: number, callsPerDay: number | null, targets: number, targetsSeen: number, reach: number | null, expectedCalls: number, callsOnTargets: number, frequencyAttainment: number | null, coverage: number | null, reportedWithin24h: number | null, missingRequiredFields: number | null } }> } };

export type LateReportsQueryVariables = Exact<{
  repId?: string | number | null | undefined;
  from: string;
  to: string;
  limit?: number | null | undefined;
}>;


export type LateReportsQuery = { lateReports: Array<{ id: string, repId: string, channel: ActivityChannel, hcpId: string | null, accountId: string | null, plannedAt: string | null, startedAt: string, durationMinutes: number, outcome: ActivityOutcome, products: Array<string>, keyMessages: Array<string>, notes: string | null, createdAt: string, version: number, locked: boolean }> };

export type RollupTableQueryVariables = Exact<{
  level: EntityKind;
  metric: Metric;
  period: string;
  asOf?: string | null | undefined;
  sort?: RollupSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type RollupTableQuery = { rollupTable: { total: number, rows: Array<{ id: string, name: string, own: number, rollup: number }> } };

export type RollupSummaryQueryVariables = Exact<{
  metric: Metric;
  period: string;
  asOf?: string | null | undefined;
}>;


export type RollupSummaryQuery = { rollupSummary: { metric: Metric, period: string, asOf: string, totalOwn: number, topTotal: number, unallocated: number, conservationOk: boolean, nodes: number, edges: number, levels: Array<{ level: number, nodes: number, own: number, rollup: number, unallocated: number, overAllocated: number, unparentedNodes: number }> } | null };

export type ScoringModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringModelsQuery = { scoringModels: Array<{ name: string, version: number, status: ScoringModelStatus, subject: ScoringSubject, definition: string, createdBy: string, createdAt: string, activatedAt: string | null }> };

export type SaveScoringModelMutationVariables = Exact<{
  definition: string;
}>;


export type SaveScoringModelMutation = { saveScoringModel: { name: string, version: number, status: ScoringModelStatus } };

export type SimulateScoringModelQueryVariables = Exact<{
  name: string;
  version: number;
}>;


export type SimulateScoringModelQuery = { simulateScoringModel: { name: string, version: number, subject: ScoringSubject, activeVersion: number | null, subjects: number, changed: number, migration: Array<{ from: string, to: string, subjects: number }>, activeCounts: Array<{ segment: string, subjects: number }>, draftCounts: Array<{ segment: string, subjects: number }> } };

export type ActivateScoringModelMutationVariables = Exact<{
  name: string;
  version: number;
}>;


export type ActivateScoringModelMutation = { activateScoringModel: { name: string, version: number, subject: ScoringSubject, subjects: number, milliseconds: number, counts: Array<{ segment: string, subjects: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment PreviewFields on ChangePreview {
  rollups {
    entityId
    metric
    period
    before
    after
    delta
  }
  territories {
    territoryId
    metric
    period
    delta
  }
}
    `, {"fragmentName":"PreviewFields"}) as unknown as TypedDocumentString<PreviewFieldsFragment, unknown>;
export const ParentEdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ParentEdgeFields on Affiliation {
  id
  weight
  primary
  type
  influence
  version
  validFrom
  validTo
}
    `, {"fragmentName":"ParentEdgeFields"}) as unknown as TypedDocumentString<ParentEdgeFieldsFragment, unknown>;
export const ExperienceKpiFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExperienceKpiFields on ExperienceKpis {
  nps {
    score
    band
    responses
    promoters
    passives
    detractors
    low
    high
    distribution
  }
  csat {
    score
    responses
  }
  engagement {
    delivered
    activated
    rate
    byChannel {
      channel
      delivered
      activated
      rate
    }
  }
  retention {
    period
    crr
    start
    end
    new
  }
}
    `, {"fragmentName":"ExperienceKpiFields"}) as unknown as TypedDocumentString<ExperienceKpiFieldsFragment, unknown>;
export const ExperienceHeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExperienceHeadlineFields on ExperienceKpis {
  nps {
    score
    band
    responses
  }
  csat {
    score
    responses
  }
  engagement {
    rate
    delivered
  }
}
    `, {"fragmentName":"ExperienceHeadlineFields"}) as unknown as TypedDocumentString<ExperienceHeadlineFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  repId
  channel
  hcpId
  accountId
  plannedAt
  startedAt
  durationMinutes
  outcome
  products
  keyMessages
  notes
  createdAt
  version
  locked
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJob {
  id
  kind
  fileName
  mode
  snapshot
  status
  phase
  rowsDone
  rowsTotal
  rowsRead
  created
  updated
  unchanged
  endDated
  rejected
  problemCount
  warnings
  message
  errorReportUrl
  problems(limit: 200) {
    row
    column
    value
    message
  }
}
    `, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const WeekPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment WeekPlanFields on WeekPlan {
  id
  repId
  weekStart
  version
  reordered
  distanceKm
  generatedAt
  home {
    lat
    lon
  }
  days {
    date
    distanceKm
    travelMinutes
    startAt
    endAt
    homeInTime
    visits {
      subjectId
      subjectKind
      name
      accountId
      segment
      lat
      lon
      visitMinutes
      arriveAt
      startAt
      endAt
      travelMinutes
      distanceKm
      withinWindow
    }
  }
  unplanned {
    subjectId
    name
    reason
  }
}
    `, {"fragmentName":"WeekPlanFields"}) as unknown as TypedDocumentString<WeekPlanFieldsFragment, unknown>;
export const CallPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallPlanFields on CallPlan {
  id
  territoryId
  territoryName
  region
  reps
  status
  model
  modelVersion
  callsPerDay
  capacity
  plannedCalls
  targetCount
  generatedAt
  generatedBy
  reviewedBy
  reviewedAt
  reviewComment
  version
  droppedCount
  cycle {
    id
    name
    startDate
    endDate
  }
  frequencies {
    segment
    callsPerCycle
  }
  pendingChanges {
    id
    op
    subjectId
    plannedCalls
    reason
    requestedBy
    requestedAt
    status
  }
}
    `, {"fragmentName":"CallPlanFields"}) as unknown as TypedDocumentString<CallPlanFieldsFragment, unknown>;
export const EntityGraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityGraphFields on EntityGraph {
  rootId
  truncated
  nodes {
    id
    kind
    name
    detail
    level
    rollup
  }
  edges {
    id
    kind
    source
    target
    weight
    primary
    type
    influence
    version
    flow
  }
}
    `, {"fragmentName":"EntityGraphFields"}) as unknown as TypedDocumentString<EntityGraphFieldsFragment, unknown>;
export const FieldKpiFieldsFragmentDoc = new TypedDocumentString(`
    fragment FieldKpiFields on FieldKpis {
  activities
  calls
  activeDays
  daysInField
  callsPerDay
  targets
  targetsSeen
  reach
  expectedCalls
  callsOnTargets
  frequencyAttainment
  coverage
  reportedWithin24h
  missingRequiredFields
}
    `, {"fragmentName":"FieldKpiFields"}) as unknown as TypedDocumentString<FieldKpiFieldsFragment, unknown>;
export const AdminOverviewDocument = new TypedDocumentString(`
    query AdminOverview($userFilter: String!, $userIdFilter: ID!, $limit: Int!) {
  users(
    where: {OR: [{name: {contains: $userFilter}}, {id: {contains: $userIdFilter}}]}
    limit: $limit
    sort: [{name: ASC}]
  ) {
    id
    name
    email
    role
    covers {
      id
    }
    manages {
      id
    }
  }
  usersConnection {
    totalCount
  }
  territories(limit: 500, sort: [{region: ASC}, {id: ASC}]) {
    id
    name
    region
    repsConnection {
      totalCount
    }
  }
  importJobs(limit: 10) {
    id
    kind
    fileName
    status
    phase
    rowsDone
    rowsTotal
    rejected
    actor
    startedAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const PreviewChangeDocument = new TypedDocumentString(`
    query PreviewChange($operations: String!) {
  previewChange(operations: $operations) {
    ...PreviewFields
  }
}
    fragment PreviewFields on ChangePreview {
  rollups {
    entityId
    metric
    period
    before
    after
    delta
  }
  territories {
    territoryId
    metric
    period
    delta
  }
}`) as unknown as TypedDocumentString<PreviewChangeQuery, PreviewChangeQueryVariables>;
export const ProposeChangeDocument = new TypedDocumentString(`
    mutation ProposeChange($operations: String!, $reason: String!) {
  proposeChange(operations: $operations, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeChangeMutation, ProposeChangeMutationVariables>;
export const ChangeRequestsDocument = new TypedDocumentString(`
    query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {
  changeRequests(
    status: $status
    kind: $kind
    territory: $territory
    minAgeDays: $minAgeDays
    limit: $limit
  ) {
    id
    status
    kind
    reason
    requesterId
    createdAt
    requiresAdmin
    comments {
      at
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const ChangeRequestDocument = new TypedDocumentString(`
    query ChangeRequest($id: ID!) {
  changeRequest(id: $id) {
    id
    status
    kind
    operations
    reason
    requesterId
    createdAt
    decidedBy
    decidedAt
    decisionReason
    requiresAdmin
    escalation
    comments {
      by
      at
      text
    }
    diff {
      op
      subject
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestQuery, ChangeRequestQueryVariables>;
export const ChangeRequestPreviewDocument = new TypedDocumentString(`
    query ChangeRequestPreview($id: ID!) {
  changeRequest(id: $id) {
    id
    preview {
      ...PreviewFields
    }
  }
}
    fragment PreviewFields on ChangePreview {
  rollups {
    entityId
    metric
    period
    before
    after
    delta
  }
  territories {
    territoryId
    metric
    period
    delta
  }
}`) as unknown as TypedDocumentString<ChangeRequestPreviewQuery, ChangeRequestPreviewQueryVariables>;
export const ReviewSummaryDocument = new TypedDocumentString(`
    query ReviewSummary {
  reviewSummary {
    pending
    pendingRequiringAdmin
    oldestPendingAt
    medianHoursToDecision
    pendingByKind {
      key
      count
    }
    pendingByLevel {
      key
      count
    }
    pendingByTerritory {
      key
      count
    }
    pendingByAge {
      key
      count
    }
    ratesByKind {
      key
      decided
      approvalRate
      rejectionRate
    }
    ratesByRequester {
      key
      decided
      approvalRate
      rejectionRate
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewSummaryQuery, ReviewSummaryQueryVariables>;
export const CommentOnChangeDocument = new TypedDocumentString(`
    mutation CommentOnChange($id: ID!, $text: String!) {
  commentOnChange(id: $id, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnChangeMutation, CommentOnChangeMutationVariables>;
export const ApplyChangeDocument = new TypedDocumentString(`
    mutation ApplyChange($operations: String!, $reason: String!) {
  applyChange(operations: $operations, reason: $reason) {
    op
    state
  }
}
    `) as unknown as TypedDocumentString<ApplyChangeMutation, ApplyChangeMutationVariables>;
export const AffiliationVocabularyDocument = new TypedDocumentString(`
    query AffiliationVocabulary($childKind: EntityKind!) {
  affiliationVocabulary(childKind: $childKind) {
    types
    influenceLevels {
      level
      value
    }
  }
}
    `) as unknown as TypedDocumentString<AffiliationVocabularyQuery, AffiliationVocabularyQueryVariables>;
export const ParentEdgesDocument = new TypedDocumentString(`
    query ParentEdges($id: ID!) {
  hcps(where: {id: {eq: $id}}) {
    accountsConnection {
      edges {
        properties {
          ...ParentEdgeFields
        }
        node {
          id
          name
        }
      }
    }
  }
  accounts(where: {id: {eq: $id}}) {
    organizationsConnection {
      edges {
        properties {
          ...ParentEdgeFields
        }
        node {
          id
          name
        }
      }
    }
  }
}
    fragment ParentEdgeFields on Affiliation {
  id
  weight
  primary
  type
  influence
  version
  validFrom
  validTo
}`) as unknown as TypedDocumentString<ParentEdgesQuery, ParentEdgesQueryVariables>;
export const EditChangeDocument = new TypedDocumentString(`
    mutation EditChange($id: ID!, $operations: String!) {
  editChange(id: $id, operations: $operations) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EditChangeMutation, EditChangeMutationVariables>;
export const ApproveChangeDocument = new TypedDocumentString(`
    mutation ApproveChange($id: ID!) {
  approveChange(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveChangeMutation, ApproveChangeMutationVariables>;
export const RejectChangeDocument = new TypedDocumentString(`
    mutation RejectChange($id: ID!, $reason: String!) {
  rejectChange(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectChangeMutation, RejectChangeMutationVariables>;
export const MyAffiliationsDocument = new TypedDocumentString(`
    query MyAffiliations {
  hcps(limit: 300) {
    id
    name
    accountsConnection {
      edges {
        properties {
          id
          weight
          primary
          type
          version
          confidence
          validTo
        }
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAffiliationsQuery, MyAffiliationsQueryVariables>;
export const ConfirmAffiliationDocument = new TypedDocumentString(`
    mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {
  confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) {
    op
    state
  }
}
    `) as unknown as TypedDocumentString<ConfirmAffiliationMutation, ConfirmAffiliationMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($id: ID!) {
  auditTrail(entityId: $id, limit: 50) {
    id
    at
    actor
    origin
    action
    subject
    fromId
    toId
    reason
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const EntityAsOfDocument = new TypedDocumentString(`
    query EntityAsOf($id: ID!, $date: Date!) {
  entityAsOf(id: $id, date: $date) {
    edges {
      id
      childId
      parentId
      weight
      primary
      type
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<EntityAsOfQuery, EntityAsOfQueryVariables>;
export const ExperienceReportDocument = new TypedDocumentString(`
    query ExperienceReport($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {
  experience(
    id: $id
    territoryId: $territoryId
    region: $region
    from: $from
    to: $to
  ) {
    id
    name
    kind
    from
    to
    kpis {
      ...ExperienceKpiFields
    }
    trend {
      month
      nps {
        score
        responses
      }
    }
  }
}
    fragment ExperienceKpiFields on ExperienceKpis {
  nps {
    score
    band
    responses
    promoters
    passives
    detractors
    low
    high
    distribution
  }
  csat {
    score
    responses
  }
  engagement {
    delivered
    activated
    rate
    byChannel {
      channel
      delivered
      activated
      rate
    }
  }
  retention {
    period
    crr
    start
    end
    new
  }
}`) as unknown as TypedDocumentString<ExperienceReportQuery, ExperienceReportQueryVariables>;
export const ExperienceSummaryDocument = new TypedDocumentString(`
    query ExperienceSummary($id: ID!, $from: String!, $to: String!) {
  experience(id: $id, from: $from, to: $to) {
    id
    kpis {
      ...ExperienceHeadlineFields
    }
  }
}
    fragment ExperienceHeadlineFields on ExperienceKpis {
  nps {
    score
    band
    responses
  }
  csat {
    score
    responses
  }
  engagement {
    rate
    delivered
  }
}`) as unknown as TypedDocumentString<ExperienceSummaryQuery, ExperienceSummaryQueryVariables>;
export const ExperienceBreakdownDocument = new TypedDocumentString(`
    query ExperienceBreakdown($by: ExperienceBreakdownBy!, $from: String!, $to: String!, $model: String) {
  experienceBreakdown(by: $by, from: $from, to: $to, model: $model) {
    group
    kpis {
      ...ExperienceKpiFields
    }
  }
}
    fragment ExperienceKpiFields on ExperienceKpis {
  nps {
    score
    band
    responses
    promoters
    passives
    detractors
    low
    high
    distribution
  }
  csat {
    score
    responses
  }
  engagement {
    delivered
    activated
    rate
    byChannel {
      channel
      delivered
      activated
      rate
    }
  }
  retention {
    period
    crr
    start
    end
    new
  }
}`) as unknown as TypedDocumentString<ExperienceBreakdownQuery, ExperienceBreakdownQueryVariables>;
export const ExperienceTableDocument = new TypedDocumentString(`
    query ExperienceTable($level: ExperienceLevel!, $from: String!, $to: String!, $sort: ExperienceSort, $descending: Boolean, $limit: Int, $offset: Int) {
  experienceTable(
    level: $level
    from: $from
    to: $to
    sort: $sort
    descending: $descending
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      name
      kpis {
        ...ExperienceHeadlineFields
      }
    }
  }
}
    fragment ExperienceHeadlineFields on ExperienceKpis {
  nps {
    score
    band
    responses
  }
  csat {
    score
    responses
  }
  engagement {
    rate
    delivered
  }
}`) as unknown as TypedDocumentString<ExperienceTableQuery, ExperienceTableQueryVariables>;
export const ExperienceDrillDownDocument = new TypedDocumentString(`
    query ExperienceDrillDown($id: ID!, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {
  experienceDrillDown(
    id: $id
    from: $from
    to: $to
    previousFrom: $previousFrom
    previousTo: $previousTo
  ) {
    parent {
      id
      name
      kind
      kpis {
        ...ExperienceHeadlineFields
      }
    }
    previous {
      nps {
        score
        band
        responses
      }
    }
    children {
      id
      name
      kind
      weight
      npsChange
      npsImpact
      current {
        ...ExperienceHeadlineFields
      }
      previous {
        nps {
          score
          band
          responses
        }
      }
    }
  }
}
    fragment ExperienceHeadlineFields on ExperienceKpis {
  nps {
    score
    band
    responses
  }
  csat {
    score
    responses
  }
  engagement {
    rate
    delivered
  }
}`) as unknown as TypedDocumentString<ExperienceDrillDownQuery, ExperienceDrillDownQueryVariables>;
export const ExperienceFilterOptionsDocument = new TypedDocumentString(`
    query ExperienceFilterOptions {
  territories(sort: [{name: ASC}], limit: 1000) {
    id
    name
    region
  }
  scoringModels {
    name
    version
    status
    subject
  }
}
    `) as unknown as TypedDocumentString<ExperienceFilterOptionsQuery, ExperienceFilterOptionsQueryVariables>;
export const JourneyMapDocument = new TypedDocumentString(`
    query JourneyMap($from: String!, $to: String!, $persona: String, $territoryId: ID) {
  journeyMap(from: $from, to: $to, persona: $persona, territoryId: $territoryId) {
    hcps
    cells {
      stage
      channel
      touchpoints
    }
    steps {
      stage
      hcps
      convertedToNext
      conversion
      dropOff
      medianDaysToNext
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyMapQuery, JourneyMapQueryVariables>;
export const RecordActivityDocument = new TypedDocumentString(`
    mutation RecordActivity($idempotencyKey: String!, $activity: ActivityInput!) {
  recordActivity(idempotencyKey: $idempotencyKey, activity: $activity) {
    created
    activity {
      ...ActivityFields
    }
  }
}
    fragment ActivityFields on Activity {
  id
  repId
  channel
  hcpId
  accountId
  plannedAt
  startedAt
  durationMinutes
  outcome
  products
  keyMessages
  notes
  createdAt
  version
  locked
}`) as unknown as TypedDocumentString<RecordActivityMutation, RecordActivityMutationVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($repId: ID, $from: String, $to: String, $limit: Int) {
  activities(repId: $repId, from: $from, to: $to, limit: $limit) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  repId
  channel
  hcpId
  accountId
  plannedAt
  startedAt
  durationMinutes
  outcome
  products
  keyMessages
  notes
  createdAt
  version
  locked
}`) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActiveSurveysDocument = new TypedDocumentString(`
    query ActiveSurveys {
  surveys(status: ACTIVE) {
    key
    version
    name
    subject
    definition
  }
}
    `) as unknown as TypedDocumentString<ActiveSurveysQuery, ActiveSurveysQueryVariables>;
export const SurveyAnswersDocument = new TypedDocumentString(`
    query SurveyAnswers($subjectId: ID!, $survey: String!) {
  surveyAnswers(subjectId: $subjectId, survey: $survey) {
    question
    value
  }
}
    `) as unknown as TypedDocumentString<SurveyAnswersQuery, SurveyAnswersQueryVariables>;
export const AnswerSurveyDocument = new TypedDocumentString(`
    mutation AnswerSurvey($survey: String!, $subjectId: ID!, $answers: String!) {
  answerSurvey(survey: $survey, subjectId: $subjectId, answers: $answers) {
    written
    cleared
    answers {
      question
      value
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  fileName
  mode
  snapshot
  status
  phase
  rowsDone
  rowsTotal
  rowsRead
  created
  updated
  unchanged
  endDated
  rejected
  problemCount
  warnings
  message
  errorReportUrl
  problems(limit: 200) {
    row
    column
    value
    message
  }
}`) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {
  startImport(
    kind: $kind
    file: $file
    mode: $mode
    snapshot: $snapshot
    force: $force
  ) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJob {
  id
  kind
  fileName
  mode
  snapshot
  status
  phase
  rowsDone
  rowsTotal
  rowsRead
  created
  updated
  unchanged
  endDated
  rejected
  problemCount
  warnings
  message
  errorReportUrl
  problems(limit: 200) {
    row
    column
    value
    message
  }
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const InfluencePathsDocument = new TypedDocumentString(`
    query InfluencePaths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int) {
  influencePaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {
    strength
    nodes {
      id
      kind
      name
      detail
      level
      rollup
      specialty
      metro
    }
    edges {
      id
      kind
      source
      target
      weight
      primary
      type
      influence
      version
      flow
    }
  }
}
    `) as unknown as TypedDocumentString<InfluencePathsQuery, InfluencePathsQueryVariables>;
export const KeyAccountsDocument = new TypedDocumentString(`
    query KeyAccounts($metric: Metric!, $period: String!, $limit: Int!) {
  organizations: rollupTable(
    level: ORGANIZATION
    metric: $metric
    period: $period
    limit: $limit
  ) {
    total
    rows {
      id
      name
      own
      rollup
    }
  }
  accounts: rollupTable(
    level: ACCOUNT
    metric: $metric
    period: $period
    limit: $limit
  ) {
    total
    rows {
      id
      name
      own
      rollup
    }
  }
  summary: rollupSummary(metric: $metric, period: $period) {
    levels {
      level
      rollup
    }
  }
}
    `) as unknown as TypedDocumentString<KeyAccountsQuery, KeyAccountsQueryVariables>;
export const WeekPlanDocument = new TypedDocumentString(`
    query WeekPlan($weekStart: String!, $repId: ID) {
  weekPlan(weekStart: $weekStart, repId: $repId) {
    ...WeekPlanFields
  }
}
    fragment WeekPlanFields on WeekPlan {
  id
  repId
  weekStart
  version
  reordered
  distanceKm
  generatedAt
  home {
    lat
    lon
  }
  days {
    date
    distanceKm
    travelMinutes
    startAt
    endAt
    homeInTime
    visits {
      subjectId
      subjectKind
      name
      accountId
      segment
      lat
      lon
      visitMinutes
      arriveAt
      startAt
      endAt
      travelMinutes
      distanceKm
      withinWindow
    }
  }
  unplanned {
    subjectId
    name
    reason
  }
}`) as unknown as TypedDocumentString<WeekPlanQuery, WeekPlanQueryVariables>;
export const PlanWeekDocument = new TypedDocumentString(`
    mutation PlanWeek($weekStart: String!, $repId: ID) {
  planWeek(weekStart: $weekStart, repId: $repId) {
    ...WeekPlanFields
  }
}
    fragment WeekPlanFields on WeekPlan {
  id
  repId
  weekStart
  version
  reordered
  distanceKm
  generatedAt
  home {
    lat
    lon
  }
  days {
    date
    distanceKm
    travelMinutes
    startAt
    endAt
    homeInTime
    visits {
      subjectId
      subjectKind
      name
      accountId
      segment
      lat
      lon
      visitMinutes
      arriveAt
      startAt
      endAt
      travelMinutes
      distanceKm
      withinWindow
    }
  }
  unplanned {
    subjectId
    name
    reason
  }
}`) as unknown as TypedDocumentString<PlanWeekMutation, PlanWeekMutationVariables>;
export const ReorderDayDocument = new TypedDocumentString(`
    mutation ReorderDay($weekStart: String!, $date: String!, $order: [ID!]!, $expectedVersion: Int!) {
  reorderDay(
    weekStart: $weekStart
    date: $date
    order: $order
    expectedVersion: $expectedVersion
  ) {
    ...WeekPlanFields
  }
}
    fragment WeekPlanFields on WeekPlan {
  id
  repId
  weekStart
  version
  reordered
  distanceKm
  generatedAt
  home {
    lat
    lon
  }
  days {
    date
    distanceKm
    travelMinutes
    startAt
    endAt
    homeInTime
    visits {
      subjectId
      subjectKind
      name
      accountId
      segment
      lat
      lon
      visitMinutes
      arriveAt
      startAt
      endAt
      travelMinutes
      distanceKm
      withinWindow
    }
  }
  unplanned {
    subjectId
    name
    reason
  }
}`) as unknown as TypedDocumentString<ReorderDayMutation, ReorderDayMutationVariables>;
export const CyclesDocument = new TypedDocumentString(`
    query Cycles {
  cycles {
    id
    name
    startDate
    endDate
    workingDays
  }
}
    `) as unknown as TypedDocumentString<CyclesQuery, CyclesQueryVariables>;
export const CallPlansDocument = new TypedDocumentString(`
    query CallPlans($cycleId: ID!, $territoryId: ID, $status: CallPlanStatus) {
  callPlans(cycleId: $cycleId, territoryId: $territoryId, status: $status) {
    ...CallPlanFields
  }
}
    fragment CallPlanFields on CallPlan {
  id
  territoryId
  territoryName
  region
  reps
  status
  model
  modelVersion
  callsPerDay
  capacity
  plannedCalls
  targetCount
  generatedAt
  generatedBy
  reviewedBy
  reviewedAt
  reviewComment
  version
  droppedCount
  cycle {
    id
    name
    startDate
    endDate
  }
  frequencies {
    segment
    callsPerCycle
  }
  pendingChanges {
    id
    op
    subjectId
    plannedCalls
    reason
    requestedBy
    requestedAt
    status
  }
}`) as unknown as TypedDocumentString<CallPlansQuery, CallPlansQueryVariables>;
export const CallPlanTargetsDocument = new TypedDocumentString(`
    query CallPlanTargets($id: ID!, $notSeen: Boolean, $limit: Int) {
  callPlan(id: $id) {
    id
    targets(notSeen: $notSeen, limit: $limit) {
      subjectId
      subjectKind
      name
      segment
      score
      plannedCalls
      callsMade
      lastCallAt
      origin
      active
      lat
      lon
    }
  }
}
    `) as unknown as TypedDocumentString<CallPlanTargetsQuery, CallPlanTargetsQueryVariables>;
export const ApproveCallPlanDocument = new TypedDocumentString(`
    mutation ApproveCallPlan($id: ID!, $expectedVersion: Int!, $comment: String) {
  approveCallPlan(id: $id, expectedVersion: $expectedVersion, comment: $comment) {
    ...CallPlanFields
  }
}
    fragment CallPlanFields on CallPlan {
  id
  territoryId
  territoryName
  region
  reps
  status
  model
  modelVersion
  callsPerDay
  capacity
  plannedCalls
  targetCount
  generatedAt
  generatedBy
  reviewedBy
  reviewedAt
  reviewComment
  version
  droppedCount
  cycle {
    id
    name
    startDate
    endDate
  }
  frequencies {
    segment
    callsPerCycle
  }
  pendingChanges {
    id
    op
    subjectId
    plannedCalls
    reason
    requestedBy
    requestedAt
    status
  }
}`) as unknown as TypedDocumentString<ApproveCallPlanMutation, ApproveCallPlanMutationVariables>;
export const RejectCallPlanDocument = new TypedDocumentString(`
    mutation RejectCallPlan($id: ID!, $expectedVersion: Int!, $reason: String!) {
  rejectCallPlan(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    ...CallPlanFields
  }
}
    fragment CallPlanFields on CallPlan {
  id
  territoryId
  territoryName
  region
  reps
  status
  model
  modelVersion
  callsPerDay
  capacity
  plannedCalls
  targetCount
  generatedAt
  generatedBy
  reviewedBy
  reviewedAt
  reviewComment
  version
  droppedCount
  cycle {
    id
    name
    startDate
    endDate
  }
  frequencies {
    segment
    callsPerCycle
  }
  pendingChanges {
    id
    op
    subjectId
    plannedCalls
    reason
    requestedBy
    requestedAt
    status
  }
}`) as unknown as TypedDocumentString<RejectCallPlanMutation, RejectCallPlanMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    id
    kind
    name
    detail
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const HierarchyDocument = new TypedDocumentString(`
    query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $asOf: Date, $metric: Metric, $period: String) {
  hierarchy(
    id: $id
    depthUp: $depthUp
    depthDown: $depthDown
    maxNodes: $maxNodes
    asOf: $asOf
    metric: $metric
    period: $period
  ) {
    ...EntityGraphFields
  }
}
    fragment EntityGraphFields on EntityGraph {
  rootId
  truncated
  nodes {
    id
    kind
    name
    detail
    level
    rollup
  }
  edges {
    id
    kind
    source
    target
    weight
    primary
    type
    influence
    version
    flow
  }
}`) as unknown as TypedDocumentString<HierarchyQuery, HierarchyQueryVariables>;
export const HierarchyDiffDocument = new TypedDocumentString(`
    query HierarchyDiff($id: ID!, $from: Date!, $to: Date!) {
  hierarchyDiff(id: $id, from: $from, to: $to) {
    added {
      id
    }
    ended {
      id
    }
    changed {
      after {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HierarchyDiffQuery, HierarchyDiffQueryVariables>;
export const EntityRollupDocument = new TypedDocumentString(`
    query EntityRollup($id: ID!, $metric: Metric!, $period: String!, $asOf: Date) {
  hcps(where: {id: {eq: $id}}) {
    rollup(metric: $metric, period: $period, asOf: $asOf)
  }
  accounts(where: {id: {eq: $id}}) {
    rollup(metric: $metric, period: $period, asOf: $asOf)
  }
  organizations(where: {id: {eq: $id}}) {
    rollup(metric: $metric, period: $period, asOf: $asOf)
  }
  networks(where: {id: {eq: $id}}) {
    rollup(metric: $metric, period: $period, asOf: $asOf)
  }
}
    `) as unknown as TypedDocumentString<EntityRollupQuery, EntityRollupQueryVariables>;
export const MetricPeriodsDocument = new TypedDocumentString(`
    query MetricPeriods {
  metricPeriods
}
    `) as unknown as TypedDocumentString<MetricPeriodsQuery, MetricPeriodsQueryVariables>;
export const InfluenceNetworkDocument = new TypedDocumentString(`
    query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {
  influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) {
    ...EntityGraphFields
    nodes {
      pagerank
      specialty
      metro
    }
  }
}
    fragment EntityGraphFields on EntityGraph {
  rootId
  truncated
  nodes {
    id
    kind
    name
    detail
    level
    rollup
  }
  edges {
    id
    kind
    source
    target
    weight
    primary
    type
    influence
    version
    flow
  }
}`) as unknown as TypedDocumentString<InfluenceNetworkQuery, InfluenceNetworkQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  entityDetails(id: $id) {
    id
    kind
    name
    attributes {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const HcpAnalyticsDocument = new TypedDocumentString(`
    query HcpAnalytics($id: ID!) {
  hcps(where: {id: {eq: $id}}) {
    pagerank
    influencePercentile
    reach
    networkValue
    scores {
      model
      version
      score
      segment
      flags
      explanation {
        key
        label
        raw
        value
        weight
        contribution
        missing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HcpAnalyticsQuery, HcpAnalyticsQueryVariables>;
export const FieldReportDocument = new TypedDocumentString(`
    query FieldReport($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {
  fieldReport(scope: $scope, id: $id, from: $from, to: $to) {
    scope
    id
    from
    to
    kpis {
      ...FieldKpiFields
    }
    byWeek {
      weekStart
      kpis {
        ...FieldKpiFields
      }
    }
    bySegment {
      segment
      kpis {
        ...FieldKpiFields
      }
    }
    byRep {
      repId
      repName
      lateReports
      kpis {
        ...FieldKpiFields
      }
    }
  }
}
    fragment FieldKpiFields on FieldKpis {
  activities
  calls
  activeDays
  daysInField
  callsPerDay
  targets
  targetsSeen
  reach
  expectedCalls
  callsOnTargets
  frequencyAttainment
  coverage
  reportedWithin24h
  missingRequiredFields
}`) as unknown as TypedDocumentString<FieldReportQuery, FieldReportQueryVariables>;
export const LateReportsDocument = new TypedDocumentString(`
    query LateReports($repId: ID, $from: String!, $to: String!, $limit: Int) {
  lateReports(repId: $repId, from: $from, to: $to, limit: $limit) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  repId
  channel
  hcpId
  accountId
  plannedAt
  startedAt
  durationMinutes
  outcome
  products
  keyMessages
  notes
  createdAt
  version
  locked
}`) as unknown as TypedDocumentString<LateReportsQuery, LateReportsQueryVariables>;
export const RollupTableDocument = new TypedDocumentString(`
    query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!, $asOf: Date, $sort: RollupSort, $limit: Int, $offset: Int) {
  rollupTable(
    level: $level
    metric: $metric
    period: $period
    asOf: $asOf
    sort: $sort
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      name
      own
      rollup
    }
  }
}
    `) as unknown as TypedDocumentString<RollupTableQuery, RollupTableQueryVariables>;
export const RollupSummaryDocument = new TypedDocumentString(`
    query RollupSummary($metric: Metric!, $period: String!, $asOf: Date) {
  rollupSummary(metric: $metric, period: $period, asOf: $asOf) {
    metric
    period
    asOf
    totalOwn
    topTotal
    unallocated
    conservationOk
    nodes
    edges
    levels {
      level
      nodes
      own
      rollup
      unallocated
      overAllocated
      unparentedNodes
    }
  }
}
    `) as unknown as TypedDocumentString<RollupSummaryQuery, RollupSummaryQueryVariables>;
export const ScoringModelsDocument = new TypedDocumentString(`
    query ScoringModels {
  scoringModels {
    name
    version
    status
    subject
    definition
    createdBy
    createdAt
    activatedAt
  }
}
    `) as unknown as TypedDocumentString<ScoringModelsQuery, ScoringModelsQueryVariables>;
export const SaveScoringModelDocument = new TypedDocumentString(`
    mutation SaveScoringModel($definition: String!) {
  saveScoringModel(definition: $definition) {
    name
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SaveScoringModelMutation, SaveScoringModelMutationVariables>;
export const SimulateScoringModelDocument = new TypedDocumentString(`
    query SimulateScoringModel($name: String!, $version: Int!) {
  simulateScoringModel(name: $name, version: $version) {
    name
    version
    subject
    activeVersion
    subjects
    changed
    migration {
      from
      to
      subjects
    }
    activeCounts {
      segment
      subjects
    }
    draftCounts {
      segment
      subjects
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateScoringModelQuery, SimulateScoringModelQueryVariables>;
export const ActivateScoringModelDocument = new TypedDocumentString(`
    mutation ActivateScoringModel($name: String!, $version: Int!) {
  activateScoringModel(name: $name, version: $version) {
    name
    version
    subject
    subjects
    counts {
      segment
      subjects
    }
    milliseconds
  }
}
    `) as unknown as TypedDocumentString<ActivateScoringModelMutation, ActivateScoringModelMutationVariables>;