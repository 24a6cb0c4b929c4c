import { describe, expect, it } from "vitest";
import { adoptionSurvey } from "../fixtures/adoption-survey.ts";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** Profiling surveys on the two-territory graph: rep1 covers HCP1a and HCP1b, rep2 covers HCP2. */
const f = useTwoTerritoryApi("surveys");
const key = `adopt${Math.random().toString(36).slice(2, 10)}`;

const definition = adoptionSurvey(key);

const SAVE = `mutation($d: String!) { saveSurvey(definition: $d) { key version status subject } }`;
const ACTIVATE = `mutation($k: String!, $v: Int!) { activateSurvey(key: $k, version: $v) { key version status } }`;
const ANSWER = `mutation($s: String!, $id: ID!, $a: String!) { answerSurvey(survey: $s, subjectId: $id, answers: $a) { version written cleared answers { question value current answeredBy } } }`;
const ANSWERS = `query($id: ID!, $h: Boolean) { surveyAnswers(subjectId: $id, survey: "${key}", history: $h) { question value current answeredBy supersededAt } }`;

const answer = (user: string, id: string, a: Record<string, unknown>) => f.api.as(user, ANSWER, { s: key, id, a: JSON.stringify(a) });

describe("profiling surveys", () => {
  it("ANALYST authors and activates; definitions are checked with field paths; other roles may not author", async () => {
    const bad = await f.api.as(f.g.users.analyst, SAVE, {
      d: JSON.stringify({ ...definition, questions: [{ ...definition.questions[1], showIf: { question: "nope", anyOf: ["yes"] } }] }),
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentPath: ["definition", "questions", 0, "showIf", "question"],
    });
    for (const user of [f.g.users.rep1, f.g.users.kam, f.g.users.steward]) {
      expect((await f.api.as(user, SAVE, { d: JSON.stringify(definition) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const saved = await f.api.as(f.g.users.analyst, SAVE, { d: JSON.stringify(definition) });
    expect(saved.data?.saveSurvey).toEqual({ key, version: 1, status: "DRAFT", subject: "HCP" });
    expect((await answer(f.g.users.rep1, f.g.ids.hcp1a, { treats: "no" })).errors?.[0]?.message).toMatch(/no active version/);
    const active = await f.api.as(f.g.users.analyst, ACTIVATE, { k: key, v: 1 });
    expect(active.data?.activateSurvey.status).toBe("ACTIVE");
  });

  it("a REP answers about an HCP of their territory; bad answers name the question and write nothing", async () => {
    const missing = await answer(f.g.users.rep1, f.g.ids.hcp1a, { treats: "yes" });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: ["answers", "patients"] });
    const outOfRange = await answer(f.g.users.rep1, f.g.ids.hcp1a, { treats: "yes", patients: 900 });
    expect(outOfRange.errors?.[0]?.message).toBe("Argument answers.patients: must be between 0 and 500");
    expect((await f.api.as(f.g.users.kam, ANSWERS, { id: f.g.ids.hcp1a })).data?.surveyAnswers).toEqual([]);

    const first = await answer(f.g.users.rep1, f.g.ids.hcp1a, { treats: "yes", patients: 5 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.answerSurvey).toMatchObject({ version: 1, written: 2, cleared: 0 });
    const second = await answer(f.g.users.rep1, f.g.ids.hcp1a, { patients: 40, satisfaction: 4 });
    expect(second.data?.answerSurvey).toMatchObject({ written: 2, cleared: 0 });
    expect(second.data?.answerSurvey.answers.map((a: { question: string; value: string }) => [a.question, a.value]).sort()).toEqual([
      ["patients", "40"],
      ["satisfaction", "4"],
      ["treats", '"yes"'],
    ]);
    const history = await f.api.as(f.g.users.kam, ANSWERS, { id: f.g.ids.hcp1a, h: true });
    const patients = history.data?.surveyAnswers.filter((a: { question: string }) => a.question === "patients");
    expect(patients.map((a: { value: string; current: boolean }) => [a.value, a.current])).toEqual([
      ["40", true],
      ["5", false],
    ]);
    expect(patients[1].supersededAt).not.toBeNull();
  });

  it("an answer that hides a question clears its answer, kept in the history", async () => {
    await answer(f.g.users.kam, f.g.ids.hcp1b, { treats: "yes", patients: 10 });
    const no = await answer(f.g.users.kam, f.g.ids.hcp1b, { treats: "no" });
    expect(no.data?.answerSurvey).toMatchObject({ written: 1, cleared: 1 });
    expect(no.data?.answerSurvey.answers.map((a: { question: string }) => a.question)).toEqual(["treats"]);
    const yesAgain = await answer(f.g.users.kam, f.g.ids.hcp1b, { treats: "yes", patients: 10 });
    expect(yesAgain.errors).toBeUndefined();
  });

  it("REP scope: another territory's HCP answers like a missing one, for writes and reads; other users are 'another user'", async () => {
    await answer(f.g.users.kam, f.g.ids.hcp2, { treats: "no" });
    const hidden = await answer(f.g.users.rep1, f.g.ids.hcp2, { treats: "no" });
    const nowhere = await answer(f.g.users.rep1, `${f.g.prefix}no-such-hcp`, { treats: "no" });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(hidden.errors?.[0]?.message.replace(f.g.ids.hcp2, "X")).toBe(
      nowhere.errors?.[0]?.message.replace(`${f.g.prefix}no-such-hcp`, "X"),
    );
    expect((await f.api.as(f.g.users.rep1, ANSWERS, { id: f.g.ids.hcp2 })).data?.surveyAnswers).toEqual([]);
    expect((await f.api.as(f.g.users.kam, ANSWERS, { id: f.g.ids.hcp2 })).data?.surveyAnswers).toHaveLength(1);

    const byKam = await f.api.as(f.g.users.rep1, ANSWERS, { id: f.g.ids.hcp1b });
    expect(byKam.data?.surveyAnswers.every((a: { answeredBy: string }) => a.answeredBy === "another user")).toBe(true);
    expect(JSON.stringify(byKam.data)).not.toContain(f.g.users.kam);
    expect((await answer(f.g.users.analyst, f.g.ids.hcp1a, { satisfaction: 2 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("scoring reads the current answers: a survey component end to end", async () => {
    const model = {
      name: `svy${key.slice(5)}`,
      description: "patients per month from the adoption survey",
      components: [
        {
          key: "patients",
          label: "Patients",
          source: { kind: "survey", question: `${key}.patients` },
          transform: { kind: "minmax" },
          weight: 1,
        },
      ],
      segmentation: {
        kind: "thresholds",
        thresholds: [
          { minScore: 50, label: "A" },
          { minScore: 0, label: "C" },
        ],
      },
      flags: [],
    };
    const saved = await f.api.as(f.g.users.analyst, `mutation($d: String!) { saveScoringModel(definition: $d) { name version } }`, {
      d: JSON.stringify(model),
    });
    expect(saved.errors).toBeUndefined();
    const activated = await f.api.as(f.g.users.analyst, `mutation($n: String!) { activateScoringModel(name: $n, version: 1) { hcps } }`, {
      n: model.name,
    });
    expect(activated.errors).toBeUndefined();
    const score = async (id: string) =>
      (
        await f.api.as(
          f.g.users.kam,
          `query($id: ID!) { hcps(where: { id: { eq: $id } }) { scores { model score segment explanation { key raw missing } } } }`,
          { id },
        )
      ).data?.hcps[0].scores.find((s: { model: string }) => s.model === model.name);
    // HCP1a: 5 superseded by 40; HCP1b: 10. Min-max over the current answers: 40 -> 100, 10 -> 0.
    expect(await score(f.g.ids.hcp1a)).toMatchObject({
      score: 100,
      segment: "A",
      explanation: [{ key: "patients", raw: "40", missing: false }],
    });
    expect(await score(f.g.ids.hcp1b)).toMatchObject({ score: 0, segment: "C", explanation: [{ key: "patients", raw: "10" }] });
    expect(await score(f.g.ids.hcp2)).toMatchObject({ explanation: [{ key: "patients", missing: true }] });
  });
});
