import { spawn } from "node:child_process";
import { distribution, type Home } from "@pharmagraph/neo4j-local";
import type { ImportFiles } from "./write-import-files.ts";

/** Memory of the importer JVM and its off-heap caches (the US-scale import peaks near 1.1 GB). */
const IMPORTER_HEAP = "2g";
const IMPORTER_OFF_HEAP = "2g";

/** The importer's dotted progress lines, e.g. "-......... ..........   5% ∆619ms [619ms]". */
const PROGRESS_LINE = /^[-.]\.+ /;

export function adminImportArgs(files: ImportFiles, reportFile: string): string[] {
  return [
    "database",
    "import",
    "full",
    "neo4j",
    "--overwrite-destination=true",
    `--max-off-heap-memory=${IMPORTER_OFF_HEAP}`,
    `--report-file=${reportFile}`,
    ...files.tables.map(({ table, path }) => `--${table.kind}=${table.name}=${path}`),
  ];
}

/**
 * Builds the `neo4j` database of a local home from the CSV files with `neo4j-admin database
 * import full`; the server of that home must be stopped (the importer replaces the store).
 */
export async function runAdminImport(h: Home, files: ImportFiles, reportFile: string, log: (line: string) => void): Promise<void> {
  const args = [`-Xmx${IMPORTER_HEAP}`, "-cp", `${distribution().lib}/*`, "org.neo4j.cli.AdminTool", ...adminImportArgs(files, reportFile)];
  const child = spawn("java", args, { env: { ...process.env, NEO4J_HOME: h.root, NEO4J_CONF: h.conf }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      output = (output + chunk).slice(-4000);
      for (const line of chunk.split("\n")) if (line.trim() && !PROGRESS_LINE.test(line)) log(line);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output}`);
}
