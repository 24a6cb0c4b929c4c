/**
 * Where the API finds its files. Defaults are relative to this checkout (the folder that holds
 * `api/`); each can be moved with an environment variable, e.g. in a container image.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const CHECKOUT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const paths = {
  /** The repository checkout the API runs from. */
  root: CHECKOUT_ROOT,
  /** Schema migrations, `NNN_name.cypher`. */
  migrations: process.env.MIGRATIONS_DIR ?? path.join(CHECKOUT_ROOT, "cypher", "migrations"),
  /** The built web app served at `/`. */
  webDist: process.env.WEB_DIST ?? path.join(CHECKOUT_ROOT, "web", "dist"),
  /**
   * Uploaded master lists and their error reports: IMPORT_STORAGE_DIR (IMPORT_DIR, its former
   * name, still works). Every API instance must see the same folder (a network mount).
   */
  imports: () => process.env.IMPORT_STORAGE_DIR ?? process.env.IMPORT_DIR ?? path.join(CHECKOUT_ROOT, ".data", "imports"),
  /** The import templates and the import guide (written by `npm run import:templates`). */
  docs: path.join(CHECKOUT_ROOT, "docs"),
} as const;
