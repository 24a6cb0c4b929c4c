import { useEffect, useRef, useState } from "react";
import type { Api } from "../../api/use-api.ts";
import { SurveyForm } from "./SurveyForm.tsx";
import { useActiveSurveys } from "./use-active-surveys.ts";

interface Props {
  api: Api;
  subject: { id: string; kind: "HCP" | "ACCOUNT"; name: string };
  onClose: () => void;
}

/** The active surveys about an HCP or account: pick one and answer it. */
export function SurveyPanel({ api, subject, onClose }: Props) {
  const { surveys, error } = useActiveSurveys(api, subject.kind);
  const [chosen, setChosen] = useState<string | null>(null);
  const key = chosen ?? (surveys?.length === 1 ? surveys[0]!.key : null);
  const survey = surveys?.find((s) => s.key === key);
  const panel = useRef<HTMLElement>(null);
  // Opened from a stop or a target further down the page: bring it into view.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: "nearest" });
  }, []);
  return (
    <section ref={panel} className="survey-panel" aria-label={`Surveys about ${subject.name}`} data-testid="survey-panel">
      <header className="panel-head">
        <h3>Survey · {subject.name}</h3>
        <button type="button" onClick={onClose} aria-label="Close surveys">
          ×
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {surveys?.length === 0 && <p className="muted">No active survey asks about this {subject.kind === "HCP" ? "HCP" : "account"}.</p>}
      {surveys && surveys.length > 1 && (
        <label>
          Survey{" "}
          <select value={key ?? ""} onChange={(e) => setChosen(e.target.value || null)} data-testid="survey-choice">
            <option value="">choose…</option>
            {surveys.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name} (v{s.version})
              </option>
            ))}
          </select>
        </label>
      )}
      {survey && <SurveyForm key={`${survey.key}@${survey.version}|${subject.id}`} api={api} survey={survey} subjectId={subject.id} />}
    </section>
  );
}
