import { z } from "zod";
import { requireRole } from "../auth/require-role.ts";
import type { RequestContext } from "../graphql/context.ts";
import { notFound, parseArgs } from "../graphql/errors.ts";
import { getImportRecord, listImportRecords } from "./import-record.ts";
import { isImportId, jobView, readProblems, retryRollupRefreshJob, startImportJob, type UploadedFile } from "./import-jobs.ts";
import { IMPORT_KINDS, KIND_NAMES, type KindName } from "./kinds/index.ts";
import { levelRules } from "../model/level-rules.ts";
import { typeDefsBeside, type SchemaPart } from "../graphql/schema-part.ts";

const IMPORTERS = ["STEWARD", "ADMIN"] as const;

const startArgs = z.object({
  kind: z.enum(KIND_NAMES.map((k) => k.toUpperCase()) as [string, ...string[]]).transform((k) => k.toLowerCase() as KindName),
  file: z.custom<UploadedFile>(
    (f) => typeof f === "object" && f !== null && typeof (f as UploadedFile).stream === "function",
    "must be an uploaded file",
  ),
  mode: z
    .enum(["DRY_RUN", "ALL_OR_NOTHING", "PARTIAL"])
    .transform((m) => m.toLowerCase().replace(/_/g, "-") as "dry-run" | "all-or-nothing" | "partial"),
  snapshot: z.boolean(),
  force: z.boolean(),
  snapshotMaxShare: z.number().min(0).max(1),
  snapshotPrefix: z.string().max(100),
  allowLevels: z.array(z.string()).superRefine((pairs, ctx) => {
    try {
      levelRules(pairs);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
    }
  }),
});

const idArgs = z.object({ id: z.string() });
const retryArgs = z.object({ importId: z.string() });
const listArgs = z.object({ limit: z.number().int().min(1).max(200) });
const problemArgs = z.object({ limit: z.number().int().min(0).max(10_000) });

async function job(id: string, ctx: RequestContext) {
  const record = isImportId(id) ? await getImportRecord(ctx.driver, id) : null;
  return record ? jobView(record) : null;
}

const resolvers = {
  Query: {
    importJob: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, IMPORTERS, "see imports");
      return job(parseArgs(idArgs, args).id, ctx);
    },
    importJobs: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, IMPORTERS, "see imports");
      return Promise.all((await listImportRecords(ctx.driver, parseArgs(listArgs, args).limit)).map(jobView));
    },
  },
  Mutation: {
    startImport: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, IMPORTERS, "import master lists");
      const a = parseArgs(startArgs, args);
      requireRole(ctx.jwt, IMPORT_KINDS[a.kind].importers ?? IMPORTERS, `import ${a.kind}`);
      const id = await startImportJob(ctx.driver, {
        kind: a.kind,
        file: a.file,
        mode: a.mode,
        snapshot: a.snapshot,
        force: a.force,
        snapshotMaxShare: a.snapshotMaxShare,
        snapshotPrefix: a.snapshotPrefix,
        levelPairs: a.allowLevels,
        actor: ctx.jwt.sub,
        requestId: ctx.requestId,
      });
      const started = await job(id, ctx);
      if (!started) throw notFound(`Import ${id}`);
      return started;
    },
    retryRollupRefresh: async (_: unknown, args: unknown, ctx: RequestContext) => {
      requireRole(ctx.jwt, IMPORTERS, "retry roll-up refreshes");
      const { importId } = parseArgs(retryArgs, args);
      if (!isImportId(importId)) throw notFound(`Import ${importId}`);
      await retryRollupRefreshJob(ctx.driver, importId);
      return (await job(importId, ctx))!;
    },
  },
  ImportJob: {
    problems: (parent: { id: string }, args: unknown) => readProblems(parent.id, parseArgs(problemArgs, args).limit),
  },
};

export const ingestSchema: SchemaPart = { typeDefs: typeDefsBeside(import.meta.url, "type-defs.graphql"), resolvers };
