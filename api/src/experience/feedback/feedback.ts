/**
 * A feedback answer of an HCP: NPS (0-10, "how likely are you to recommend ...") or CSAT (1-5),
 * about an interaction, an event, a product or the company, with the channel it came through and
 * when it was given. Validated with zod; the same schema serves the import and the mutation.
 */
import { z } from "zod";
import { FEEDBACK_KINDS, FEEDBACK_TOPICS, TOUCHPOINT_CHANNELS } from "../../model/vocabulary.ts";

const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO date-time with offset, e.g. 2026-11-30T14:05:00Z" });

export const feedbackSchema = z
  .object({
    hcpId: z.string().trim().min(1).max(100),
    kind: z.enum(FEEDBACK_KINDS),
    score: z.number().int(),
    about: z.enum(FEEDBACK_TOPICS),
    /** What it is about: an activity id, an event, a product name; none for the company. */
    aboutId: z.string().trim().min(1).max(200).optional(),
    channel: z.enum(TOUCHPOINT_CHANNELS).optional(),
    answeredAt: isoDateTime,
  })
  .strict()
  .superRefine((f, ctx) => {
    const [low, high] = f.kind === "NPS" ? [0, 10] : [1, 5];
    if (f.score < low || f.score > high)
      ctx.addIssue({ code: "custom", path: ["score"], message: `a ${f.kind} score is ${low} to ${high}` });
  });

export type Feedback = z.infer<typeof feedbackSchema>;

/** The month an answer counts in: the local month of its date-time. */
export const monthOf = (isoDateTime: string) => isoDateTime.slice(0, 7);
