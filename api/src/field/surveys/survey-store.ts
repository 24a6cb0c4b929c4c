/**
 * Questionnaires and answers in the graph.
 * `(:Survey {id: 'key|version', key, version, status DRAFT | ACTIVE | RETIRED, subject, name,
 * definition (JSON), createdBy, createdAt, activatedBy, activatedAt, retiredAt})`: drafts can be
 * replaced, an activated version never changes, one version per key is ACTIVE.
 * `(subject)-[:ANSWERED]->(:SurveyAnswer {id, survey, version, questionKey, question
 * 'survey.questionKey', subjectId, value, answeredBy, answeredAt, current, supersededAt})`: one
 * current answer per question and subject; a new answer supersedes the old one, which stays as
 * history. Scoring models read current answers by `question`; answers to the persona profile
 * re-assign their HCP's persona in the same transaction (experience/personas).
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { transactionRunner } from "../../db/cypher-runner.ts";
import { toNative } from "../../db/to-native.ts";
import { keepPersonasCurrent } from "../../experience/personas/keep-current.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { DRAFT_VERSION, ENTITY_BY_ID, VISIBLE } from "../../model/cypher-fragments.ts";
import { type AnswerSheet, checkSubmission, currentSheet } from "./answer-sheet.ts";
import { type Questionnaire, questionnaireSchema } from "./questionnaire.ts";

export type SurveyStatus = "DRAFT" | "ACTIVE" | "RETIRED";

export interface StoredSurvey {
  key: string;
  version: number;
  name: string;
  subject: string;
  status: SurveyStatus;
  definition: string;
  createdBy: string;
  createdAt: string;
  activatedAt: string | null;
}

const SURVEY_FIELDS = `s {.key, .version, .name, .subject, .status, .definition, .createdBy, createdAt: toString(s.createdAt), activatedAt: toString(s.activatedAt)}`;

const LIST = `
MATCH (s:Survey) WHERE ($key IS NULL OR s.key = $key) AND ($status IS NULL OR s.status = $status)
RETURN ${SURVEY_FIELDS} AS s ORDER BY s.key, s.version DESC`;

/** A new draft version, or the latest version replaced while it is still a draft. */
const SAVE_DRAFT = `
${DRAFT_VERSION("Survey", "key")}
MERGE (s:Survey {id: $key + '|' + toString(version)})
ON CREATE SET s.key = $key, s.version = version, s.status = 'DRAFT'
SET s.name = $name, s.subject = $subject, s.definition = $definition, s.createdBy = $actor, s.createdAt = datetime()
RETURN ${SURVEY_FIELDS} AS s`;

const ACTIVATE = `
MATCH (s:Survey {key: $key, version: $version})
OPTIONAL MATCH (previous:Survey {key: $key, status: 'ACTIVE'}) WHERE previous <> s
SET previous.status = 'RETIRED', previous.retiredAt = datetime()
SET s.status = 'ACTIVE', s.activatedBy = $actor, s.activatedAt = coalesce(s.activatedAt, datetime())
RETURN ${SURVEY_FIELDS} AS s`;

const RETIRE = `
MATCH (s:Survey {key: $key, status: 'ACTIVE'})
SET s.status = 'RETIRED', s.retiredAt = datetime()
RETURN ${SURVEY_FIELDS} AS s`;

const ACTIVE = `MATCH (s:Survey {key: $key, status: 'ACTIVE'}) RETURN s.version AS version, s.definition AS definition`;

/** The subject, locked so that concurrent submissions about it take turns; none when hidden or missing. */
const LOCK_SUBJECT = `
${ENTITY_BY_ID("n", "$subjectId")}
WHERE ${VISIBLE("n")} AND $label IN labels(n)
CALL apoc.lock.nodes([n])
OPTIONAL MATCH (n)-[:ANSWERED]->(a:SurveyAnswer {survey: $survey, current: true})
RETURN a.questionKey AS question, a.value AS value`;

const WRITE_ANSWERS = `
${ENTITY_BY_ID("n", "$subjectId")}
WHERE $label IN labels(n)
CALL (n) {
  MATCH (n)-[:ANSWERED]->(old:SurveyAnswer {survey: $survey, current: true}) WHERE old.questionKey IN $closing
  SET old.current = false, old.supersededAt = datetime()
}
CALL (n) {
  UNWIND $rows AS r
  CREATE (n)-[:ANSWERED]->(:SurveyAnswer {id: randomUUID(), survey: $survey, version: $version, questionKey: r.question,
    question: $survey + '.' + r.question, subjectId: $subjectId, value: r.value, answeredBy: $actor, answeredAt: datetime(), current: true})
}
RETURN count(*) AS done`;

const ANSWERS = `
${ENTITY_BY_ID("n", "$subjectId")}
WHERE ${VISIBLE("n")}
MATCH (n)-[:ANSWERED]->(a:SurveyAnswer) WHERE ($survey IS NULL OR a.survey = $survey) AND ($history OR a.current)
RETURN a {.survey, .version, question: a.questionKey, .value, answeredBy: CASE WHEN $restricted AND a.answeredBy <> $caller THEN $anotherUser ELSE a.answeredBy END,
  answeredAt: toString(a.answeredAt), .current, supersededAt: toString(a.supersededAt)} AS a
ORDER BY a.survey, a.question, a.answeredAt DESC`;

