import { describe, expect, it } from "vitest";
import { activateSurvey, saveSurveyDraft } from "../../src/field/surveys/survey-store.ts";
import { questionnaireSchema } from "../../src/field/surveys/questionnaire.ts";
import { adoptionSurvey } from "../fixtures/adoption-survey.ts";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("surveyimport");
const key = `imp${Math.random().toString(36).slice(2, 10)}`;
const HEADER = "subject_id,survey,question,value,answered_by,answered_at";

async function activate(): Promise<void> {
  await saveSurveyDraft(f.driver, questionnaireSchema.parse(adoptionSurvey(key)), f.g.users.analyst);
  await activateSurvey(f.driver, key, 1, f.g.users.analyst);
}

const current = (id: string) =>
  f.query<{ question: string; value: unknown; by: string }>(
    `MATCH (n {id: $id})-[:ANSWERED]->(a:SurveyAnswer {survey: $key, current: true}) RETURN a.questionKey AS question, a.value AS value, a.answeredBy AS by ORDER BY question`,
    { id, key },
  );

describe("survey answers import", () => {
  it("checks every answer against the active version and writes nothing when any is wrong", async () => {
    await activate();
    const s = await f.run(
      "survey_answers",
      f.file("bad.csv", [
        HEADER,
        `${f.p}HCP1a,${key},patients,900,,`,
        `${f.p}HCP1a,${key},nope,1,,`,
        `${f.p}HCP1a,no_such_survey,treats,yes,,`,
        `${f.p}ACC1,${key},treats,yes,,`,
        `${f.p}HCP1b,${key},channels,visit|fax,,`,
        `${f.p}HCP1b,${key},satisfaction,4,,yesterday`,
        `${f.p}HCP2,${key},treats,yes,,`,
      ]),
    );
    expect(s.status).toBe("REJECTED");
    expect(s.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      "2 value: must be between 0 and 500",
      `3 question: is not a question of survey ${key}`,
      "4 survey: is not a survey with an active version",
      `5 subject_id: is of kind ACCOUNT; survey ${key} asks about HCP`,
      "6 value: each choice must be one of: visit, email, webinar",
      "7 answered_at: must be a date or date-time, e.g. 2026-11-30 or 2026-11-30T14:05:00Z",
    ]);
    expect(await current(`${f.p}HCP2`)).toEqual([]);
  });

  it("writes typed answers; a second import of the same file changes nothing; a new value supersedes", async () => {
    const lines = [
      HEADER,
      `${f.p}HCP1a,${key},treats,yes,${f.p}rep1,2026-11-30`,
      `${f.p}HCP1a,${key},patients,40,,`,
      `${f.p}HCP1a,${key},channels,visit | email,,`,
      `${f.p}HCP1a,${key},satisfaction,4,,2026-11-30T14:05:00Z`,
    ];
    const first = await f.run("survey_answers", f.file("answers.csv", lines));
    expect(first).toMatchObject({ status: "SUCCEEDED", created: 4 });
    expect(await current(`${f.p}HCP1a`)).toEqual([
      { question: "channels", value: ["visit", "email"], by: f.g.users.steward },
      { question: "patients", value: 40, by: f.g.users.steward },
      { question: "satisfaction", value: 4, by: f.g.users.steward },
      { question: "treats", value: "yes", by: `${f.p}rep1` },
    ]);
    const again = await f.run("survey_answers", f.file("answers.csv", lines));
    expect(again).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 0 });

    const changed = await f.run("survey_answers", f.file("changed.csv", [HEADER, `${f.p}HCP1a,${key},patients,55,,`]));
    expect(changed).toMatchObject({ status: "SUCCEEDED", updated: 1 });
    const history = await f.query(
      `MATCH (a:SurveyAnswer {subjectId: $id, survey: $key, questionKey: 'patients'}) RETURN a.value AS value, a.current AS current ORDER BY a.answeredAt`,
      { id: `${f.p}HCP1a`, key },
    );
    expect(history).toEqual([
      { value: 40, current: false },
      { value: 55, current: true },
    ]);
  });
});
