/**
 * Anchors: chain heads copied outside the database, one JSON line per seal (`AUDIT_ANCHOR_FILE`).
 * Whoever can rewrite the database can rewrite the whole chain after an event; they cannot
 * rewrite a file they cannot reach, so an anchored head that no longer matches gives them away.
 * Ship the file to write-once storage or a log service the database administrators do not run.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const anchorSchema = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/), at: z.string() });
export type Anchor = z.infer<typeof anchorSchema>;

export function appendAnchor(file: string, head: { seq: number; hash: string }): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ seq: head.seq, hash: head.hash, at: new Date().toISOString() })}\n`);
}

/** The anchors of a file in order; a line that is not an anchor is an error naming the line. */
export function readAnchors(file: string): Anchor[] {
  if (!existsSync(file)) throw new Error(`Anchor file ${file} does not exist.`);
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${n}: not JSON`);
      }
      const parsed = anchorSchema.safeParse(json);
      if (!parsed.success)
        throw new Error(`${file} line ${n}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}
