/** The capabilities whose schema parts make up the API, in the order their type definitions are read. */
import { ingestSchema } from "../ingest/schema-part.ts";
import { influenceSchema } from "../analytics/influence/schema-part.ts";
import { rollupSchema } from "../analytics/rollup-store/schema-part.ts";
import { scoringSchema } from "../analytics/scoring/schema-part.ts";
import { authSchema } from "../auth/schema-part.ts";
import { changesSchema } from "../changes/schema-part.ts";
import { experienceSchema } from "../experience/report/schema-part.ts";
import { personasSchema } from "../experience/personas/schema-part.ts";
import { exploreSchema } from "../explore/schema-part.ts";
import { activitiesSchema } from "../field/activities/schema-part.ts";
import { callPlansSchema } from "../field/call-plans/schema-part.ts";
import { planningSchema } from "../field/planning/schema-part.ts";
import { reportingSchema } from "../field/reporting/schema-part.ts";
import { surveysSchema } from "../field/surveys/schema-part.ts";
import type { Resolvers, SchemaPart } from "../graphql/schema-part.ts";
import { hierarchySchema } from "../hierarchy/schema-part.ts";

export const SCHEMA_PARTS: readonly SchemaPart[] = [
  authSchema,
  hierarchySchema,
  exploreSchema,
  ingestSchema,
  rollupSchema,
  influenceSchema,
  scoringSchema,
  changesSchema,
  surveysSchema,
  activitiesSchema,
  callPlansSchema,
  planningSchema,
  reportingSchema,
  experienceSchema,
  personasSchema,
];

export function loadTypeDefs(): string {
  return SCHEMA_PARTS.map((p) => p.typeDefs).join("\n");
}

/** All parts' resolvers in one map; two parts resolving the same field is a programming error. */
export function mergeResolvers(parts: readonly SchemaPart[] = SCHEMA_PARTS): Resolvers {
  const merged: Resolvers = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part.resolvers ?? {})) {
      const target = merged[type] ?? {};
      merged[type] = target;
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Two schema parts resolve ${type}.${field}.`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}
