/**
 * `npm run import -- <kind> <file> [--mode dry-run|all-or-nothing|partial] [--snapshot] [--force] ...`
 * Exit code: 0 when everything was valid (and, unless a dry run, written, roll-ups refreshed); 1
 * when rows or the file were rejected, the import failed or its roll-up refresh failed (the rows
 * stay written: `npm run rollups -- --retry-import <id>`); 2 for a bad command line.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { z } from "zod";
import { writeErrorReport } from "../ingest/error-report.ts";
import { KIND_NAMES } from "../ingest/kinds/index.ts";
import { DEFAULT_SNAPSHOT_MAX_SHARE, runImport, type ImportProgress, type ImportSummary } from "../ingest/run-import.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const USAGE = `usage: npm run import -- <kind> <file> [--mode dry-run|all-or-nothing|partial] [--snapshot] [--force]
                          [--snapshot-max-share 0.1] [--snapshot-prefix <id prefix>] [--allow-level CHILD>PARENT ...] [--user <id>]
                          [--report <errors.csv>] [--batch <rows>] [--json]
  kind                   ${KIND_NAMES.join(", ")}
  file                   .csv, or .jsonl / .ndjson for JSON Lines (UTF-8, with or without BOM)
  --mode                 all-or-nothing (default): any problem and nothing is written;
                         dry-run: validate and report only; partial: write the valid rows
  --snapshot             end-date the existing records of this kind that the file does not list
  --snapshot-max-share   refuse a snapshot that end-dates more than this share (default ${DEFAULT_SNAPSHOT_MAX_SHARE})
  --snapshot-prefix      compare only existing records whose id (affiliations: child id) starts with this
  --force                run a snapshot above that share anyway
  --allow-level          an extra allowed hierarchy edge, e.g. HCP>ORGANIZATION (repeatable)
  --user                 who imports, recorded on the import and its audit events (default cli:<login>)
  --report               where to write the error report (default <file>.errors.csv, only when there are problems)
  --json                 print the summary as one JSON line on stdout
See docs/import.md.`;

const args = readCommandLine({
  usage: USAGE,
  positionals: ["kind", "file"],
  options: {
    mode: { type: "string" },
    snapshot: { type: "boolean" },
    force: { type: "boolean" },
    "snapshot-max-share": { type: "string" },
    "snapshot-prefix": { type: "string" },
    "allow-level": { type: "string", multiple: true },
    user: { type: "string" },
    report: { type: "string" },
    batch: { type: "string" },
    json: { type: "boolean" },
  },
  schema: z.object({
    kind: z.enum(KIND_NAMES),
    file: z.string().refine((f) => existsSync(f), "file not found"),
    mode: z.enum(["dry-run", "all-or-nothing", "partial"]).default("all-or-nothing"),
    snapshot: z.boolean().default(false),
    force: z.boolean().default(false),
    "snapshot-max-share": z.string().transform(Number).pipe(z.number().min(0).max(1)).optional(),
    "snapshot-prefix": z.string().default(""),
    "allow-level": z.array(z.string()).default([]),
    user: z.string().min(1).default(`cli:${os.userInfo().username}`),
    report: z.string().optional(),
    batch: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(1).max(100_000)).optional(),
    json: z.boolean().default(false),
  }),
});

function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  let phase: string | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update: (p) => {
      if (p.phase !== phase) {
        stop();
        phase = p.phase;
        if (p.phase === "REFRESHING") {
          console.error("REFRESHING the materialized roll-ups");
          return;
        }
        const total = p.rowsTotal ?? 0;
        const format = total
          ? `${p.phase.padEnd(10)} {bar} {percentage}% | {value}/{total} rows | {duration_formatted}`
          : `${p.phase.padEnd(10)} {value} rows read | {duration_formatted}`;
        bar = new SingleBar({ format, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar?.update(p.rowsDone);
    },
    stop,
  };
}

function printSummary(s: ImportSummary, reportPath: string | null): void {
  console.log(`${s.status}: ${s.message}`);
  console.log(
    `  import ${s.importId} · ${s.kind} from ${s.fileName} (sha256 ${s.checksum.slice(0, 12)}…) · ${s.mode}${s.snapshot ? " snapshot" : ""} · ${(s.durationMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  read ${s.rowsRead} · created ${s.created} · updated ${s.updated} · unchanged ${s.unchanged} · end-dated ${s.endDated} · rejected ${s.rejected}`,
  );
  for (const w of s.warnings) console.log(`  warning: ${w}`);
  for (const p of s.problems.slice(0, 20)) console.log(`  row ${p.row}, ${p.column} = "${p.value}": ${p.message}`);
  if (s.problemCount > 20) console.log(`  … ${s.problemCount - 20} more`);
  if (reportPath) console.log(`  error report: ${reportPath}`);
  if (s.rollupRefresh?.status === "FAILED") {
    console.log(`  roll-up refresh FAILED: ${s.rollupRefresh.error}`);
    console.log(`  the rows are written; retry the refresh with: npm run rollups -- --retry-import ${s.importId}`);
  }
}

runWithDatabase(
  async (driver) => {
    const bar = progressBar();
    try {
      const summary = await runImport(driver, {
        kind: args.kind,
        filePath: args.file,
        fileName: path.basename(args.file),
        mode: args.mode,
        snapshot: args.snapshot,
        force: args.force,
        snapshotMaxShare: args["snapshot-max-share"],
        snapshotPrefix: args["snapshot-prefix"],
        levelPairs: args["allow-level"],
        actor: args.user,
        batchSize: args.batch,
        onProgress: bar.update,
      });
      bar.stop();
      let reportPath: string | null = null;
      if (summary.problemCount > 0 || summary.status === "REJECTED") {
        reportPath = args.report ?? `${args.file}.errors.csv`;
        await writeErrorReport(
          reportPath,
          summary.problems,
          summary.problemCount > summary.problems.length
            ? [`${summary.problemCount - summary.problems.length} further problems are not listed`]
            : [],
        );
      }
      if (args.json)
        console.log(
          JSON.stringify({
            ...summary,
            problems: summary.problems.slice(0, 100),
            reportPath,
            peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          }),
        );
      else printSummary(summary, reportPath);
      const ok = (summary.status === "SUCCEEDED" || summary.status === "VALIDATED") && summary.rollupRefresh?.status !== "FAILED";
      return ok ? 0 : 1;
    } finally {
      bar.stop();
    }
  },
  { migrate: true },
);
