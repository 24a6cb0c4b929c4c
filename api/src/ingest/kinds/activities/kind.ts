import { z } from "zod";
import {
  ACTIVATION_EVENTS,
  CHANNELS,
  OUTCOMES,
  activityContentSchema,
  contentFingerprint,
  idempotencyKeySchema,
} from "../../../field/activities/activity.ts";
import { localDay } from "../../../field/reporting/report-facts.ts";
import { entityId, optionalText, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { ActivityFileCheck } from "./file-check.ts";
import { ACTIVITY_CREATE } from "./write-query.ts";

/** The column of each field of the activity content. */
const COLUMN_OF: Record<string, string> = {
  channel: "channel",
  hcpId: "hcp_id",
  accountId: "account_id",
  plannedAt: "planned_at",
  startedAt: "started_at",
  durationMinutes: "duration_minutes",
  outcome: "outcome",
  products: "products",
  keyMessages: "key_messages",
  activations: "activations",
  notes: "notes",
};

const list = (s: string | undefined) =>
  (s ?? "")
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

const withoutUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const cells = z.object({
  rep_id: entityId(),
  idempotency_key: z.string({ error: "is required" }).trim().pipe(idempotencyKeySchema),
  channel: requiredText(40),
  hcp_id: optionalText(100),
  account_id: optionalText(100),
  planned_at: optionalText(40),
  started_at: requiredText(40),
  duration_minutes: requiredText(10),
  outcome: requiredText(40),
  products: optionalText(2_100),
  key_messages: optionalText(2_100),
  activations: optionalText(5_000),
  notes: optionalText(2_000),
  created_at: z.iso.datetime({ offset: true, error: "must be an ISO date-time, e.g. 2026-11-30T14:05:00Z" }).optional(),
});

const rowSchema = cells.transform((r, ctx) => {
  const activations = list(r.activations).map((a) => {
    const at = a.indexOf("@");
    return at < 0 ? { event: a, at: "" } : { event: a.slice(0, at).trim().toUpperCase(), at: a.slice(at + 1).trim() };
  });
  const minutes = /^\d+$/.test(r.duration_minutes) ? Number(r.duration_minutes) : Number.NaN;
  if (Number.isNaN(minutes)) {
    ctx.addIssue({ code: "custom", path: ["duration_minutes"], message: "must be a whole number of minutes" });
    return z.NEVER;
  }
  // Absent cells leave their fields out, as GraphQL input does: the content fingerprint must match recordActivity's.
  const content = activityContentSchema.safeParse(
    withoutUndefined({
      channel: r.channel.toUpperCase(),
      hcpId: r.hcp_id || undefined,
      accountId: r.account_id || undefined,
      plannedAt: r.planned_at || undefined,
      startedAt: r.started_at,
      durationMinutes: minutes,
      outcome: r.outcome.toUpperCase(),
      products: list(r.products),
      keyMessages: list(r.key_messages),
      activations,
      notes: r.notes || undefined,
    }),
  );
  if (!content.success) {
    for (const issue of content.error.issues) {
      const field = String(issue.path[0] ?? "");
      const message = field === "activations" && issue.path.length > 1 ? `${issue.message} (write EVENT@date-time; ...)` : issue.message;
      ctx.addIssue({ code: "custom", path: [COLUMN_OF[field] ?? "(row)"], message });
    }
    return z.NEVER;
  }
  return {
    id: `${r.rep_id}|${r.idempotency_key}`,
    repId: r.rep_id,
    idempotencyKey: r.idempotency_key,
    content: content.data,
    fingerprint: contentFingerprint(content.data),
    createdAt: r.created_at,
  };
});

export type ActivityRow = z.infer<typeof rowSchema>;

export const activities = defineKind({
  name: "activities",
  summary:
    "Field activities recorded elsewhere (a CRM, history), keyed by rep and idempotency key like recordActivity: an activity stored before is left as it is (a re-import stores nothing new), the same key with other content is a row problem. Each batch adds its new activities to the reporting facts.",
  required: [
    { column: "rep_id", meaning: "id of the REP or KAM user who had the interaction" },
    {
      column: "idempotency_key",
      meaning:
        "the activity's key for that rep (8 to 100 letters, digits, _ or -); with rep_id it makes the activity's id, as recordActivity does",
    },
    { column: "channel", meaning: CHANNELS.join(", ") },
    { column: "started_at", meaning: "when it took place, ISO date-time with offset (its local date is the activity's day)" },
    { column: "duration_minutes", meaning: "whole minutes, 0 to 1440" },
    { column: "outcome", meaning: OUTCOMES.join(", ") },
  ],
  optional: [
    { column: "hcp_id", meaning: "id of the HCP (hcp_id or account_id or both)" },
    { column: "account_id", meaning: "id of the account" },
    { column: "planned_at", meaning: "when it was planned, ISO date-time with offset" },
    { column: "products", meaning: "`;`-separated products discussed (at most 20)" },
    { column: "key_messages", meaning: "`;`-separated key messages delivered (at most 20)" },
    {
      column: "activations",
      meaning: `remote channels only: \`;\`-separated EVENT@date-time, EVENT one of ${ACTIVATION_EVENTS.join(", ")} (e.g. OPENED@2026-11-30T14:05:00Z)`,
    },
    { column: "notes", meaning: "free text, at most 2,000 characters" },
    {
      column: "created_at",
      meaning: "when it was reported, ISO date-time with offset (default: the import's time); keeps a history's real reporting delay",
    },
  ],
  schema: rowSchema,
  key: (r) => r.id,
  keyColumns: ["rep_id", "idempotency_key"],
  references: (r) => [
    ...(r.content.hcpId ? [{ column: "hcp_id", id: r.content.hcpId, kinds: ["HCP"] as const }] : []),
    ...(r.content.accountId ? [{ column: "account_id", id: r.content.accountId, kinds: ["ACCOUNT"] as const }] : []),
  ],
  createFileCheck: () => new ActivityFileCheck(),
  write: (r) => {
    const c = r.content;
    return {
      group: "activities",
      query: ACTIVITY_CREATE,
      params: {
        id: r.id,
        repId: r.repId,
        key: r.idempotencyKey,
        fingerprint: r.fingerprint,
        day: localDay(c.startedAt),
        channel: c.channel,
        hcpId: c.hcpId ?? null,
        accountId: c.accountId ?? null,
        plannedAt: c.plannedAt ?? null,
        startedAt: c.startedAt,
        durationMinutes: c.durationMinutes,
        outcome: c.outcome,
        products: c.products,
        keyMessages: c.keyMessages,
        activations: JSON.stringify(c.activations),
        notes: c.notes ?? null,
        createdAt: r.createdAt ?? null,
      },
    };
  },
  example: {
    rep_id: "user-rep-001",
    idempotency_key: "crm-000000123",
    channel: "VISIT",
    started_at: "2026-11-30T10:00:00-06:00",
    duration_minutes: "20",
    outcome: "COMPLETED",
    hcp_id: "HCP-0000001",
    account_id: "",
    planned_at: "2026-11-30T10:00:00-06:00",
    products: "Cardiozen;Lipitrex",
    key_messages: "once daily",
    activations: "",
    notes: "",
    created_at: "2026-11-30T18:20:00Z",
  },
});
