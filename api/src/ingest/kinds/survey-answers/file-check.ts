import type { Driver } from "neo4j-driver";
import { valueProblem } from "../../../field/surveys/answer-sheet.ts";
import { answerFromText } from "../../../field/surveys/answer-text.ts";
import { type Questionnaire, questionnaireSchema } from "../../../field/surveys/questionnaire.ts";
import type { FileCheck, ReportProblem, ResolvedFile } from "../kind.ts";
import type { SurveyAnswerRow } from "./kind.ts";

const ACTIVE_SURVEYS = `MATCH (s:Survey {status: 'ACTIVE'}) WHERE s.key IN $keys RETURN s.key AS key, s.definition AS definition`;

async function activeSurveys(driver: Driver, keys: string[]): Promise<Map<string, Questionnaire>> {
  const { records } = await driver.executeQuery(ACTIVE_SURVEYS, { keys }, { routing: "READ" });
  return new Map(records.map((r) => [r.get("key") as string, questionnaireSchema.parse(JSON.parse(r.get("definition") as string))]));
}

/**
 * Each answer against the active version of its survey: the survey is active, the question is
 * one of it, the subject is of the kind the survey asks about, and the value is an answer to the
 * question. Skip logic spans a whole answer sheet and is not checked on imported single answers.
 */
export class SurveyAnswerFileCheck implements FileCheck<SurveyAnswerRow> {
  private readonly rows: { row: number; r: SurveyAnswerRow }[] = [];

  row(r: SurveyAnswerRow, rowNumber: number): void {
    this.rows.push({ row: rowNumber, r });
  }

  async finish(file: ResolvedFile, report: ReportProblem): Promise<void> {
    const rows = this.rows.filter((x) => !file.rejectedRows.has(x.row));
    const surveys = await activeSurveys(file.driver, [...new Set(rows.map((x) => x.r.survey))]);
    for (const { row, r } of rows) {
      const survey = surveys.get(r.survey);
      if (!survey) {
        report({ row, column: "survey", value: r.survey, message: "is not a survey with an active version" });
        continue;
      }
      const subjectKind = file.kindOf.get(r.subject_id);
      if (subjectKind !== undefined && subjectKind !== survey.subject) {
        report({
          row,
          column: "subject_id",
          value: r.subject_id,
          message: `is of kind ${subjectKind}; survey ${r.survey} asks about ${survey.subject}`,
        });
      }
      const question = survey.questions.find((q) => q.key === r.question);
      if (!question) {
        report({ row, column: "question", value: r.question, message: `is not a question of survey ${r.survey}` });
        continue;
      }
      const problem = valueProblem(question, answerFromText(question, r.value));
      if (problem) report({ row, column: "value", value: r.value, message: problem });
    }
  }
}
