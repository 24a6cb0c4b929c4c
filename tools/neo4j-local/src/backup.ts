import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runAdminTool } from "./admin-tool.ts";
import { configuredConnection } from "./connection.ts";
import { REPO_ROOT, type Home } from "./layout.ts";
import { ensureDistribution } from "./provision.ts";
import { startLocalServer, stopLocalServer } from "./server.ts";

const DATABASE = "neo4j";

/** Outside every home, so `db:reset` keeps the backups (git-ignored). */
export const BACKUP_DIR = path.join(REPO_ROOT, "backups");

/** A backup or restore refused before the server was stopped or any data changed; the message says why. */
export class BackupRefusedError extends Error {}

export interface BackupFile {
  file: string;
  bytes: number;
}

/** `backups/neo4j-2026-01-31T09-15-00-123Z.dump`: the ISO time with `:` and `.` made file-name safe. */
export function defaultBackupFile(now = new Date()): string {
  return path.join(BACKUP_DIR, `neo4j-${now.toISOString().replace(/[:.]/g, "-")}.dump`);
}

function assertLocalLauncher(): void {
  const external = configuredConnection();
  if (external) {
    throw new BackupRefusedError(
      `NEO4J_URI is set (${external.uri}); that server is not run by this launcher, so its store cannot be dumped or loaded from here. ` +
        "Use the server's own backup tooling (Aura snapshots, neo4j-admin database backup/restore on Enterprise), or unset NEO4J_URI for the local database.",
    );
  }
}

function isProvisioned(h: Home): boolean {
  return existsSync(path.join(h.conf, "neo4j.conf"));
}

/**
 * Community edition dumps and loads only offline databases: stops the home's server if it runs,
 * runs `offline`, and starts the server again if it was running, also when `offline` fails.
 */
async function withServerStopped<T>(h: Home, log: (line: string) => void, offline: () => Promise<T>): Promise<T> {
  const wasRunning = await stopLocalServer(h);
  if (wasRunning) log("Neo4j stopped (the database must be offline).");
  try {
    return await offline();
  } finally {
    if (wasRunning) {
      await startLocalServer(h, log);
      log("Neo4j started again.");
    }
  }
}

/** Dumps the `neo4j` database of a local home into `target` (a new file; default under `backups/`). */
export async function backupLocalDatabase(
  h: Home,
  target = defaultBackupFile(),
  log: (line: string) => void = () => {},
): Promise<BackupFile> {
  assertLocalLauncher();
  if (!isProvisioned(h)) throw new BackupRefusedError(`No local database in ${h.root} to back up; start one with npm run db:start.`);
  const file = path.resolve(target);
  if (existsSync(file)) throw new BackupRefusedError(`${file} already exists; choose another file or delete it first.`);
  ensureDistribution(log);
  // The dump command writes <database>.dump into a folder; one next to the target makes the final rename atomic.
  const staging = `${file}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await withServerStopped(h, log, () => runAdminTool(h, ["database", "dump", DATABASE, `--to-path=${staging}`]));
    renameSync(path.join(staging, `${DATABASE}.dump`), file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { file, bytes: statSync(file).size };
}

/**
 * Replaces the `neo4j` database of a local home with a dump. Users and passwords live in the
 * `system` database and stay as they are. A home that never ran is provisioned first.
 */
export async function restoreLocalDatabase(h: Home, source: string, log: (line: string) => void = () => {}): Promise<void> {
  assertLocalLauncher();
  const file = path.resolve(source);
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupRefusedError(`No backup file at ${file}; nothing was restored.`);
  if (!isProvisioned(h)) await startLocalServer(h, log);
  ensureDistribution(log);
  // The load command reads <database>.dump from a folder; a link there spares copying the file.
  const staging = mkdtempSync(path.join(tmpdir(), "neo4j-restore-"));
  try {
    symlinkSync(file, path.join(staging, `${DATABASE}.dump`));
    const fromPath = `--from-path=${staging}`;
    // Reads only the archive's header: a file that is no dump is refused before the server stops.
    await runAdminTool(h, ["database", "load", DATABASE, fromPath, "--info"]).catch((err: Error) => {
      throw new BackupRefusedError(`${file} is not a database dump; nothing was restored. ${err.message}`);
    });
    await withServerStopped(h, log, () => runAdminTool(h, ["database", "load", DATABASE, fromPath, "--overwrite-destination=true"]));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
