import type { Api } from "../../api/use-api.ts";
import { QuestionInput } from "./QuestionInput.tsx";
import { shownQuestions } from "./questionnaire.ts";
import { useSurveyForm } from "./use-survey-form.ts";

/** Answering one survey about one subject: the questions skip logic shows, required markers, the server's problems per question. */
export function SurveyForm({ api, survey, subjectId }: { api: Api; survey: { key: string; definition: string }; subjectId: string }) {
  const f = useSurveyForm(api, survey, subjectId);
  const shown = shownQuestions(f.questionnaire.questions, f.sheet);
  if (!f.loaded) return f.message ? <p className="error">{f.message.text}</p> : <p className="muted">Loading the current answers…</p>;
  return (
    <form
      className="survey-form"
      noValidate
      aria-label={f.questionnaire.name}
      data-testid={`survey-form-${survey.key}`}
      onSubmit={(e) => {
        e.preventDefault();
        void f.submit();
      }}
    >
      {f.questionnaire.description && <p className="muted">{f.questionnaire.description}</p>}
      <p className="muted">
        <span className="required">*</span> required
      </p>
      {f.questionnaire.questions
        .filter((q) => shown.has(q.key))
        .map((q) => (
          <QuestionInput key={q.key} question={q} value={f.sheet[q.key]} onChange={(v) => f.answer(q.key, v)} problem={f.problems[q.key]} />
        ))}
      {f.message && (
        <p className={f.message.error ? "error" : "ok"} role="status" data-testid="survey-message">
          {f.message.text}
        </p>
      )}
      <button type="submit" className="primary" disabled={f.busy} data-testid="survey-submit">
        Save answers
      </button>
    </form>
  );
}
