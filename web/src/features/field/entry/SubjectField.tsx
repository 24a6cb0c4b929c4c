import { useId } from "react";
import type { Api } from "../../../api/use-api.ts";
import { useSubjectSuggestions } from "./use-subject-suggestions.ts";

interface Props {
  api: Api;
  kind: "HCP" | "ACCOUNT";
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  testId: string;
}

/** An HCP or account id, typed or picked from search suggestions (names shown, the id kept). */
export function SubjectField({ api, kind, label, value, onChange, error, testId }: Props) {
  const listId = useId();
  const hits = useSubjectSuggestions(api, kind, value);
  return (
    <label>
      {label}
      <input
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="name or id"
        data-testid={testId}
        aria-invalid={error ? true : undefined}
      />
      <datalist id={listId}>
        {hits.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
            {h.detail ? ` (${h.detail})` : ""}
          </option>
        ))}
      </datalist>
      {error && <span className="error">{error}</span>}
    </label>
  );
}
