/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminOverview($userFilter: String!, $userIdFilter: ID!, $limit: Int!) {\n    users(where: { OR: [{ name: { contains: $userFilter } }, { id: { contains: $userIdFilter } }] }, limit: $limit, sort: [{ name: ASC }]) {\n      id name email role covers { id } manages { id }\n    }\n    usersConnection { totalCount }\n    territories(limit: 500, sort: [{ region: ASC }, { id: ASC }]) { id name region repsConnection { totalCount } }\n    importJobs(limit: 10) { id kind fileName status phase rowsDone rowsTotal rejected actor startedAt finishedAt }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  fragment PreviewFields on ChangePreview {\n    rollups { entityId metric period before after delta }\n    territories { territoryId metric period delta }\n  }\n": typeof types.PreviewFieldsFragmentDoc,
    "\n  query PreviewChange($operations: String!) {\n    previewChange(operations: $operations) { ...PreviewFields }\n  }\n": typeof types.PreviewChangeDocument,
    "\n  mutation ProposeChange($operations: String!, $reason: String!) {\n    proposeChange(operations: $operations, reason: $reason) { id status }\n  }\n": typeof types.ProposeChangeDocument,
    "\n  query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {\n    changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: $limit) {\n      id status kind reason requesterId createdAt requiresAdmin\n      comments { at }\n    }\n  }\n": typeof types.ChangeRequestsDocument,
    "\n  query ChangeRequest($id: ID!) {\n    changeRequest(id: $id) {\n      id status kind operations reason requesterId createdAt decidedBy decidedAt decisionReason requiresAdmin escalation\n      comments { by at text }\n      diff { op subject before after }\n    }\n  }\n": typeof types.ChangeRequestDocument,
    "\n  query ChangeRequestPreview($id: ID!) {\n    changeRequest(id: $id) { id preview { ...PreviewFields } }\n  }\n": typeof types.ChangeRequestPreviewDocument,
    "\n  query ReviewSummary {\n    reviewSummary {\n      pending pendingRequiringAdmin oldestPendingAt medianHoursToDecision\n      pendingByKind { key count }\n      pendingByLevel { key count }\n      pendingByTerritory { key count }\n      pendingByAge { key count }\n      ratesByKind { key decided approvalRate rejectionRate }\n      ratesByRequester { key decided approvalRate rejectionRate }\n    }\n  }\n": typeof types.ReviewSummaryDocument,
    "\n  mutation CommentOnChange($id: ID!, $text: String!) {\n    commentOnChange(id: $id, text: $text) { id }\n  }\n": typeof types.CommentOnChangeDocument,
    "\n  mutation ApplyChange($operations: String!, $reason: String!) {\n    applyChange(operations: $operations, reason: $reason) { op state }\n  }\n": typeof types.ApplyChangeDocument,
    "\n  query AffiliationVocabulary($childKind: EntityKind!) {\n    affiliationVocabulary(childKind: $childKind) { types influenceLevels { level value } }\n  }\n": typeof types.AffiliationVocabularyDocument,
    "\n  fragment ParentEdgeFields on Affiliation { id weight primary type influence version validFrom validTo }\n": typeof types.ParentEdgeFieldsFragmentDoc,
    "\n  query ParentEdges($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      accountsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n    accounts(where: { id: { eq: $id } }) {\n      organizationsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n  }\n": typeof types.ParentEdgesDocument,
    "\n  mutation EditChange($id: ID!, $operations: String!) {\n    editChange(id: $id, operations: $operations) { id status }\n  }\n": typeof types.EditChangeDocument,
    "\n  mutation ApproveChange($id: ID!) {\n    approveChange(id: $id) { id status }\n  }\n": typeof types.ApproveChangeDocument,
    "\n  mutation RejectChange($id: ID!, $reason: String!) {\n    rejectChange(id: $id, reason: $reason) { id status }\n  }\n": typeof types.RejectChangeDocument,
    "\n  query MyAffiliations {\n    hcps(limit: 300) {\n      id name\n      accountsConnection { edges { properties { id weight primary type version confidence validTo } node { id name } } }\n    }\n  }\n": typeof types.MyAffiliationsDocument,
    "\n  mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {\n    confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) { op state }\n  }\n": typeof types.ConfirmAffiliationDocument,
    "\n  query AuditTrail($id: ID!) {\n    auditTrail(entityId: $id, limit: 50) { id at actor origin action subject fromId toId reason }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query EntityAsOf($id: ID!, $date: Date!) {\n    entityAsOf(id: $id, date: $date) { edges { id childId parentId weight primary type validFrom validTo } }\n  }\n": typeof types.EntityAsOfDocument,
    "\n  fragment ExperienceKpiFields on ExperienceKpis {\n    nps { score band responses promoters passives detractors low high distribution }\n    csat { score responses }\n    engagement { delivered activated rate byChannel { channel delivered activated rate } }\n    retention { period crr start end new }\n  }\n": typeof types.ExperienceKpiFieldsFragmentDoc,
    "\n  fragment ExperienceHeadlineFields on ExperienceKpis {\n    nps { score band responses }\n    csat { score responses }\n    engagement { rate delivered }\n  }\n": typeof types.ExperienceHeadlineFieldsFragmentDoc,
    "\n  query ExperienceReport($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {\n    experience(id: $id, territoryId: $territoryId, region: $region, from: $from, to: $to) {\n      id name kind from to\n      kpis { ...ExperienceKpiFields }\n      trend { month nps { score responses } }\n    }\n  }\n": typeof types.ExperienceReportDocument,
    "\n  query ExperienceSummary($id: ID!, $from: String!, $to: String!) {\n    experience(id: $id, from: $from, to: $to) { id kpis { ...ExperienceHeadlineFields } }\n  }\n": typeof types.ExperienceSummaryDocument,
    "\n  query ExperienceBreakdown($by: ExperienceBreakdownBy!, $from: String!, $to: String!, $model: String) {\n    experienceBreakdown(by: $by, from: $from, to: $to, model: $model) { group kpis { ...ExperienceKpiFields } }\n  }\n": typeof types.ExperienceBreakdownDocument,
    "\n  query ExperienceTable($level: ExperienceLevel!, $from: String!, $to: String!, $sort: ExperienceSort, $descending: Boolean, $limit: Int, $offset: Int) {\n    experienceTable(level: $level, from: $from, to: $to, sort: $sort, descending: $descending, limit: $limit, offset: $offset) {\n      total\n      rows { id name kpis { ...ExperienceHeadlineFields } }\n    }\n  }\n": typeof types.ExperienceTableDocument,
    "\n  query ExperienceDrillDown($id: ID!, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    experienceDrillDown(id: $id, from: $from, to: $to, previousFrom: $previousFrom, previousTo: $previousTo) {\n      parent { id name kind kpis { ...ExperienceHeadlineFields } }\n      previous { nps { score band responses } }\n      children {\n        id name kind weight npsChange npsImpact\n        current { ...ExperienceHeadlineFields }\n        previous { nps { score band responses } }\n      }\n    }\n  }\n": typeof types.ExperienceDrillDownDocument,
    "\n  query ExperienceFilterOptions {\n    territories(sort: [{ name: ASC }], limit: 1000) { id name region }\n    scoringModels { name version status subject }\n  }\n": typeof types.ExperienceFilterOptionsDocument,
    "\n  query JourneyMap($from: String!, $to: String!, $persona: String, $territoryId: ID) {\n    journeyMap(from: $from, to: $to, persona: $persona, territoryId: $territoryId) {\n      hcps\n      cells { stage channel touchpoints }\n      steps { stage hcps convertedToNext conversion dropOff medianDaysToNext }\n    }\n  }\n": typeof types.JourneyMapDocument,
    "\n  fragment ActivityFields on Activity {\n    id repId channel hcpId accountId plannedAt startedAt durationMinutes outcome products keyMessages notes createdAt version locked\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  mutation RecordActivity($idempotencyKey: String!, $activity: ActivityInput!) {\n    recordActivity(idempotencyKey: $idempotencyKey, activity: $activity) { created activity { ...ActivityFields } }\n  }\n": typeof types.RecordActivityDocument,
    "\n  query Activities($repId: ID, $from: String, $to: String, $limit: Int) {\n    activities(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActiveSurveys {\n    surveys(status: ACTIVE) { key version name subject definition }\n  }\n": typeof types.ActiveSurveysDocument,
    "\n  query SurveyAnswers($subjectId: ID!, $survey: String!) {\n    surveyAnswers(subjectId: $subjectId, survey: $survey) { question value }\n  }\n": typeof types.SurveyAnswersDocument,
    "\n  mutation AnswerSurvey($survey: String!, $subjectId: ID!, $answers: String!) {\n    answerSurvey(survey: $survey, subjectId: $subjectId, answers: $answers) { written cleared answers { question value } }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id kind fileName mode snapshot status phase rowsDone rowsTotal rowsRead created updated unchanged endDated rejected\n    problemCount warnings message errorReportUrl\n    problems(limit: 200) { row column value message }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) { ...ImportJobFields }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {\n    startImport(kind: $kind, file: $file, mode: $mode, snapshot: $snapshot, force: $force) { ...ImportJobFields }\n  }\n": typeof types.StartImportDocument,
    "\n  query InfluencePaths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int) {\n    influencePaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {\n      strength\n      nodes { id kind name detail level rollup specialty metro }\n      edges { id kind source target weight primary type influence version flow }\n    }\n  }\n": typeof types.InfluencePathsDocument,
    "\n  query KeyAccounts($metric: Metric!, $period: String!, $limit: Int!) {\n    organizations: rollupTable(level: ORGANIZATION, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    accounts: rollupTable(level: ACCOUNT, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    summary: rollupSummary(metric: $metric, period: $period) { levels { level rollup } }\n  }\n": typeof types.KeyAccountsDocument,
    "\n  fragment WeekPlanFields on WeekPlan {\n    id repId weekStart version reordered distanceKm generatedAt\n    home { lat lon }\n    days {\n      date distanceKm travelMinutes startAt endAt homeInTime\n      visits { subjectId subjectKind name accountId segment lat lon visitMinutes arriveAt startAt endAt travelMinutes distanceKm withinWindow }\n    }\n    unplanned { subjectId name reason }\n  }\n": typeof types.WeekPlanFieldsFragmentDoc,
    "\n  query WeekPlan($weekStart: String!, $repId: ID) {\n    weekPlan(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n": typeof types.WeekPlanDocument,
    "\n  mutation PlanWeek($weekStart: String!, $repId: ID) {\n    planWeek(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n": typeof types.PlanWeekDocument,
    "\n  mutation ReorderDay($weekStart: String!, $date: String!, $order: [ID!]!, $expectedVersion: Int!) {\n    reorderDay(weekStart: $weekStart, date: $date, order: $order, expectedVersion: $expectedVersion) { ...WeekPlanFields }\n  }\n": typeof types.ReorderDayDocument,
    "\n  query Cycles {\n    cycles { id name startDate endDate workingDays }\n  }\n": typeof types.CyclesDocument,
    "\n  fragment CallPlanFields on CallPlan {\n    id territoryId territoryName region reps status model modelVersion callsPerDay capacity plannedCalls targetCount\n    generatedAt generatedBy reviewedBy reviewedAt reviewComment version droppedCount\n    cycle { id name startDate endDate }\n    frequencies { segment callsPerCycle }\n    pendingChanges { id op subjectId plannedCalls reason requestedBy requestedAt status }\n  }\n": typeof types.CallPlanFieldsFragmentDoc,
    "\n  query CallPlans($cycleId: ID!, $territoryId: ID, $status: CallPlanStatus) {\n    callPlans(cycleId: $cycleId, territoryId: $territoryId, status: $status) { ...CallPlanFields }\n  }\n": typeof types.CallPlansDocument,
    "\n  query CallPlanTargets($id: ID!, $notSeen: Boolean, $limit: Int) {\n    callPlan(id: $id) {\n      id\n      targets(notSeen: $notSeen, limit: $limit) { subjectId subjectKind name segment score plannedCalls callsMade lastCallAt origin active lat lon }\n    }\n  }\n": typeof types.CallPlanTargetsDocument,
    "\n  mutation ApproveCallPlan($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveCallPlan(id: $id, expectedVersion: $expectedVersion, comment: $comment) { ...CallPlanFields }\n  }\n": typeof types.ApproveCallPlanDocument,
    "\n  mutation RejectCallPlan($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectCallPlan(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ...CallPlanFields }\n  }\n": typeof types.RejectCallPlanDocument,
    "\n  fragment EntityGraphFields on EntityGraph {\n    rootId\n    truncated\n    nodes { id kind name detail level rollup }\n    edges { id kind source target weight primary type influence version flow }\n  }\n": typeof types.EntityGraphFieldsFragmentDoc,
    "\n  query Search($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) { id kind name detail score }\n  }\n": typeof types.SearchDocument,
    "\n  query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $asOf: Date, $metric: Metric, $period: String) {\n    hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes, asOf: $asOf, metric: $metric, period: $period) {\n      ...EntityGraphFields\n    }\n  }\n": typeof types.HierarchyDocument,
    "\n  query HierarchyDiff($id: ID!, $from: Date!, $to: Date!) {\n    hierarchyDiff(id: $id, from: $from, to: $to) { added { id } ended { id } changed { after { id } } }\n  }\n": typeof types.HierarchyDiffDocument,
    "\n  query EntityRollup($id: ID!, $metric: Metric!, $period: String!, $asOf: Date) {\n    hcps(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    accounts(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    organizations(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    networks(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n  }\n": typeof types.EntityRollupDocument,
    "\n  query MetricPeriods { metricPeriods }\n": typeof types.MetricPeriodsDocument,
    "\n  query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {\n    influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ...EntityGraphFields nodes { pagerank specialty metro } }\n  }\n": typeof types.InfluenceNetworkDocument,
    "\n  query EntityDetails($id: ID!) {\n    entityDetails(id: $id) { id kind name attributes { key value } }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query HcpAnalytics($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      pagerank influencePercentile reach networkValue\n      scores { model version score segment flags explanation { key label raw value weight contribution missing } }\n    }\n  }\n": typeof types.HcpAnalyticsDocument,
    "\n  fragment FieldKpiFields on FieldKpis {\n    activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets\n    frequencyAttainment coverage reportedWithin24h missingRequiredFields\n  }\n": typeof types.FieldKpiFieldsFragmentDoc,
    "\n  query FieldReport($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {\n    fieldReport(scope: $scope, id: $id, from: $from, to: $to) {\n      scope id from to\n      kpis { ...FieldKpiFields }\n      byWeek { weekStart kpis { ...FieldKpiFields } }\n      bySegment { segment kpis { ...FieldKpiFields } }\n      byRep { repId repName lateReports kpis { ...FieldKpiFields } }\n    }\n  }\n": typeof types.FieldReportDocument,
    "\n  query LateReports($repId: ID, $from: String!, $to: String!, $limit: Int) {\n    lateReports(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n": typeof types.LateReportsDocument,
    "\n  query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!, $asOf: Date, $sort: RollupSort, $limit: Int, $offset: Int) {\n    rollupTable(level: $level, metric: $metric, period: $period, asOf: $asOf, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      rows { id name own rollup }\n    }\n  }\n": typeof types.RollupTableDocument,
    "\n  query RollupSummary($metric: Metric!, $period: String!, $asOf: Date) {\n    rollupSummary(metric: $metric, period: $period, asOf: $asOf) {\n      metric period asOf totalOwn topTotal unallocated conservationOk nodes edges\n      levels { level nodes own rollup unallocated overAllocated unparentedNodes }\n    }\n  }\n": typeof types.RollupSummaryDocument,
    "\n  query ScoringModels {\n    scoringModels { name version status subject definition createdBy createdAt activatedAt }\n  }\n": typeof types.ScoringModelsDocument,
    "\n  mutation SaveScoringModel($definition: String!) {\n    saveScoringModel(definition: $definition) { name version status }\n  }\n": typeof types.SaveScoringModelDocument,
    "\n  query SimulateScoringModel($name: String!, $version: Int!) {\n    simulateScoringModel(name: $name, version: $version) {\n      name version subject activeVersion subjects changed\n      migration { from to subjects }\n      activeCounts { segment subjects }\n      draftCounts { segment subjects }\n    }\n  }\n": typeof types.SimulateScoringModelDocument,
    "\n  mutation ActivateScoringModel($name: String!, $version: Int!) {\n    activateScoringModel(name: $name, version: $version) { name version subject subjects counts { segment subjects } milliseconds }\n  }\n": typeof types.ActivateScoringModelDocument,
};
const documents: Documents = {
    "\n  query AdminOverview($userFilter: String!, $userIdFilter: ID!, $limit: Int!) {\n    users(where: { OR: [{ name: { contains: $userFilter } }, { id: { contains: $userIdFilter } }] }, limit: $limit, sort: [{ name: ASC }]) {\n      id name email role covers { id } manages { id }\n    }\n    usersConnection { totalCount }\n    territories(limit: 500, sort: [{ region: ASC }, { id: ASC }]) { id name region repsConnection { totalCount } }\n    importJobs(limit: 10) { id kind fileName status phase rowsDone rowsTotal rejected actor startedAt finishedAt }\n  }\n": types.AdminOverviewDocument,
    "\n  fragment PreviewFields on ChangePreview {\n    rollups { entityId metric period before after delta }\n    territories { territoryId metric period delta }\n  }\n": types.PreviewFieldsFragmentDoc,
    "\n  query PreviewChange($operations: String!) {\n    previewChange(operations: $operations) { ...PreviewFields }\n  }\n": types.PreviewChangeDocument,
    "\n  mutation ProposeChange($operations: String!, $reason: String!) {\n    proposeChange(operations: $operations, reason: $reason) { id status }\n  }\n": types.ProposeChangeDocument,
    "\n  query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {\n    changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: $limit) {\n      id status kind reason requesterId createdAt requiresAdmin\n      comments { at }\n    }\n  }\n": types.ChangeRequestsDocument,
    "\n  query ChangeRequest($id: ID!) {\n    changeRequest(id: $id) {\n      id status kind operations reason requesterId createdAt decidedBy decidedAt decisionReason requiresAdmin escalation\n      comments { by at text }\n      diff { op subject before after }\n    }\n  }\n": types.ChangeRequestDocument,
    "\n  query ChangeRequestPreview($id: ID!) {\n    changeRequest(id: $id) { id preview { ...PreviewFields } }\n  }\n": types.ChangeRequestPreviewDocument,
    "\n  query ReviewSummary {\n    reviewSummary {\n      pending pendingRequiringAdmin oldestPendingAt medianHoursToDecision\n      pendingByKind { key count }\n      pendingByLevel { key count }\n      pendingByTerritory { key count }\n      pendingByAge { key count }\n      ratesByKind { key decided approvalRate rejectionRate }\n      ratesByRequester { key decided approvalRate rejectionRate }\n    }\n  }\n": types.ReviewSummaryDocument,
    "\n  mutation CommentOnChange($id: ID!, $text: String!) {\n    commentOnChange(id: $id, text: $text) { id }\n  }\n": types.CommentOnChangeDocument,
    "\n  mutation ApplyChange($operations: String!, $reason: String!) {\n    applyChange(operations: $operations, reason: $reason) { op state }\n  }\n": types.ApplyChangeDocument,
    "\n  query AffiliationVocabulary($childKind: EntityKind!) {\n    affiliationVocabulary(childKind: $childKind) { types influenceLevels { level value } }\n  }\n": types.AffiliationVocabularyDocument,
    "\n  fragment ParentEdgeFields on Affiliation { id weight primary type influence version validFrom validTo }\n": types.ParentEdgeFieldsFragmentDoc,
    "\n  query ParentEdges($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      accountsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n    accounts(where: { id: { eq: $id } }) {\n      organizationsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n  }\n": types.ParentEdgesDocument,
    "\n  mutation EditChange($id: ID!, $operations: String!) {\n    editChange(id: $id, operations: $operations) { id status }\n  }\n": types.EditChangeDocument,
    "\n  mutation ApproveChange($id: ID!) {\n    approveChange(id: $id) { id status }\n  }\n": types.ApproveChangeDocument,
    "\n  mutation RejectChange($id: ID!, $reason: String!) {\n    rejectChange(id: $id, reason: $reason) { id status }\n  }\n": types.RejectChangeDocument,
    "\n  query MyAffiliations {\n    hcps(limit: 300) {\n      id name\n      accountsConnection { edges { properties { id weight primary type version confidence validTo } node { id name } } }\n    }\n  }\n": types.MyAffiliationsDocument,
    "\n  mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {\n    confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) { op state }\n  }\n": types.ConfirmAffiliationDocument,
    "\n  query AuditTrail($id: ID!) {\n    auditTrail(entityId: $id, limit: 50) { id at actor origin action subject fromId toId reason }\n  }\n": types.AuditTrailDocument,
    "\n  query EntityAsOf($id: ID!, $date: Date!) {\n    entityAsOf(id: $id, date: $date) { edges { id childId parentId weight primary type validFrom validTo } }\n  }\n": types.EntityAsOfDocument,
    "\n  fragment ExperienceKpiFields on ExperienceKpis {\n    nps { score band responses promoters passives detractors low high distribution }\n    csat { score responses }\n    engagement { delivered activated rate byChannel { channel delivered activated rate } }\n    retention { period crr start end new }\n  }\n": types.ExperienceKpiFieldsFragmentDoc,
    "\n  fragment ExperienceHeadlineFields on ExperienceKpis {\n    nps { score band responses }\n    csat { score responses }\n    engagement { rate delivered }\n  }\n": types.ExperienceHeadlineFieldsFragmentDoc,
    "\n  query ExperienceReport($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {\n    experience(id: $id, territoryId: $territoryId, region: $region, from: $from, to: $to) {\n      id name kind from to\n      kpis { ...ExperienceKpiFields }\n      trend { month nps { score responses } }\n    }\n  }\n": types.ExperienceReportDocument,
    "\n  query ExperienceSummary($id: ID!, $from: String!, $to: String!) {\n    experience(id: $id, from: $from, to: $to) { id kpis { ...ExperienceHeadlineFields } }\n  }\n": types.ExperienceSummaryDocument,
    "\n  query ExperienceBreakdown($by: ExperienceBreakdownBy!, $from: String!, $to: String!, $model: String) {\n    experienceBreakdown(by: $by, from: $from, to: $to, model: $model) { group kpis { ...ExperienceKpiFields } }\n  }\n": types.ExperienceBreakdownDocument,
    "\n  query ExperienceTable($level: ExperienceLevel!, $from: String!, $to: String!, $sort: ExperienceSort, $descending: Boolean, $limit: Int, $offset: Int) {\n    experienceTable(level: $level, from: $from, to: $to, sort: $sort, descending: $descending, limit: $limit, offset: $offset) {\n      total\n      rows { id name kpis { ...ExperienceHeadlineFields } }\n    }\n  }\n": types.ExperienceTableDocument,
    "\n  query ExperienceDrillDown($id: ID!, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    experienceDrillDown(id: $id, from: $from, to: $to, previousFrom: $previousFrom, previousTo: $previousTo) {\n      parent { id name kind kpis { ...ExperienceHeadlineFields } }\n      previous { nps { score band responses } }\n      children {\n        id name kind weight npsChange npsImpact\n        current { ...ExperienceHeadlineFields }\n        previous { nps { score band responses } }\n      }\n    }\n  }\n": types.ExperienceDrillDownDocument,
    "\n  query ExperienceFilterOptions {\n    territories(sort: [{ name: ASC }], limit: 1000) { id name region }\n    scoringModels { name version status subject }\n  }\n": types.ExperienceFilterOptionsDocument,
    "\n  query JourneyMap($from: String!, $to: String!, $persona: String, $territoryId: ID) {\n    journeyMap(from: $from, to: $to, persona: $persona, territoryId: $territoryId) {\n      hcps\n      cells { stage channel touchpoints }\n      steps { stage hcps convertedToNext conversion dropOff medianDaysToNext }\n    }\n  }\n": types.JourneyMapDocument,
    "\n  fragment ActivityFields on Activity {\n    id repId channel hcpId accountId plannedAt startedAt durationMinutes outcome products keyMessages notes createdAt version locked\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  mutation RecordActivity($idempotencyKey: String!, $activity: ActivityInput!) {\n    recordActivity(idempotencyKey: $idempotencyKey, activity: $activity) { created activity { ...ActivityFields } }\n  }\n": types.RecordActivityDocument,
    "\n  query Activities($repId: ID, $from: String, $to: String, $limit: Int) {\n    activities(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n": types.ActivitiesDocument,
    "\n  query ActiveSurveys {\n    surveys(status: ACTIVE) { key version name subject definition }\n  }\n": types.ActiveSurveysDocument,
    "\n  query SurveyAnswers($subjectId: ID!, $survey: String!) {\n    surveyAnswers(subjectId: $subjectId, survey: $survey) { question value }\n  }\n": types.SurveyAnswersDocument,
    "\n  mutation AnswerSurvey($survey: String!, $subjectId: ID!, $answers: String!) {\n    answerSurvey(survey: $survey, subjectId: $subjectId, answers: $answers) { written cleared answers { question value } }\n  }\n": types.AnswerSurveyDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id kind fileName mode snapshot status phase rowsDone rowsTotal rowsRead created updated unchanged endDated rejected\n    problemCount warnings message errorReportUrl\n    problems(limit: 200) { row column value message }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) { ...ImportJobFields }\n  }\n": types.ImportJobDocument,
    "\n  mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {\n    startImport(kind: $kind, file: $file, mode: $mode, snapshot: $snapshot, force: $force) { ...ImportJobFields }\n  }\n": types.StartImportDocument,
    "\n  query InfluencePaths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int) {\n    influencePaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {\n      strength\n      nodes { id kind name detail level rollup specialty metro }\n      edges { id kind source target weight primary type influence version flow }\n    }\n  }\n": types.InfluencePathsDocument,
    "\n  query KeyAccounts($metric: Metric!, $period: String!, $limit: Int!) {\n    organizations: rollupTable(level: ORGANIZATION, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    accounts: rollupTable(level: ACCOUNT, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    summary: rollupSummary(metric: $metric, period: $period) { levels { level rollup } }\n  }\n": types.KeyAccountsDocument,
    "\n  fragment WeekPlanFields on WeekPlan {\n    id repId weekStart version reordered distanceKm generatedAt\n    home { lat lon }\n    days {\n      date distanceKm travelMinutes startAt endAt homeInTime\n      visits { subjectId subjectKind name accountId segment lat lon visitMinutes arriveAt startAt endAt travelMinutes distanceKm withinWindow }\n    }\n    unplanned { subjectId name reason }\n  }\n": types.WeekPlanFieldsFragmentDoc,
    "\n  query WeekPlan($weekStart: String!, $repId: ID) {\n    weekPlan(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n": types.WeekPlanDocument,
    "\n  mutation PlanWeek($weekStart: String!, $repId: ID) {\n    planWeek(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n": types.PlanWeekDocument,
    "\n  mutation ReorderDay($weekStart: String!, $date: String!, $order: [ID!]!, $expectedVersion: Int!) {\n    reorderDay(weekStart: $weekStart, date: $date, order: $order, expectedVersion: $expectedVersion) { ...WeekPlanFields }\n  }\n": types.ReorderDayDocument,
    "\n  query Cycles {\n    cycles { id name startDate endDate workingDays }\n  }\n": types.CyclesDocument,
    "\n  fragment CallPlanFields on CallPlan {\n    id territoryId territoryName region reps status model modelVersion callsPerDay capacity plannedCalls targetCount\n    generatedAt generatedBy reviewedBy reviewedAt reviewComment version droppedCount\n    cycle { id name startDate endDate }\n    frequencies { segment callsPerCycle }\n    pendingChanges { id op subjectId plannedCalls reason requestedBy requestedAt status }\n  }\n": types.CallPlanFieldsFragmentDoc,
    "\n  query CallPlans($cycleId: ID!, $territoryId: ID, $status: CallPlanStatus) {\n    callPlans(cycleId: $cycleId, territoryId: $territoryId, status: $status) { ...CallPlanFields }\n  }\n": types.CallPlansDocument,
    "\n  query CallPlanTargets($id: ID!, $notSeen: Boolean, $limit: Int) {\n    callPlan(id: $id) {\n      id\n      targets(notSeen: $notSeen, limit: $limit) { subjectId subjectKind name segment score plannedCalls callsMade lastCallAt origin active lat lon }\n    }\n  }\n": types.CallPlanTargetsDocument,
    "\n  mutation ApproveCallPlan($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveCallPlan(id: $id, expectedVersion: $expectedVersion, comment: $comment) { ...CallPlanFields }\n  }\n": types.ApproveCallPlanDocument,
    "\n  mutation RejectCallPlan($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectCallPlan(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ...CallPlanFields }\n  }\n": types.RejectCallPlanDocument,
    "\n  fragment EntityGraphFields on EntityGraph {\n    rootId\n    truncated\n    nodes { id kind name detail level rollup }\n    edges { id kind source target weight primary type influence version flow }\n  }\n": types.EntityGraphFieldsFragmentDoc,
    "\n  query Search($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) { id kind name detail score }\n  }\n": types.SearchDocument,
    "\n  query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $asOf: Date, $metric: Metric, $period: String) {\n    hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes, asOf: $asOf, metric: $metric, period: $period) {\n      ...EntityGraphFields\n    }\n  }\n": types.HierarchyDocument,
    "\n  query HierarchyDiff($id: ID!, $from: Date!, $to: Date!) {\n    hierarchyDiff(id: $id, from: $from, to: $to) { added { id } ended { id } changed { after { id } } }\n  }\n": types.HierarchyDiffDocument,
    "\n  query EntityRollup($id: ID!, $metric: Metric!, $period: String!, $asOf: Date) {\n    hcps(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    accounts(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    organizations(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    networks(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n  }\n": types.EntityRollupDocument,
    "\n  query MetricPeriods { metricPeriods }\n": types.MetricPeriodsDocument,
    "\n  query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {\n    influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ...EntityGraphFields nodes { pagerank specialty metro } }\n  }\n": types.InfluenceNetworkDocument,
    "\n  query EntityDetails($id: ID!) {\n    entityDetails(id: $id) { id kind name attributes { key value } }\n  }\n": types.EntityDetailsDocument,
    "\n  query HcpAnalytics($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      pagerank influencePercentile reach networkValue\n      scores { model version score segment flags explanation { key label raw value weight contribution missing } }\n    }\n  }\n": types.HcpAnalyticsDocument,
    "\n  fragment FieldKpiFields on FieldKpis {\n    activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets\n    frequencyAttainment coverage reportedWithin24h missingRequiredFields\n  }\n": types.FieldKpiFieldsFragmentDoc,
    "\n  query FieldReport($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {\n    fieldReport(scope: $scope, id: $id, from: $from, to: $to) {\n      scope id from to\n      kpis { ...FieldKpiFields }\n      byWeek { weekStart kpis { ...FieldKpiFields } }\n      bySegment { segment kpis { ...FieldKpiFields } }\n      byRep { repId repName lateReports kpis { ...FieldKpiFields } }\n    }\n  }\n": types.FieldReportDocument,
    "\n  query LateReports($repId: ID, $from: String!, $to: String!, $limit: Int) {\n    lateReports(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n": types.LateReportsDocument,
    "\n  query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!, $asOf: Date, $sort: RollupSort, $limit: Int, $offset: Int) {\n    rollupTable(level: $level, metric: $metric, period: $period, asOf: $asOf, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      rows { id name own rollup }\n    }\n  }\n": types.RollupTableDocument,
    "\n  query RollupSummary($metric: Metric!, $period: String!, $asOf: Date) {\n    rollupSummary(metric: $metric, period: $period, asOf: $asOf) {\n      metric period asOf totalOwn topTotal unallocated conservationOk nodes edges\n      levels { level nodes own rollup unallocated overAllocated unparentedNodes }\n    }\n  }\n": types.RollupSummaryDocument,
    "\n  query ScoringModels {\n    scoringModels { name version status subject definition createdBy createdAt activatedAt }\n  }\n": types.ScoringModelsDocument,
    "\n  mutation SaveScoringModel($definition: String!) {\n    saveScoringModel(definition: $definition) { name version status }\n  }\n": types.SaveScoringModelDocument,
    "\n  query SimulateScoringModel($name: String!, $version: Int!) {\n    simulateScoringModel(name: $name, version: $version) {\n      name version subject activeVersion subjects changed\n      migration { from to subjects }\n      activeCounts { segment subjects }\n      draftCounts { segment subjects }\n    }\n  }\n": types.SimulateScoringModelDocument,
    "\n  mutation ActivateScoringModel($name: String!, $version: Int!) {\n    activateScoringModel(name: $name, version: $version) { name version subject subjects counts { segment subjects } milliseconds }\n  }\n": types.ActivateScoringModelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview($userFilter: String!, $userIdFilter: ID!, $limit: Int!) {\n    users(where: { OR: [{ name: { contains: $userFilter } }, { id: { contains: $userIdFilter } }] }, limit: $limit, sort: [{ name: ASC }]) {\n      id name email role covers { id } manages { id }\n    }\n    usersConnection { totalCount }\n    territories(limit: 500, sort: [{ region: ASC }, { id: ASC }]) { id name region repsConnection { totalCount } }\n    importJobs(limit: 10) { id kind fileName status phase rowsDone rowsTotal rejected actor startedAt finishedAt }\n  }\n"): typeof import('./graphql.ts').AdminOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreviewFields on ChangePreview {\n    rollups { entityId metric period before after delta }\n    territories { territoryId metric period delta }\n  }\n"): typeof import('./graphql.ts').PreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewChange($operations: String!) {\n    previewChange(operations: $operations) { ...PreviewFields }\n  }\n"): typeof import('./graphql.ts').PreviewChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeChange($operations: String!, $reason: String!) {\n    proposeChange(operations: $operations, reason: $reason) { id status }\n  }\n"): typeof import('./graphql.ts').ProposeChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequests($status: ChangeStatus, $kind: String, $territory: String, $minAgeDays: Int, $limit: Int!) {\n    changeRequests(status: $status, kind: $kind, territory: $territory, minAgeDays: $minAgeDays, limit: $limit) {\n      id status kind reason requesterId createdAt requiresAdmin\n      comments { at }\n    }\n  }\n"): typeof import('./graphql.ts').ChangeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequest($id: ID!) {\n    changeRequest(id: $id) {\n      id status kind operations reason requesterId createdAt decidedBy decidedAt decisionReason requiresAdmin escalation\n      comments { by at text }\n      diff { op subject before after }\n    }\n  }\n"): typeof import('./graphql.ts').ChangeRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestPreview($id: ID!) {\n    changeRequest(id: $id) { id preview { ...PreviewFields } }\n  }\n"): typeof import('./graphql.ts').ChangeRequestPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSummary {\n    reviewSummary {\n      pending pendingRequiringAdmin oldestPendingAt medianHoursToDecision\n      pendingByKind { key count }\n      pendingByLevel { key count }\n      pendingByTerritory { key count }\n      pendingByAge { key count }\n      ratesByKind { key decided approvalRate rejectionRate }\n      ratesByRequester { key decided approvalRate rejectionRate }\n    }\n  }\n"): typeof import('./graphql.ts').ReviewSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnChange($id: ID!, $text: String!) {\n    commentOnChange(id: $id, text: $text) { id }\n  }\n"): typeof import('./graphql.ts').CommentOnChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyChange($operations: String!, $reason: String!) {\n    applyChange(operations: $operations, reason: $reason) { op state }\n  }\n"): typeof import('./graphql.ts').ApplyChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliationVocabulary($childKind: EntityKind!) {\n    affiliationVocabulary(childKind: $childKind) { types influenceLevels { level value } }\n  }\n"): typeof import('./graphql.ts').AffiliationVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParentEdgeFields on Affiliation { id weight primary type influence version validFrom validTo }\n"): typeof import('./graphql.ts').ParentEdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParentEdges($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      accountsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n    accounts(where: { id: { eq: $id } }) {\n      organizationsConnection { edges { properties { ...ParentEdgeFields } node { id name } } }\n    }\n  }\n"): typeof import('./graphql.ts').ParentEdgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditChange($id: ID!, $operations: String!) {\n    editChange(id: $id, operations: $operations) { id status }\n  }\n"): typeof import('./graphql.ts').EditChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveChange($id: ID!) {\n    approveChange(id: $id) { id status }\n  }\n"): typeof import('./graphql.ts').ApproveChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectChange($id: ID!, $reason: String!) {\n    rejectChange(id: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql.ts').RejectChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAffiliations {\n    hcps(limit: 300) {\n      id name\n      accountsConnection { edges { properties { id weight primary type version confidence validTo } node { id name } } }\n    }\n  }\n"): typeof import('./graphql.ts').MyAffiliationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAffiliation($edgeId: ID!, $expectedVersion: Int!) {\n    confirmAffiliation(edgeId: $edgeId, expectedVersion: $expectedVersion) { op state }\n  }\n"): typeof import('./graphql.ts').ConfirmAffiliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($id: ID!) {\n    auditTrail(entityId: $id, limit: 50) { id at actor origin action subject fromId toId reason }\n  }\n"): typeof import('./graphql.ts').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityAsOf($id: ID!, $date: Date!) {\n    entityAsOf(id: $id, date: $date) { edges { id childId parentId weight primary type validFrom validTo } }\n  }\n"): typeof import('./graphql.ts').EntityAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExperienceKpiFields on ExperienceKpis {\n    nps { score band responses promoters passives detractors low high distribution }\n    csat { score responses }\n    engagement { delivered activated rate byChannel { channel delivered activated rate } }\n    retention { period crr start end new }\n  }\n"): typeof import('./graphql.ts').ExperienceKpiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExperienceHeadlineFields on ExperienceKpis {\n    nps { score band responses }\n    csat { score responses }\n    engagement { rate delivered }\n  }\n"): typeof import('./graphql.ts').ExperienceHeadlineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceReport($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {\n    experience(id: $id, territoryId: $territoryId, region: $region, from: $from, to: $to) {\n      id name kind from to\n      kpis { ...ExperienceKpiFields }\n      trend { month nps { score responses } }\n    }\n  }\n"): typeof import('./graphql.ts').ExperienceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceSummary($id: ID!, $from: String!, $to: String!) {\n    experience(id: $id, from: $from, to: $to) { id kpis { ...ExperienceHeadlineFields } }\n  }\n"): typeof import('./graphql.ts').ExperienceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceBreakdown($by: ExperienceBreakdownBy!, $from: String!, $to: String!, $model: String) {\n    experienceBreakdown(by: $by, from: $from, to: $to, model: $model) { group kpis { ...ExperienceKpiFields } }\n  }\n"): typeof import('./graphql.ts').ExperienceBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceTable($level: ExperienceLevel!, $from: String!, $to: String!, $sort: ExperienceSort, $descending: Boolean, $limit: Int, $offset: Int) {\n    experienceTable(level: $level, from: $from, to: $to, sort: $sort, descending: $descending, limit: $limit, offset: $offset) {\n      total\n      rows { id name kpis { ...ExperienceHeadlineFields } }\n    }\n  }\n"): typeof import('./graphql.ts').ExperienceTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceDrillDown($id: ID!, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {\n    experienceDrillDown(id: $id, from: $from, to: $to, previousFrom: $previousFrom, previousTo: $previousTo) {\n      parent { id name kind kpis { ...ExperienceHeadlineFields } }\n      previous { nps { score band responses } }\n      children {\n        id name kind weight npsChange npsImpact\n        current { ...ExperienceHeadlineFields }\n        previous { nps { score band responses } }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ExperienceDrillDownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperienceFilterOptions {\n    territories(sort: [{ name: ASC }], limit: 1000) { id name region }\n    scoringModels { name version status subject }\n  }\n"): typeof import('./graphql.ts').ExperienceFilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyMap($from: String!, $to: String!, $persona: String, $territoryId: ID) {\n    journeyMap(from: $from, to: $to, persona: $persona, territoryId: $territoryId) {\n      hcps\n      cells { stage channel touchpoints }\n      steps { stage hcps convertedToNext conversion dropOff medianDaysToNext }\n    }\n  }\n"): typeof import('./graphql.ts').JourneyMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id repId channel hcpId accountId plannedAt startedAt durationMinutes outcome products keyMessages notes createdAt version locked\n  }\n"): typeof import('./graphql.ts').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActivity($idempotencyKey: String!, $activity: ActivityInput!) {\n    recordActivity(idempotencyKey: $idempotencyKey, activity: $activity) { created activity { ...ActivityFields } }\n  }\n"): typeof import('./graphql.ts').RecordActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($repId: ID, $from: String, $to: String, $limit: Int) {\n    activities(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n"): typeof import('./graphql.ts').ActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveSurveys {\n    surveys(status: ACTIVE) { key version name subject definition }\n  }\n"): typeof import('./graphql.ts').ActiveSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAnswers($subjectId: ID!, $survey: String!) {\n    surveyAnswers(subjectId: $subjectId, survey: $survey) { question value }\n  }\n"): typeof import('./graphql.ts').SurveyAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($survey: String!, $subjectId: ID!, $answers: String!) {\n    answerSurvey(survey: $survey, subjectId: $subjectId, answers: $answers) { written cleared answers { question value } }\n  }\n"): typeof import('./graphql.ts').AnswerSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id kind fileName mode snapshot status phase rowsDone rowsTotal rowsRead created updated unchanged endDated rejected\n    problemCount warnings message errorReportUrl\n    problems(limit: 200) { row column value message }\n  }\n"): typeof import('./graphql.ts').ImportJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) { ...ImportJobFields }\n  }\n"): typeof import('./graphql.ts').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($file: File!, $kind: ImportKind!, $mode: ImportMode!, $snapshot: Boolean!, $force: Boolean!) {\n    startImport(kind: $kind, file: $file, mode: $mode, snapshot: $snapshot, force: $force) { ...ImportJobFields }\n  }\n"): typeof import('./graphql.ts').StartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfluencePaths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int) {\n    influencePaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit) {\n      strength\n      nodes { id kind name detail level rollup specialty metro }\n      edges { id kind source target weight primary type influence version flow }\n    }\n  }\n"): typeof import('./graphql.ts').InfluencePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyAccounts($metric: Metric!, $period: String!, $limit: Int!) {\n    organizations: rollupTable(level: ORGANIZATION, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    accounts: rollupTable(level: ACCOUNT, metric: $metric, period: $period, limit: $limit) { total rows { id name own rollup } }\n    summary: rollupSummary(metric: $metric, period: $period) { levels { level rollup } }\n  }\n"): typeof import('./graphql.ts').KeyAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekPlanFields on WeekPlan {\n    id repId weekStart version reordered distanceKm generatedAt\n    home { lat lon }\n    days {\n      date distanceKm travelMinutes startAt endAt homeInTime\n      visits { subjectId subjectKind name accountId segment lat lon visitMinutes arriveAt startAt endAt travelMinutes distanceKm withinWindow }\n    }\n    unplanned { subjectId name reason }\n  }\n"): typeof import('./graphql.ts').WeekPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekPlan($weekStart: String!, $repId: ID) {\n    weekPlan(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n"): typeof import('./graphql.ts').WeekPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanWeek($weekStart: String!, $repId: ID) {\n    planWeek(weekStart: $weekStart, repId: $repId) { ...WeekPlanFields }\n  }\n"): typeof import('./graphql.ts').PlanWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderDay($weekStart: String!, $date: String!, $order: [ID!]!, $expectedVersion: Int!) {\n    reorderDay(weekStart: $weekStart, date: $date, order: $order, expectedVersion: $expectedVersion) { ...WeekPlanFields }\n  }\n"): typeof import('./graphql.ts').ReorderDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cycles {\n    cycles { id name startDate endDate workingDays }\n  }\n"): typeof import('./graphql.ts').CyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallPlanFields on CallPlan {\n    id territoryId territoryName region reps status model modelVersion callsPerDay capacity plannedCalls targetCount\n    generatedAt generatedBy reviewedBy reviewedAt reviewComment version droppedCount\n    cycle { id name startDate endDate }\n    frequencies { segment callsPerCycle }\n    pendingChanges { id op subjectId plannedCalls reason requestedBy requestedAt status }\n  }\n"): typeof import('./graphql.ts').CallPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallPlans($cycleId: ID!, $territoryId: ID, $status: CallPlanStatus) {\n    callPlans(cycleId: $cycleId, territoryId: $territoryId, status: $status) { ...CallPlanFields }\n  }\n"): typeof import('./graphql.ts').CallPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallPlanTargets($id: ID!, $notSeen: Boolean, $limit: Int) {\n    callPlan(id: $id) {\n      id\n      targets(notSeen: $notSeen, limit: $limit) { subjectId subjectKind name segment score plannedCalls callsMade lastCallAt origin active lat lon }\n    }\n  }\n"): typeof import('./graphql.ts').CallPlanTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCallPlan($id: ID!, $expectedVersion: Int!, $comment: String) {\n    approveCallPlan(id: $id, expectedVersion: $expectedVersion, comment: $comment) { ...CallPlanFields }\n  }\n"): typeof import('./graphql.ts').ApproveCallPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCallPlan($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectCallPlan(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ...CallPlanFields }\n  }\n"): typeof import('./graphql.ts').RejectCallPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityGraphFields on EntityGraph {\n    rootId\n    truncated\n    nodes { id kind name detail level rollup }\n    edges { id kind source target weight primary type influence version flow }\n  }\n"): typeof import('./graphql.ts').EntityGraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) { id kind name detail score }\n  }\n"): typeof import('./graphql.ts').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hierarchy($id: ID!, $depthUp: Int, $depthDown: Int, $maxNodes: Int, $asOf: Date, $metric: Metric, $period: String) {\n    hierarchy(id: $id, depthUp: $depthUp, depthDown: $depthDown, maxNodes: $maxNodes, asOf: $asOf, metric: $metric, period: $period) {\n      ...EntityGraphFields\n    }\n  }\n"): typeof import('./graphql.ts').HierarchyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyDiff($id: ID!, $from: Date!, $to: Date!) {\n    hierarchyDiff(id: $id, from: $from, to: $to) { added { id } ended { id } changed { after { id } } }\n  }\n"): typeof import('./graphql.ts').HierarchyDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRollup($id: ID!, $metric: Metric!, $period: String!, $asOf: Date) {\n    hcps(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    accounts(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    organizations(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n    networks(where: { id: { eq: $id } }) { rollup(metric: $metric, period: $period, asOf: $asOf) }\n  }\n"): typeof import('./graphql.ts').EntityRollupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricPeriods { metricPeriods }\n"): typeof import('./graphql.ts').MetricPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfluenceNetwork($hcpId: ID!, $depth: Int, $maxNodes: Int) {\n    influenceNetwork(hcpId: $hcpId, depth: $depth, maxNodes: $maxNodes) { ...EntityGraphFields nodes { pagerank specialty metro } }\n  }\n"): typeof import('./graphql.ts').InfluenceNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!) {\n    entityDetails(id: $id) { id kind name attributes { key value } }\n  }\n"): typeof import('./graphql.ts').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HcpAnalytics($id: ID!) {\n    hcps(where: { id: { eq: $id } }) {\n      pagerank influencePercentile reach networkValue\n      scores { model version score segment flags explanation { key label raw value weight contribution missing } }\n    }\n  }\n"): typeof import('./graphql.ts').HcpAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldKpiFields on FieldKpis {\n    activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets\n    frequencyAttainment coverage reportedWithin24h missingRequiredFields\n  }\n"): typeof import('./graphql.ts').FieldKpiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldReport($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {\n    fieldReport(scope: $scope, id: $id, from: $from, to: $to) {\n      scope id from to\n      kpis { ...FieldKpiFields }\n      byWeek { weekStart kpis { ...FieldKpiFields } }\n      bySegment { segment kpis { ...FieldKpiFields } }\n      byRep { repId repName lateReports kpis { ...FieldKpiFields } }\n    }\n  }\n"): typeof import('./graphql.ts').FieldReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LateReports($repId: ID, $from: String!, $to: String!, $limit: Int) {\n    lateReports(repId: $repId, from: $from, to: $to, limit: $limit) { ...ActivityFields }\n  }\n"): typeof import('./graphql.ts').LateReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupTable($level: EntityKind!, $metric: Metric!, $period: String!, $asOf: Date, $sort: RollupSort, $limit: Int, $offset: Int) {\n    rollupTable(level: $level, metric: $metric, period: $period, asOf: $asOf, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      rows { id name own rollup }\n    }\n  }\n"): typeof import('./graphql.ts').RollupTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupSummary($metric: Metric!, $period: String!, $asOf: Date) {\n    rollupSummary(metric: $metric, period: $period, asOf: $asOf) {\n      metric period asOf totalOwn topTotal unallocated conservationOk nodes edges\n      levels { level nodes own rollup unallocated overAllocated unparentedNodes }\n    }\n  }\n"): typeof import('./graphql.ts').RollupSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringModels {\n    scoringModels { name version status subject definition createdBy createdAt activatedAt }\n  }\n"): typeof import('./graphql.ts').ScoringModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScoringModel($definition: String!) {\n    saveScoringModel(definition: $definition) { name version status }\n  }\n"): typeof import('./graphql.ts').SaveScoringModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateScoringModel($name: String!, $version: Int!) {\n    simulateScoringModel(name: $name, version: $version) {\n      name version subject activeVersion subjects changed\n      migration { from to subjects }\n      activeCounts { segment subjects }\n      draftCounts { segment subjects }\n    }\n  }\n"): typeof import('./graphql.ts').SimulateScoringModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateScoringModel($name: String!, $version: Int!) {\n    activateScoringModel(name: $name, version: $version) { name version subject subjects counts { segment subjects } milliseconds }\n  }\n"): typeof import('./graphql.ts').ActivateScoringModelDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
