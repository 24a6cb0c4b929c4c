import { z } from "zod";
import { requireRole } from "../../auth/require-role.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseArgs, parseJsonArgument } from "../../graphql/errors.ts";
import { enumTypeDefs, type SchemaPart, typeDefsBeside } from "../../graphql/schema-part.ts";
import { type AccessScope, accessScope } from "../../model/access-scope.ts";
import type { Claims } from "../../model/claims.ts";
import type { PersonaAssignment } from "./assign-persona.ts";
import { hcpPersona } from "./hcp-persona.ts";
import { COUNT_GROUPINGS, personaCounts } from "./persona-counts.ts";
import { PROFILE_SOURCES } from "./profile.ts";
import { CONDITION_OPS, personaRuleSetSchema } from "./rule-set.ts";
import { activateRuleSet, listRuleSets, saveDraft } from "./rule-set-store.ts";

const WRITERS = ["ANALYST", "ADMIN"] as const;
const ruleSetKey = z.string().min(1).max(40);
const json = (v: unknown) => JSON.stringify(v);

/** Counts are figures of territories: REPs and MANAGERs read those in their token (as field reports), everyone else all. */
const countScope = (claims: Claims): AccessScope =>
  claims.role === "REP" || claims.role === "MANAGER" ? { restricted: true, territories: claims.territories } : accessScope(claims);

const explanationOf = (x: PersonaAssignment) => ({
  isDefault: x.default,
  conditions: x.conditions.map((c) => ({ ...c, value: json(c.value), actual: json(c.actual) })),
  profile: x.profile.map((u) => ({ ...u, value: u.value === null ? null : json(u.value) })),
});

const resolvers = {
  Query: {
    personaRuleSets: (_: unknown, args: unknown, ctx: RequestContext) =>
      listRuleSets(ctx.driver, parseArgs(z.object({ key: ruleSetKey.nullish() }), args).key ?? null),
    hcpPersona: async (_: unknown, args: unknown, ctx: RequestContext) => {
      const { hcpId } = parseArgs(z.object({ hcpId: z.string().min(1).max(200) }), args);
      const p = await hcpPersona(ctx.driver, hcpId, accessScope(ctx.jwt));
      return { ...p, explanation: p.explanation && explanationOf(p.explanation) };
    },
    personaCounts: (_: unknown, args: unknown, ctx: RequestContext) => {
      const a = parseArgs(z.object({ by: z.enum(COUNT_GROUPINGS), model: z.string().min(1).max(40).nullish() }), args);
      return personaCounts(ctx.driver, a.by, a.model ?? null, countScope(ctx.jwt));
    },
  },
  Mutation: {
    savePersonaRuleSet: (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "save persona rule sets");
      const { definition } = parseArgs(z.object({ definition: z.string().max(100_000) }), args);
      return saveDraft(ctx.driver, parseJsonArgument("definition", definition, personaRuleSetSchema), ctx.jwt.sub);
    },
    activatePersonaRuleSet: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, WRITERS, "activate persona rule sets");
      const a = parseArgs(z.object({ key: ruleSetKey, version: z.number().int().min(1) }), args);
      const r = await activateRuleSet(ctx.driver, a.key, a.version, ctx.jwt.sub);
      return {
        key: r.key,
        version: r.version,
        hcps: r.hcps,
        written: r.written,
        counts: r.ruleSet.personas.map((p) => ({ persona: p.key, hcps: r.counts.get(p.key) ?? 0 })),
        milliseconds: r.milliseconds,
      };
    },
  },
};

export const personasSchema: SchemaPart = {
  typeDefs: [
    enumTypeDefs(
      "PersonaConditionOp",
      "How a persona condition compares an attribute: eq, in (a list), gte, lte (numbers).",
      CONDITION_OPS,
    ),
    enumTypeDefs(
      "PersonaProfileSource",
      "Where a profile value came from: a SURVEY answer, a FALLBACK attribute, or an HCP field.",
      PROFILE_SOURCES,
    ),
    enumTypeDefs("PersonaCountBy", "How persona counts are grouped.", COUNT_GROUPINGS),
    typeDefsBeside(import.meta.url, "type-defs.graphql"),
  ].join("\n"),
  resolvers,
};
