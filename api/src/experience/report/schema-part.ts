import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { badUserInput, parseArgs } from "../../graphql/errors.ts";
import { type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import { accessScope } from "../../model/access-scope.ts";
import { idempotencyKeySchema } from "../../field/activities/activity.ts";
import { monthsBetween } from "../facts/quarters.ts";
import { feedbackSchema } from "../feedback/feedback.ts";
import { recordFeedback } from "../feedback/feedback-store.ts";
import { journeyMap } from "../journeys/journey-report.ts";
import {
  BREAKDOWNS,
  entityExperience,
  experienceBreakdown,
  experienceChildren,
  experienceTable,
  regionExperience,
  TABLE_SORTS,
  territoryExperience,
} from "./experience-report.ts";

const MAX_MONTHS = 36;
const FEEDBACK_WRITERS = ["REP", "KAM", "ANALYST", "ADMIN"] as const;
const LEVELS = ["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK"] as const;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");
const id = z.string().min(1).max(200);

/** A from..to range of at most MAX_MONTHS months; `prefix` names the arguments in errors. */
function range(from: string, to: string, names: [string, string] = ["from", "to"]) {
  if (from > to) throw badUserInput(`Argument ${names[1]}: must not be before ${names[0]}`, [names[1]]);
  if (monthsBetween(from, to).length > MAX_MONTHS)
    throw badUserInput(`Argument ${names[1]}: a range is at most ${MAX_MONTHS} months`, [names[1]]);
  return { from, to };
}

const resolvers = {
  Query: {
    experience: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ id: id.nullish(), territoryId: id.nullish(), region: id.nullish(), from: month, to: month }), args);
      if ([a.id, a.territoryId, a.region].filter(Boolean).length !== 1)
        throw badUserInput("Arguments id, territoryId, region: give exactly one", ["id"]);
      const r = range(a.from, a.to);
      const scope = accessScope(ctx.jwt);
      if (a.id) return entityExperience(ctx.driver, scope, a.id, r);
      if (a.territoryId) return territoryExperience(ctx.driver, scope, a.territoryId, r);
      return regionExperience(ctx.driver, scope, a.region!, r);
    },
    experienceTable: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({
          level: z.enum(LEVELS),
          from: month,
          to: month,
          sort: z.enum(TABLE_SORTS).nullish(),
          descending: z.boolean().nullish(),
          limit: z.number().int().min(1).max(500).nullish(),
          offset: z.number().int().min(0).nullish(),
        }),
        args,
      );
      return experienceTable(ctx.driver, accessScope(ctx.jwt), {
        ...range(a.from, a.to),
        kind: a.level,
        sort: a.sort ?? "NPS",
        descending: a.descending ?? true,
        limit: a.limit ?? 50,
        offset: a.offset ?? 0,
      });
    },
    experienceDrillDown: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ id, from: month, to: month, previousFrom: month, previousTo: month }), args);
      return experienceChildren(
        ctx.driver,
        accessScope(ctx.jwt),
        a.id,
        range(a.from, a.to),
        range(a.previousFrom, a.previousTo, ["previousFrom", "previousTo"]),
      );
    },
    journeyMap: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({ from: month, to: month, persona: z.string().min(1).max(100).nullish(), id: id.nullish(), territoryId: id.nullish() }),
        args,
      );
      if (a.id && a.territoryId) throw badUserInput("Arguments id, territoryId: give at most one", ["territoryId"]);
      return journeyMap(ctx.driver, accessScope(ctx.jwt), {
        ...range(a.from, a.to),
        persona: a.persona ?? null,
        id: a.id ?? null,
        territoryId: a.territoryId ?? null,
      });
    },
    experienceBreakdown: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({ by: z.enum(BREAKDOWNS), from: month, to: month, model: z.string().min(1).max(100).nullish(), id: id.nullish() }),
        args,
      );
      return experienceBreakdown(ctx.driver, accessScope(ctx.jwt), {
        ...range(a.from, a.to),
        by: a.by,
        model: a.model ?? null,
        entityId: a.id ?? null,
      });
    },
  },
  Mutation: {
    recordFeedback: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, FEEDBACK_WRITERS, "record feedback");
      const a = parseArgs(z.object({ input: feedbackSchema, idempotencyKey: idempotencyKeySchema }), args);
      return recordFeedback(ctx.driver, {
        feedback: a.input,
        idempotencyKey: a.idempotencyKey,
        actor: ctx.jwt.sub,
        scope: accessScope(ctx.jwt),
      });
    },
  },
};

export const experienceSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