const LABEL_OF_SUBJECT = { HCP: "HCP", ACCOUNT: "Account" } as const;

export async function listSurveys(driver: Driver, key: string | null, status: SurveyStatus | null): Promise<StoredSurvey[]> {
  const { records } = await driver.executeQuery(LIST, { key, status }, { routing: "READ" });
  return records.map((r) => toNative(r.get("s")) as StoredSurvey);
}

export async function saveSurveyDraft(driver: Driver, survey: Questionnaire, actor: string): Promise<StoredSurvey> {
  const { records } = await driver.executeQuery(SAVE_DRAFT, {
    key: survey.key,
    name: survey.name,
    subject: survey.subject,
    definition: JSON.stringify(survey),
    actor,
  });
  return toNative(records[0]!.get("s")) as StoredSurvey;
}

export async function activateSurvey(driver: Driver, key: string, version: number, actor: string): Promise<StoredSurvey> {
  const { records } = await driver.executeQuery(ACTIVATE, { key, version, actor });
  if (!records[0]) throw new DomainError(ErrorCode.NOT_FOUND, `Survey ${key} version ${version} not found`);
  return toNative(records[0].get("s")) as StoredSurvey;
}

export async function retireSurvey(driver: Driver, key: string): Promise<StoredSurvey> {
  const { records } = await driver.executeQuery(RETIRE, { key });
  if (!records[0]) throw new DomainError(ErrorCode.NOT_FOUND, `Survey ${key} has no active version`);
  return toNative(records[0].get("s")) as StoredSurvey;
}

export interface Submission {
  survey: string;
  version: number;
  subjectId: string;
  written: number;
  cleared: number;
}

/**
 * Checks and stores answers about a subject against the survey's active version, in one
 * transaction with the subject locked. A hidden subject answers exactly like a missing one.
 */
export async function submitAnswers(
  driver: Driver,
  req: { survey: string; subjectId: string; answers: Record<string, unknown>; actor: string; scope: AccessScope },
): Promise<Submission> {
  const active = (await driver.executeQuery(ACTIVE, { key: req.survey }, { routing: "READ" })).records[0];
  if (!active) throw new DomainError(ErrorCode.NOT_FOUND, `Survey ${req.survey} has no active version`);
  const survey = questionnaireSchema.parse(JSON.parse(active.get("definition") as string));
  const version = Number(active.get("version"));
  const label = LABEL_OF_SUBJECT[survey.subject];
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const rows = (await tx.run(LOCK_SUBJECT, { subjectId: req.subjectId, label, survey: req.survey, ...req.scope })).records;
      if (rows.length === 0)
        throw new DomainError(ErrorCode.NOT_FOUND, `${survey.subject === "HCP" ? "HCP" : "Account"} ${req.subjectId} not found`);
      const stored: AnswerSheet = {};
      for (const r of rows)
        if (r.get("question") !== null) stored[r.get("question") as string] = toNative(r.get("value")) as AnswerSheet[string];
      const current = currentSheet(survey, stored);
      const checked = checkSubmission(survey, current, req.answers);
      if (checked.problems.length > 0) {
        const first = checked.problems[0]!;
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `Argument answers.${first.question}: ${first.message}`, {
          argumentPath: ["answers", first.question],
          problems: checked.problems,
        });
      }
      const written = Object.entries(checked.write).map(([question, value]) => ({ question, value }));
      // Answers that are not valid under the active version any more are closed with the next change too.
      const stale = Object.keys(stored).filter((k) => !(k in current));
      const closing = [...new Set([...written.map((w) => w.question), ...checked.clear, ...stale])];
      if (closing.length > 0 || written.length > 0) {
        await tx.run(WRITE_ANSWERS, {
          subjectId: req.subjectId,
          label,
          survey: req.survey,
          version,
          rows: written,
          closing,
          actor: req.actor,
        });
        await keepPersonasCurrent(transactionRunner(tx), [{ survey: req.survey, subjectId: req.subjectId }]);
      }
      return { survey: req.survey, version, subjectId: req.subjectId, written: written.length, cleared: checked.clear.length };
    });
  } finally {
    await session.close();
  }
}

export interface StoredAnswer {
  survey: string;
  version: number;
  question: string;
  value: unknown;
  answeredBy: string;
  answeredAt: string;
  current: boolean;
  supersededAt: string | null;
}

export async function answersAbout(
  driver: Driver,
  req: { subjectId: string; survey: string | null; history: boolean; caller: string; scope: AccessScope; anotherUser: string },
): Promise<StoredAnswer[]> {
  const { records } = await driver.executeQuery(
    ANSWERS,
    { subjectId: req.subjectId, survey: req.survey, history: req.history, caller: req.caller, anotherUser: req.anotherUser, ...req.scope },
    { routing: "READ" },
  );
  return records.map((r) => toNative(r.get("a")) as StoredAnswer);
}
