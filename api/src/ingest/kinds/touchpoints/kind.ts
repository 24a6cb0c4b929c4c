import { z } from "zod";
import { monthOf } from "../../../experience/feedback/feedback.ts";
import { TOUCHPOINT_CREATE } from "../../../experience/touchpoints/touchpoint-queries.ts";
import { JOURNEY_STAGES, TOUCHPOINT_CHANNELS, TOUCHPOINT_EVENTS } from "../../../model/vocabulary.ts";
import { entityId, oneOf, optionalText, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";

const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO date-time with offset, e.g. 2026-11-30T14:05:00Z" });

const events = optionalText(2_000).transform((s, ctx) => {
  const names = (s ?? "")
    .split(";")
    .map((x) => x.trim().toUpperCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(TOUCHPOINT_EVENTS as readonly string[]).includes(n));
  if (unknown.length) {
    ctx.addIssue({ code: "custom", message: `${unknown.join(", ")}: events are ${TOUCHPOINT_EVENTS.join(", ")}` });
    return z.NEVER;
  }
  return names;
});

const rowSchema = z.object({
  touchpoint_id: entityId(),
  hcp_id: entityId(),
  channel: oneOf(TOUCHPOINT_CHANNELS),
  occurred_at: requiredText(40).pipe(isoDateTime),
  account_id: optionalText(100),
  stage: oneOf(JOURNEY_STAGES).optional(),
  delivered: z
    .enum(["true", "false", "TRUE", "FALSE", "yes", "no"], { error: "must be true or false" })
    .transform((s) => s.toLowerCase() === "true" || s === "yes")
    .optional(),
  events,
  minutes: optionalText(5).pipe(z.string().regex(/^\d*$/, "must be a whole number of minutes").optional()),
  campaign: optionalText(200),
});

export type TouchpointRow = z.infer<typeof rowSchema>;

export const touchpoints = defineKind({
  name: "touchpoints",
  summary:
    "Touchpoints of the channels field activities do not cover (email campaigns, webinars, events, self-detailing, medical information, patient support), keyed by the source's id: an id stored before is left as it is. The HCPs' experience figures and their roll-ups are refreshed after the import.",
  required: [
    { column: "touchpoint_id", meaning: "the touchpoint's id in its source system (unique)" },
    { column: "hcp_id", meaning: "id of the HCP reached" },
    { column: "channel", meaning: TOUCHPOINT_CHANNELS.join(", ") },
    { column: "occurred_at", meaning: "when, ISO date-time with offset (its local month is the touchpoint's month)" },
  ],
  optional: [
    { column: "account_id", meaning: "id of the account it took place at" },
    { column: "stage", meaning: `journey stage: ${JOURNEY_STAGES.join(", ")}` },
    { column: "delivered", meaning: "true (default) or false: whether it reached the HCP (an email that bounced was not delivered)" },
    { column: "events", meaning: `\`;\`-separated activation events (the message was taken): ${TOUCHPOINT_EVENTS.join(", ")}` },
    { column: "minutes", meaning: "time the HCP spent, whole minutes (default 0)" },
    { column: "campaign", meaning: "campaign or programme name" },
  ],
  schema: rowSchema,
  key: (r) => r.touchpoint_id,
  keyColumns: ["touchpoint_id"],
  references: (r) => [
    { column: "hcp_id", id: r.hcp_id, kinds: ["HCP"] },
    ...(r.account_id ? [{ column: "account_id", id: r.account_id, kinds: ["ACCOUNT"] as const }] : []),
  ],
  write: (r) => ({
    group: "touchpoints",
    query: TOUCHPOINT_CREATE,
    params: {
      id: r.touchpoint_id,
      hcpId: r.hcp_id,
      accountId: r.account_id || null,
      channel: r.channel,
      stage: r.stage ?? null,
      at: r.occurred_at,
      month: monthOf(r.occurred_at),
      delivered: r.delivered ?? true,
      events: r.events,
      minutes: r.minutes ? Number(r.minutes) : 0,
      campaign: r.campaign || null,
    },
  }),
  example: {
    touchpoint_id: "mc-2026-11-000042",
    hcp_id: "HCP-0000001",
    channel: "EMAIL_CAMPAIGN",
    occurred_at: "2026-11-30T09:00:00-05:00",
    account_id: "",
    stage: "CONSIDERATION",
    delivered: "true",
    events: "OPENED;CLICKED",
    minutes: "2",
    campaign: "Cardiozen launch wave 2",
  },
});
