import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import { ANOTHER_USER } from "../../changes/audit-trail.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs, parseJsonArgument } from "../../graphql/errors.ts";
import { type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import { accessScope } from "../../model/access-scope.ts";
import { questionnaireSchema } from "./questionnaire.ts";
import {
  activateSurvey,
  answersAbout,
  listSurveys,
  retireSurvey,
  type StoredAnswer,
  saveSurveyDraft,
  submitAnswers,
} from "./survey-store.ts";

const AUTHORS = ["ANALYST", "ADMIN"] as const;
const ANSWERERS = ["REP", "KAM"] as const;
const surveyKey = z.string().min(1).max(40);
const status = z.enum(["DRAFT", "ACTIVE", "RETIRED"]);

const asAnswer = (a: StoredAnswer) => ({ ...a, value: JSON.stringify(a.value) });

function answers(ctx: RequestContext, subjectId: string, survey: string | null, history: boolean) {
  return answersAbout(ctx.driver, {
    subjectId,
    survey,
    history,
    caller: ctx.jwt.sub,
    scope: accessScope(ctx.jwt),
    anotherUser: ANOTHER_USER,
  });
}

const resolvers = {
  Query: {
    surveys: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ key: surveyKey.nullish(), status: status.nullish() }), args);
      return listSurveys(ctx.driver, a.key ?? null, a.status ?? null);
    },
    surveyAnswers: async (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(
        z.object({ subjectId: z.string().min(1).max(200), survey: surveyKey.nullish(), history: z.boolean().nullish() }),
        args,
      );
      return (await answers(ctx, a.subjectId, a.survey ?? null, a.history ?? false)).map(asAnswer);
    },
  },
  Mutation: {
    saveSurvey: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, AUTHORS, "author surveys");
      const { definition } = parseArgs(z.object({ definition: z.string().max(200_000) }), args);
      return saveSurveyDraft(ctx.driver, parseJsonArgument("definition", definition, questionnaireSchema), ctx.jwt.sub);
    },
    activateSurvey: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, AUTHORS, "activate surveys");
      const a = parseArgs(z.object({ key: surveyKey, version: z.number().int().min(1) }), args);
      return activateSurvey(ctx.driver, a.key, a.version, ctx.jwt.sub);
    },
    retireSurvey: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, AUTHORS, "retire surveys");
      return retireSurvey(ctx.driver, parseArgs(z.object({ key: surveyKey }), args).key);
    },
    answerSurvey: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, ANSWERERS, "answer surveys");
      const a = parseArgs(z.object({ survey: surveyKey, subjectId: z.string().min(1).max(200), answers: z.string().max(100_000) }), args);
      const sheet = parseJsonArgument("answers", a.answers, z.record(z.string().max(40), z.unknown()));
      const submission = await submitAnswers(ctx.driver, {
        survey: a.survey,
        subjectId: a.subjectId,
        answers: sheet,
        actor: ctx.jwt.sub,
        scope: accessScope(ctx.jwt),
      });
      return { ...submission, answers: (await answers(ctx, a.subjectId, a.survey, false)).map(asAnswer) };
    },
  },
};

export const surveysSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
