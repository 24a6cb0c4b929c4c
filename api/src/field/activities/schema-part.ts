import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs } from "../../graphql/errors.ts";
import { enumTypeDefs, type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import { accessScope } from "../../model/access-scope.ts";
import type { Role } from "../../model/roles.ts";
import { ACTIVATION_EVENTS, activityContentSchema, CHANNELS, idempotencyKeySchema, OUTCOMES } from "./activity.ts";
import { type ActivityReach, activityEditHours, editActivity, listActivities, recordActivity } from "./activity-store.ts";

const RECORDERS = ["REP", "KAM"] as const;
const REACH: Record<Role, ActivityReach> = { REP: "OWN", KAM: "OWN", MANAGER: "TEAM", STEWARD: "ALL", ANALYST: "ALL", ADMIN: "ALL" };

/** GraphQL gives absent list fields as null; the content schema wants them absent. */
const withoutNulls = (input: unknown) =>
  Object.fromEntries(Object.entries((input ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined));

const resolvers = {
  Query: {
    activities: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({
          repId: z.string().max(100).nullish(),
          hcpId: z.string().max(100).nullish(),
          from: z.iso.datetime({ offset: true }).nullish(),
          to: z.iso.datetime({ offset: true }).nullish(),
          limit: z.number().int().min(1).max(500).default(100),
        }),
        args,
      );
      return listActivities(ctx.driver, {
        caller: ctx.jwt.sub,
        reach: REACH[ctx.jwt.role],
        repId: a.repId ?? null,
        hcpId: a.hcpId ?? null,
        from: a.from ?? null,
        to: a.to ?? null,
        limit: a.limit,
        editHours: activityEditHours(),
      });
    },
  },
  Mutation: {
    recordActivity: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, RECORDERS, "record activities");
      const a = parseArgs(
        z.object({ idempotencyKey: idempotencyKeySchema, activity: z.preprocess(withoutNulls, activityContentSchema) }),
        args,
      );
      return recordActivity(ctx.driver, {
        repId: ctx.jwt.sub,
        idempotencyKey: a.idempotencyKey,
        content: a.activity,
        scope: accessScope(ctx.jwt),
        editHours: activityEditHours(),
      });
    },
    editActivity: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, RECORDERS, "edit activities");
      const a = parseArgs(
        z.object({
          id: z.string().min(1).max(200),
          expectedVersion: z.number().int().min(1),
          activity: z.preprocess(withoutNulls, activityContentSchema),
        }),
        args,
      );
      return editActivity(ctx.driver, {
        repId: ctx.jwt.sub,
        id: a.id,
        expectedVersion: a.expectedVersion,
        content: a.activity,
        scope: accessScope(ctx.jwt),
        editHours: activityEditHours(),
      });
    },
  },
};

export const activitiesSchema: SchemaPart = {
  typeDefs: [
    enumTypeDefs("ActivityChannel", "How an interaction took place.", CHANNELS),
    enumTypeDefs("ActivityOutcome", "How an interaction ended.", OUTCOMES),
    enumTypeDefs("ActivationEvent", "What an HCP did with a remote message.", ACTIVATION_EVENTS),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
  ].join("\n"),
  resolvers,
};
