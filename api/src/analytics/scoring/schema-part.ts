import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs, parseJsonArgument } from "../../graphql/errors.ts";
import { enumTypeDefs, typeDefsBeside, type SchemaPart } from "../../graphql/schema-part.ts";
import { LABEL_OF_KIND } from "../../model/entity-kinds.ts";
import { UNRESTRICTED_ROLES } from "../../model/roles.ts";
import { SCORING_SUBJECTS, scoringModelSchema, type ScoringSubject } from "./model.ts";
import { activateVersion, listModels, saveDraft, simulateVersion } from "./scoring-store.ts";

const WRITERS = ["ANALYST", "ADMIN"] as const;
const versionArgs = z.object({ name: z.string().min(1).max(40), version: z.number().int().min(1) });
const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([segment, subjects]) => ({ segment, subjects, hcps: subjects }))
    .sort((a, b) => a.segment.localeCompare(b.segment));

/**
 * `scores` on the subject's node type: its scores under the active version of every model of
 * that subject, read by (model, subjectId). Who may read the node may read its scores (REPs:
 * the HCPs and accounts of their territories); an organization's scores, computed from its
 * whole hierarchy, are not shown to REPs, as its own values and roll-ups are not.
 */
const scoresField = (subject: ScoringSubject, description: string) => `
extend type ${LABEL_OF_KIND[subject]} {
  "${description}"
  scores: [SubjectScore!]!
    @cypher(
      statement: """
      MATCH (m:ScoringModel {status: 'ACTIVE'})
      MATCH (s:Score {model: m.name, subjectId: this.id})
      WHERE s.subject = '${subject}'${subject === "ORGANIZATION" ? ` AND $jwt.role IN [${UNRESTRICTED_ROLES.map((r) => `'${r}'`).join(", ")}]` : ""}
      RETURN s {.model, .version, .score, .segment, flags: coalesce(s.flags, []),
                explanation: [e IN apoc.convert.fromJsonList(s.explanation) | e {.*, raw: CASE WHEN e.raw IS NULL THEN null ELSE toString(e.raw) END}]} AS score
      ORDER BY score.model
      """
      columnName: "score"
    )
}`;

const resolvers = {
  Query: {
    scoringModels: (_: unknown, args: unknown, ctx: RequestContext) =>
      listModels(ctx.driver, parseArgs(z.object({ name: z.string().nullish() }), args).name ?? null),
    simulateScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "simulate scoring models");
      const a = parseArgs(versionArgs, args);
      const s = await simulateVersion(ctx.driver, a.name, a.version);
      return {
        ...a,
        subject: s.subject,
        activeVersion: s.activeVersion,
        subjects: s.subjects,
        hcps: s.subjects,
        changed: s.changed,
        migration: s.migration.map((m) => ({ ...m, hcps: m.subjects })),
        activeCounts: counts(s.activeCounts),
        draftCounts: counts(s.draftCounts),
      };
    },
  },
  Mutation: {
    saveScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "save scoring models");
      const { definition } = parseArgs(z.object({ definition: z.string().max(100_000) }), args);
      return saveDraft(ctx.driver, parseJsonArgument("definition", definition, scoringModelSchema), ctx.jwt.sub);
    },
    activateScoringModel: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "activate scoring models");
      const a = parseArgs(versionArgs, args);
      const r = await activateVersion(ctx.driver, a.name, a.version, ctx.jwt.sub);
      return { ...a, subject: r.subject, subjects: r.subjects, hcps: r.subjects, counts: counts(r.counts), milliseconds: r.milliseconds };
    },
  },
};

export const scoringSchema: SchemaPart = {
  typeDefs: [
    enumTypeDefs("ScoringSubject", "What a scoring model scores (docs/SCORING.md).", SCORING_SUBJECTS),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
    scoresField("HCP", "The HCP's scores under the active version of every HCP scoring model, with their explanations."),
    scoresField("ACCOUNT", "The account's scores under the active version of every account scoring model, with their explanations."),
    scoresField(
      "ORGANIZATION",
      "The organization's scores under the active version of every organization scoring model, with their explanations (not for REPs).",
    ),
  ].join("\n"),
  resolvers,
};
