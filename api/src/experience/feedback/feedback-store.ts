/** Entered feedback answers: stored and their HCP's experience lists refreshed in one transaction. */
import type { Driver } from "neo4j-driver";
import { transactionRunner } from "../../db/cypher-runner.ts";
import { notFound } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { VISIBLE } from "../../model/cypher-fragments.ts";
import { refreshExperience } from "../facts/experience-facts.ts";
import { type Feedback, monthOf } from "./feedback.ts";
import { FEEDBACK_CREATE } from "./feedback-queries.ts";

const VISIBLE_HCP = `MATCH (h:HCP {id: $id}) WHERE ${VISIBLE("h")} RETURN h.id AS id`;

/** The id of an entered answer: the user's idempotency key, so a retry finds the stored answer. */
export const enteredFeedbackId = (actor: string, idempotencyKey: string) => `${actor}|feedback|${idempotencyKey}`;

export async function recordFeedback(
  driver: Driver,
  req: { feedback: Feedback; idempotencyKey: string; actor: string; scope: AccessScope },
): Promise<{ id: string; created: boolean }> {
  const id = enteredFeedbackId(req.actor, req.idempotencyKey);
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const visible = await tx.run(VISIBLE_HCP, { id: req.feedback.hcpId, ...req.scope });
      if (visible.records.length === 0) throw notFound(`HCP ${req.feedback.hcpId}`);
      const f = req.feedback;
      const row = { id, ...f, aboutId: f.aboutId ?? null, channel: f.channel ?? null, month: monthOf(f.answeredAt) };
      const result = await tx.run(FEEDBACK_CREATE, { rows: [row], audit: { actor: req.actor, importId: null } });
      const created = Number(result.records[0]?.get("rows") ?? 0) > 0;
      if (created) await refreshExperience(transactionRunner(tx), { records: [f.hcpId] });
      return { id, created };
    });
  } finally {
    await session.close();
  }
}
