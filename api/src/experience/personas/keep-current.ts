/**
 * Keeps assignments current as profiles change: after answers to the built-in questionnaire are
 * written (a submission, an import batch), their HCPs are assigned again under the active rule
 * set, on the writer's runner, so inside its transaction when it has one.
 */
import type { CypherRunner } from "../../db/cypher-runner.ts";
import { assignRecords } from "./assignment.ts";
import { PROFILES_OF_IDS } from "./profile-queries.ts";
import { PROFILE_SURVEY_KEY } from "./profile-survey.ts";
import { activeRuleSet } from "./rule-set-store.ts";

export interface WrittenAnswers {
  survey: string;
  subjectId: string;
}

export async function keepPersonasCurrent(run: CypherRunner, written: readonly WrittenAnswers[]): Promise<void> {
  const ids = [...new Set(written.filter((w) => w.survey === PROFILE_SURVEY_KEY).map((w) => w.subjectId))];
  if (ids.length === 0) return;
  const active = await activeRuleSet(run);
  if (active) await assignRecords(run, active, PROFILES_OF_IDS, { ids });
}
