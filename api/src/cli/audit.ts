/**
 * `npm run audit -- seal` appends the unsealed audit events to the hash chain (the API does it
 * every few seconds; this is for a database written without a running API).
 * `npm run audit -- verify [--from-seq N] [--anchors FILE]` checks the chain and the anchors
 * (default AUDIT_ANCHOR_FILE); exit code 3 when anything is broken. docs/AUDIT.md.
 */
import { z } from "zod";
import { readAnchors } from "../audit/audit-anchors.ts";
import { auditSealSettingsFromEnv } from "../audit/audit-sealer.ts";
import { sealAuditLog } from "../audit/seal-audit-log.ts";
import { verifyAuditLog } from "../audit/verify-audit-log.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run audit -- seal | verify [--from-seq N] [--anchors FILE]",
  options: { "from-seq": { type: "string" }, anchors: { type: "string" } },
  positionals: ["action"],
  schema: z.object({
    action: z.enum(["seal", "verify"]),
    "from-seq": z.coerce.number().int().positive().optional(),
    anchors: z.string().min(1).optional(),
  }),
});

runWithDatabase(
  async (driver) => {
    const { anchorFile } = auditSealSettingsFromEnv();
    if (args.action === "seal") {
      const s = await sealAuditLog(driver, { anchorFile });
      console.error(
        `sealed ${s.sealed} events; chain head ${s.head.seq} ${s.head.hash}${anchorFile && s.sealed ? `, anchored in ${anchorFile}` : ""}`,
      );
      console.log(JSON.stringify(s));
      return 0;
    }
    const anchorsFrom = args.anchors ?? anchorFile;
    const v = await verifyAuditLog(driver, { fromSeq: args["from-seq"], anchors: anchorsFrom ? readAnchors(anchorsFrom) : [] });
    console.error(
      `${v.ok ? "intact" : "BROKEN"}: ${v.checked} sealed events checked, ${v.anchorsChecked} anchors${anchorsFrom ? "" : " (none given: a rewrite of the whole tail would go unseen)"}, ${v.unsealed} not sealed yet, ${v.breakCount} breaks`,
    );
    for (const b of v.breaks) console.error(`  ${b.kind} at ${b.seq}: ${b.detail}`);
    console.log(JSON.stringify(v));
    return v.ok ? 0 : 3;
  },
  { migrate: true },
);
