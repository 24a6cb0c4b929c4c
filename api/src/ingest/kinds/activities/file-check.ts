import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import type { FileCheck, ReportProblem, ResolvedFile } from "../kind.ts";
import type { ActivityRow } from "./kind.ts";

const RECORDERS = ["REP", "KAM"];
const LOOKUP_BATCH = 10_000;

const USERS = `UNWIND $ids AS id MATCH (u:User {id: id}) RETURN u.id AS id, u.role AS value`;
const STORED = `UNWIND $ids AS id MATCH (a:Activity {id: id}) RETURN a.id AS id, a.fingerprint AS value`;

const digest = (fingerprint: string) => createHash("sha1").update(fingerprint).digest("base64").slice(0, 16);

/** `value` of each id `query` finds. */
async function lookup(driver: Driver, query: string, ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    const { records } = await driver.executeQuery(query, { ids: ids.slice(i, i + LOOKUP_BATCH) }, { routing: "READ" });
    for (const r of records) found.set(r.get("id") as string, r.get("value") as string);
  }
  return found;
}

/**
 * The rep of each row is a REP or KAM user, and an id ('<rep>|<key>') stored before holds the same
 * content (a re-import stores nothing new: those rows are not written at all); the same key with
 * other content is a row problem. Keeps per row its number, id, rep and a digest of its content.
 */
export class ActivityFileCheck implements FileCheck<ActivityRow> {
  private readonly rows: number[] = [];
  private readonly ids: string[] = [];
  private readonly reps: string[] = [];
  private readonly digests: string[] = [];
  private readonly stored = new Set<number>();

  row(r: ActivityRow, rowNumber: number): void {
    this.rows.push(rowNumber);
    this.ids.push(r.id);
    this.reps.push(r.repId);
    this.digests.push(digest(r.fingerprint));
  }

  async finish(file: ResolvedFile, report: ReportProblem): Promise<void> {
    const roles = await lookup(file.driver, USERS, [...new Set(this.reps)]);
    const stored = await lookup(file.driver, STORED, this.ids);
    this.rows.forEach((row, i) => {
      if (file.rejectedRows.has(row)) return;
      const rep = this.reps[i]!;
      const role = roles.get(rep);
      if (role === undefined) report({ row, column: "rep_id", value: rep, message: "unknown id: no user with this id" });
      else if (!RECORDERS.includes(role))
        report({ row, column: "rep_id", value: rep, message: `is a ${role} user; activities are recorded by REP and KAM users` });
      const fingerprint = stored.get(this.ids[i]!);
      if (fingerprint !== undefined && digest(fingerprint) === this.digests[i]) this.stored.add(row);
      else if (fingerprint !== undefined) {
        const key = this.ids[i]!.slice(rep.length + 1);
        report({
          row,
          column: "idempotency_key",
          value: key,
          message: "was recorded before for this rep with different content; use a new key for a new activity",
        });
      }
    });
  }

  /** The rows stored before with the same content (a re-import's rows): nothing to write. */
  storedRows(): ReadonlySet<number> {
    return this.stored;
  }
}
