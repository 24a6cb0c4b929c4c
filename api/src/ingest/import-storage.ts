/**
 * Where import uploads and their error reports live. Every API instance must reach the same
 * storage: a job uploaded to one instance may run on another, and its error report is
 * downloaded from any. The folder implementation needs a folder all instances share
 * (IMPORT_STORAGE_DIR, e.g. a network mount); an object store would implement the same interface.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { paths } from "../config/paths.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { writeErrorReport } from "./error-report.ts";

export interface ImportStorage {
  /** Names the storage on the jobs queued in it: only workers with the same storage claim them. */
  readonly location: string;
  /** Stores an upload; resolves with its SHA-256 once stored completely. */
  saveUpload(importId: string, fileName: string, content: AsyncIterable<Uint8Array>): Promise<{ checksum: string }>;
  /** A local file with the upload's content, for the import to read (twice). */
  uploadFile(importId: string, fileName: string): Promise<string>;
  writeErrorReport(importId: string, problems: readonly RowProblem[], notes: readonly string[]): Promise<void>;
  hasErrorReport(importId: string): Promise<boolean>;
  /** The report's CSV, or null when the import has none. */
  openErrorReport(importId: string): Promise<Readable | null>;
}

/** Uploads and reports in `<root>/<import id>/`: `upload.<ext>` and `errors.csv`. */
export function folderStorage(root: () => string = paths.imports): ImportStorage {
  const folder = (id: string) => path.join(root(), id);
  const uploadPath = (id: string, fileName: string) => path.join(folder(id), `upload${path.extname(fileName).toLowerCase() || ".csv"}`);
  const reportPath = (id: string) => path.join(folder(id), "errors.csv");
  return {
    get location() {
      return path.resolve(root());
    },
    async saveUpload(id, fileName, content) {
      await mkdir(folder(id), { recursive: true });
      const hash = createHash("sha256");
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(Readable.from(content), hashing, createWriteStream(uploadPath(id, fileName)));
      return { checksum: hash.digest("hex") };
    },
    async uploadFile(id, fileName) {
      const file = uploadPath(id, fileName);
      if (!existsSync(file))
        throw new Error(
          `The upload of import ${id} is not in the import storage (${root()}); is IMPORT_STORAGE_DIR shared by every API instance?`,
        );
      return file;
    },
    async writeErrorReport(id, problems, notes) {
      await mkdir(folder(id), { recursive: true });
      await writeErrorReport(reportPath(id), problems, notes);
    },
    hasErrorReport: async (id) => existsSync(reportPath(id)),
    openErrorReport: async (id) => (existsSync(reportPath(id)) ? createReadStream(reportPath(id)) : null),
  };
}

/** The storage of this process. */
export const importStorage: ImportStorage = folderStorage();
