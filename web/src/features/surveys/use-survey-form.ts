import { useCallback, useEffect, useMemo, useState } from "react";
import { ANSWER_SURVEY, SURVEY_ANSWERS } from "../../api/field.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { type AnswerSheet, type AnswerValue, answersToSend, missingRequired, parseQuestionnaire } from "./questionnaire.ts";
import { problemsByQuestion } from "./server-problems.ts";

const toSheet = (answers: { question: string; value: string }[]): AnswerSheet =>
  Object.fromEntries(answers.map((a) => [a.question, JSON.parse(a.value) as AnswerValue]));

/** One survey about one subject: its current answers, the rep's edits, and submitting them with answerSurvey. */
export function useSurveyForm(api: Api, survey: { key: string; definition: string }, subjectId: string) {
  const questionnaire = useMemo(() => parseQuestionnaire(survey.definition), [survey.definition]);
  const [stored, setStored] = useState<AnswerSheet>({});
  const [sheet, setSheet] = useState<AnswerSheet>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // The questions are shown once the current answers are in: a late load would overwrite the rep's edits.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api(SURVEY_ANSWERS, { subjectId, survey: survey.key })
      .then((d) => {
        if (cancelled) return;
        const s = toSheet(d.surveyAnswers);
        setStored(s);
        setSheet(s);
        setLoaded(true);
      })
      .catch((err: unknown) => !cancelled && setMessage({ text: errorMessage(err), error: true }));
    return () => {
      cancelled = true;
    };
  }, [api, subjectId, survey.key]);

  const answer = useCallback((question: string, value: AnswerValue | undefined) => {
    setSheet((s) => {
      const { [question]: _, ...rest } = s;
      return value === undefined ? rest : { ...rest, [question]: value };
    });
    setProblems(({ [question]: _, ...rest }) => rest);
  }, []);

  const submit = useCallback(async () => {
    const missing = missingRequired(questionnaire.questions, sheet);
    if (missing.length > 0) {
      setProblems(Object.fromEntries(missing.map((k) => [k, "required"])));
      setMessage({ text: "Answer the required questions first.", error: true });
      return;
    }
    setBusy(true);
    try {
      const answers = JSON.stringify(answersToSend(questionnaire.questions, sheet, stored));
      const d = await api(ANSWER_SURVEY, { survey: survey.key, subjectId, answers });
      const s = toSheet(d.answerSurvey.answers);
      setStored(s);
      setSheet(s);
      setProblems({});
      setMessage({ text: `Saved: ${d.answerSurvey.written} answer(s) written, ${d.answerSurvey.cleared} cleared.`, error: false });
    } catch (err) {
      const byQuestion = problemsByQuestion(err);
      if (byQuestion) setProblems(byQuestion);
      setMessage({ text: byQuestion ? "The server found problems in the answers marked below." : errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  }, [api, questionnaire, sheet, stored, subjectId, survey.key]);

  return { questionnaire, loaded, sheet, problems, message, busy, answer, submit };
}
