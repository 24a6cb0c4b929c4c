import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { z } from "zod";
import { requireRole } from "../auth/require-role.ts";
import type { RequestContext } from "../graphql/context.ts";
import { DomainError, ErrorCode, parseArgs, parseJsonArgument } from "../graphql/errors.ts";
import { changeContext } from "./change-context.ts";
import {
  applyDirectly,
  approve,
  comment,
  decide,
  edit,
  listRequests,
  outbox,
  propose,
  requestById,
  REVIEWER_ROLES,
  requireInTerritories,
  type ChangeRequestView,
  type ChangeStatus,
} from "./change-requests.ts";
import { auditTrail } from "./audit-trail.ts";
import { reviewSummary } from "./review-summary.ts";
import { entityAsOf, hierarchyDiff } from "./history.ts";
import { UNRESTRICTED_ROLES } from "../model/roles.ts";
import { AFFILIATION_TYPES, INFLUENCE_WORDS } from "../model/vocabulary.ts";
import { ENTITY_KINDS } from "../model/entity-kinds.ts";
import { dateArgSchema as asDate } from "../model/measure-schemas.ts";
import { previewChange } from "./preview-change.ts";
import { operationDiffs } from "./operation-diff.ts";
import type { Operation } from "./operations.ts";
import { CHANGE_KINDS, changeSet } from "./operations.ts";
import { enumTypeDefs, typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";

const PROPOSERS = ["REP", "KAM", "STEWARD", "ADMIN"] as const;

const operationsOf = (raw: string) => parseJsonArgument("operations", raw, changeSet);

/** Previews run the real write path in a transaction that is rolled back. */
const previewContext = (ctx: RequestContext) => changeContext(ctx.jwt, ctx.requestId, "preview");

const reason = z.string().trim().min(1, "is required").max(1000);

/** Most pending change requests a list previews: each preview is one rolled-back write transaction. */
export const MAX_PREVIEWED_REQUESTS = 20;

/** Whether a selection asks for `field` directly or through fragments. */
function selects(set: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some((s) =>
    s.kind === Kind.FIELD
      ? s.name.value === field
      : selects(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, field, info),
  );
}

const resolvers = {
  Query: {
    changeRequests: async (_: unknown, args: unknown, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const a = parseArgs(
        z.object({
          status: z.enum(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN", "CONFLICT"]).nullish(),
          kind: z.string().max(40).nullish(),
          territory: z.string().max(100).nullish(),
          minAgeDays: z.number().int().min(0).max(3650).nullish(),
          limit: z.number().int().min(1).max(500),
        }),
        args,
      );
      const all = (REVIEWER_ROLES as readonly string[]).includes(ctx.jwt.role);
      const requests = await listRequests(ctx.driver, {
        status: (a.status ?? null) as ChangeStatus | null,
        requester: all ? null : ctx.jwt.sub,
        kind: a.kind ?? null,
        territory: a.territory ?? null,
        minAgeDays: a.minAgeDays ?? null,
        limit: a.limit,
      });
      const previewed = requests.filter((r) => r.status === "PENDING").length;
      if (previewed > MAX_PREVIEWED_REQUESTS && info.fieldNodes.some((f) => selects(f.selectionSet, "preview", info))) {
        throw new DomainError(
          ErrorCode.LIMIT_EXCEEDED,
          `preview is computed for at most ${MAX_PREVIEWED_REQUESTS} pending requests in one list (each runs the change and rolls it back), and this one has ${previewed}: ask for limit ${MAX_PREVIEWED_REQUESTS} or less, filter by kind or territory, or leave preview out`,
          { limit: MAX_PREVIEWED_REQUESTS },
        );
      }
      return requests;
    },
    changeRequest: (_: unknown, args: unknown, ctx: RequestContext) =>
      requestById(ctx.driver, ctx.jwt, parseArgs(z.object({ id: z.string().min(1).max(100) }), args).id),
    affiliationVocabulary: (_: unknown, args: unknown) => {
      const { childKind } = parseArgs(z.object({ childKind: z.enum(ENTITY_KINDS) }), args);
      return {
        types: childKind === "NETWORK" ? [] : AFFILIATION_TYPES[childKind],
        influenceLevels: Object.entries(INFLUENCE_WORDS).map(([level, value]) => ({ level, value })),
      };
    },
    previewChange: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PROPOSERS, "preview changes");
      const ops = operationsOf(parseArgs(z.object({ operations: z.string() }), args).operations);
      await requireInTerritories(ctx.driver, ctx.jwt, ops);
      return previewChange(ctx.driver, ops, previewContext(ctx));
    },
    entityAsOf: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, UNRESTRICTED_ROLES, "read history");
      const a = parseArgs(z.object({ id: z.string().min(1), date: asDate }), args);
      return entityAsOf(ctx.driver, a.id, a.date);
    },
    hierarchyDiff: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, UNRESTRICTED_ROLES, "read history");
      const a = parseArgs(z.object({ id: z.string().min(1), from: asDate, to: asDate }), args);
      return hierarchyDiff(ctx.driver, a.id, a.from, a.to);
    },
    outbox: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ["ADMIN"], "read the outbox");
      const a = parseArgs(z.object({ afterSequence: z.number().int().min(0).nullish(), limit: z.number().int().min(1).max(1000) }), args);
      return outbox(ctx.driver, a.afterSequence ?? null, a.limit);
    },
    reviewSummary: (_: unknown, __: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ["STEWARD", "ADMIN", "MANAGER"], "read the review summary");
      return reviewSummary(ctx.driver);
    },
    auditTrail: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ entityId: z.string().min(1), limit: z.number().int().min(1).max(1000) }), args);
      return auditTrail(ctx, a.entityId, a.limit);
    },
  },
  ChangeRequest: {
    diff: (cr: ChangeRequestView, _: unknown, ctx: RequestContext) => operationDiffs(ctx.driver, JSON.parse(cr.operations) as Operation[]),
    comments: (cr: ChangeRequestView) => (cr.comments ?? []).map((c) => JSON.parse(c) as { by: string; at: string; text: string }),
    requiresAdmin: (cr: ChangeRequestView) => cr.requiresAdmin ?? false,
    escalation: (cr: ChangeRequestView) => cr.escalation ?? [],
    preview: (cr: ChangeRequestView, _: unknown, ctx: RequestContext) =>
      cr.status === "PENDING" ? previewChange(ctx.driver, JSON.parse(cr.operations) as Operation[], previewContext(ctx)) : null,
  },
  Mutation: {
    proposeChange: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PROPOSERS, "propose changes");
      const a = parseArgs(z.object({ operations: z.string(), reason }), args);
      return propose(ctx.driver, ctx.jwt, operationsOf(a.operations), a.reason, ctx.requestId);
    },
    approveChange: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, REVIEWER_ROLES, "approve changes");
      return approve(ctx.driver, ctx.jwt, parseArgs(z.object({ id: z.string() }), args).id, ctx.requestId);
    },
    rejectChange: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, REVIEWER_ROLES, "reject changes");
      const a = parseArgs(z.object({ id: z.string(), reason }), args);
      return decide(ctx.driver, ctx.jwt, a.id, "REJECTED", a.reason, ["PENDING", "CONFLICT"]);
    },
    withdrawChange: (_: unknown, args: unknown, ctx: RequestContext) =>
      decide(ctx.driver, ctx.jwt, parseArgs(z.object({ id: z.string() }), args).id, "WITHDRAWN", null, ["PENDING", "CONFLICT"]),
    commentOnChange: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ id: z.string(), text: z.string().trim().min(1, "is required").max(2000) }), args);
      return comment(ctx.driver, ctx.jwt, a.id, a.text);
    },
    editChange: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, REVIEWER_ROLES, "edit change requests");
      const a = parseArgs(z.object({ id: z.string(), operations: z.string() }), args);
      return edit(ctx.driver, ctx.jwt, a.id, operationsOf(a.operations), ctx.requestId);
    },
    confirmAffiliation: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, PROPOSERS, "confirm affiliations");
      const a = parseArgs(z.object({ edgeId: z.string().min(1), expectedVersion: z.number().int().min(0) }), args);
      const ops: Operation[] = [{ op: "CONFIRM_AFFILIATION", ...a }];
      await requireInTerritories(ctx.driver, ctx.jwt, ops);
      const [applied] = await applyDirectly(ctx.driver, ctx.jwt, ops, "confirmed in the field", ctx.requestId, "FIELD");
      return { op: applied!.op, state: JSON.stringify(applied!.state) };
    },
    applyChange: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, REVIEWER_ROLES, "apply changes directly");
      const a = parseArgs(z.object({ operations: z.string(), reason }), args);
      const applied = await applyDirectly(ctx.driver, ctx.jwt, operationsOf(a.operations), a.reason, ctx.requestId);
      return applied.map((x) => ({ op: x.op, state: JSON.stringify(x.state) }));
    },
  },
};

const changeKinds = enumTypeDefs(
  "ChangeKind",
  "What a change request holds: one operation of that kind, or a CHANGE_SET of several.",
  CHANGE_KINDS,
);

export const changesSchema: SchemaPart = {
  typeDefs: [changeKinds, typeDefsBeside(import.meta.url, "type-defs.graphql")].join("\n"),
  resolvers,
};
