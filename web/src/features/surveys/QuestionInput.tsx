import type { AnswerValue, Question } from "./questionnaire.ts";

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  problem?: string;
}

const scale = (q: Question) => (q.type === "SCALE_1_5" ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

/** One question, its input by type, a required marker and the problem found with its answer. */
export function QuestionInput({ question: q, value, onChange, problem }: Props) {
  const name = `survey-${q.key}`;
  const problemId = `${name}-problem`;
  const described = problem ? problemId : undefined;
  return (
    <fieldset className={`question${problem ? " has-problem" : ""}`} data-testid={`survey-q-${q.key}`} aria-describedby={described}>
      <legend>
        {q.text}
        {q.required && (
          <>
            <span className="required" aria-hidden="true">
              {" *"}
            </span>
            <span className="sr-only"> (required)</span>
          </>
        )}
      </legend>
      {(q.type === "SINGLE_CHOICE" || q.type === "SCALE_1_5" || q.type === "SCALE_0_10") && (
        <div className={q.type === "SINGLE_CHOICE" ? "choices" : "choices scale"}>
          {(q.type === "SINGLE_CHOICE" ? q.options : scale(q)).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={name}
                checked={value === option}
                onChange={() => onChange(option)}
                data-testid={`survey-q-${q.key}-${option}`}
              />
              {option}
            </label>
          ))}
        </div>
      )}
      {q.type === "MULTIPLE_CHOICE" && (
        <div className="choices">
          {q.options.map((option) => {
            const chosen = Array.isArray(value) ? value : [];
            const toggle = (on: boolean) => {
              const next = on ? [...chosen, option] : chosen.filter((c) => c !== option);
              onChange(next.length > 0 ? q.options.filter((o) => next.includes(o)) : undefined);
            };
            return (
              <label key={option}>
                <input
                  type="checkbox"
                  checked={chosen.includes(option)}
                  onChange={(e) => toggle(e.target.checked)}
                  data-testid={`survey-q-${q.key}-${option}`}
                />
                {option}
              </label>
            );
          })}
          {q.maxChoices !== undefined && <span className="muted">at most {q.maxChoices}</span>}
        </div>
      )}
      {q.type === "NUMBER" && (
        <label className="number">
          <input
            type="number"
            min={q.min}
            max={q.max}
            step={q.integer ? 1 : "any"}
            value={typeof value === "number" ? value : ""}
            onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
            aria-label={q.text}
            data-testid={`survey-q-${q.key}-input`}
          />
          <span className="muted">
            {q.min} to {q.max}
            {q.integer ? ", whole numbers" : ""}
          </span>
        </label>
      )}
      {q.type === "TEXT" && (
        <textarea
          rows={2}
          maxLength={q.maxLength ?? 2000}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
          aria-label={q.text}
          data-testid={`survey-q-${q.key}-input`}
        />
      )}
      {problem && (
        <p className="error" id={problemId} data-testid={`survey-problem-${q.key}`}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}
