/**
 * An activity: one interaction of a rep with an HCP and/or an account, by channel, with planned
 * and actual time, duration, outcome, products and key messages discussed, and for remote
 * channels the "activated" events (opened, clicked, attended, completed). Validated with zod.
 */
import { z } from "zod";

export const CHANNELS = ["VISIT", "REMOTE_CALL", "PHONE", "EMAIL", "WEBINAR", "EVENT", "SELF_DETAILING"] as const;
export const REMOTE_CHANNELS: readonly (typeof CHANNELS)[number][] = ["REMOTE_CALL", "EMAIL", "WEBINAR", "EVENT", "SELF_DETAILING"];
export const OUTCOMES = ["COMPLETED", "NOT_MET", "RESCHEDULED", "CANCELLED"] as const;
export const ACTIVATION_EVENTS = ["OPENED", "CLICKED", "ATTENDED", "COMPLETED"] as const;

const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO date-time, e.g. 2026-11-30T14:05:00Z" });
const id = z.string().trim().min(1).max(100);
const shortList = z.array(z.string().trim().min(1).max(100)).max(20).default([]);

/** The content of an activity as a rep records or edits it. */
export const activityContentSchema = z
  .object({
    channel: z.enum(CHANNELS),
    hcpId: id.optional(),
    accountId: id.optional(),
    plannedAt: isoDateTime.optional(),
    startedAt: isoDateTime,
    durationMinutes: z.number().int().min(0).max(1440),
    outcome: z.enum(OUTCOMES),
    products: shortList,
    keyMessages: shortList,
    activations: z
      .array(z.object({ event: z.enum(ACTIVATION_EVENTS), at: isoDateTime }).strict())
      .max(50)
      .default([]),
    notes: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (!a.hcpId && !a.accountId)
      ctx.addIssue({ code: "custom", path: ["hcpId"], message: "an activity is with an HCP, an account or both" });
    if (a.activations.length > 0 && !REMOTE_CHANNELS.includes(a.channel)) {
      ctx.addIssue({
        code: "custom",
        path: ["activations"],
        message: `only remote channels (${REMOTE_CHANNELS.join(", ")}) have activation events`,
      });
    }
  });

export type ActivityContent = z.infer<typeof activityContentSchema>;

/** A retried submission carries the same key; the client makes one per activity (e.g. a UUID). */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, "8 to 100 letters, digits, _ or -");

/** The same content always gives the same text: how a retry is told from a different activity under a reused key. */
export function contentFingerprint(content: ActivityContent): string {
  return JSON.stringify(
    Object.keys(content)
      .sort()
      .map((k) => [k, content[k as keyof ActivityContent]]),
  );
}
