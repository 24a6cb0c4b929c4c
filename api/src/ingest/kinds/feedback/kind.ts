import { z } from "zod";
import { feedbackSchema, monthOf } from "../../../experience/feedback/feedback.ts";
import { FEEDBACK_CREATE } from "../../../experience/feedback/feedback-queries.ts";
import { FEEDBACK_KINDS, FEEDBACK_TOPICS, TOUCHPOINT_CHANNELS } from "../../../model/vocabulary.ts";
import { entityId, optionalText, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";

const COLUMN_OF: Record<string, string> = {
  hcpId: "hcp_id",
  kind: "kind",
  score: "score",
  about: "about",
  aboutId: "about_id",
  channel: "channel",
  answeredAt: "answered_at",
};

const cells = z.object({
  feedback_id: entityId(),
  hcp_id: entityId(),
  kind: requiredText(10),
  score: requiredText(3),
  about: requiredText(20),
  answered_at: requiredText(40),
  about_id: optionalText(200),
  channel: optionalText(40),
});

const rowSchema = cells.transform((r, ctx) => {
  const parsed = feedbackSchema.safeParse({
    hcpId: r.hcp_id,
    kind: r.kind.toUpperCase(),
    score: /^\d+$/.test(r.score) ? Number(r.score) : Number.NaN,
    about: r.about.toUpperCase(),
    aboutId: r.about_id || undefined,
    channel: r.channel ? r.channel.toUpperCase() : undefined,
    answeredAt: r.answered_at,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      ctx.addIssue({
        code: "custom",
        path: [COLUMN_OF[field] ?? "(row)"],
        message: field === "score" && issue.code === "invalid_type" ? "must be a whole number" : issue.message,
      });
    }
    return z.NEVER;
  }
  return { id: r.feedback_id, ...parsed.data };
});

export type FeedbackRow = z.infer<typeof rowSchema>;

export const feedback = defineKind({
  name: "feedback",
  summary:
    "NPS (0-10) and CSAT (1-5) answers of HCPs, keyed by the source's feedback id: an id stored before is left as it is (a re-import stores nothing new). The HCPs' experience figures and their roll-ups are refreshed after the import.",
  required: [
    { column: "feedback_id", meaning: "the answer's id in its source system (unique)" },
    { column: "hcp_id", meaning: "id of the HCP who answered" },
    { column: "kind", meaning: FEEDBACK_KINDS.join(" or ") },
    { column: "score", meaning: "whole number: 0 to 10 for NPS, 1 to 5 for CSAT" },
    { column: "about", meaning: FEEDBACK_TOPICS.join(", ") },
    { column: "answered_at", meaning: "when it was given, ISO date-time with offset (its local month is the answer's month)" },
  ],
  optional: [
    { column: "about_id", meaning: "what it is about: an activity id, an event, a product" },
    { column: "channel", meaning: `the channel it came through: ${TOUCHPOINT_CHANNELS.join(", ")}` },
  ],
  schema: rowSchema,
  key: (r) => r.id,
  keyColumns: ["feedback_id"],
  references: (r) => [{ column: "hcp_id", id: r.hcpId, kinds: ["HCP"] }],
  write: (r) => ({
    group: "feedback",
    query: FEEDBACK_CREATE,
    params: {
      id: r.id,
      hcpId: r.hcpId,
      kind: r.kind,
      score: r.score,
      about: r.about,
      aboutId: r.aboutId ?? null,
      channel: r.channel ?? null,
      answeredAt: r.answeredAt,
      month: monthOf(r.answeredAt),
    },
  }),
  example: {
    feedback_id: "survey-2026-000123",
    hcp_id: "HCP-0000001",
    kind: "NPS",
    score: "9",
    about: "COMPANY",
    answered_at: "2026-11-30T14:05:00Z",
    about_id: "",
    channel: "EMAIL_CAMPAIGN",
  },
});
