import { useState } from "react";
import { ActivityChannel, type ActivityInput, ActivityOutcome } from "../../../api/field-types.ts";
import type { Api } from "../../../api/use-api.ts";
import { type ActivityFormValues, toActivityInput } from "./activity-form-values.ts";
import { SubjectField } from "./SubjectField.tsx";

interface Props {
  api: Api;
  initial: ActivityFormValues;
  title: string;
  /** Queues the activity (the form closes); it is sent when the network allows. */
  onSave: (activity: ActivityInput) => void;
  onCancel: () => void;
}

/** A rep's quick entry of one activity: checked here for what the rep can fix, then handed to the offline queue. */
export function QuickActivityForm({ api, initial, title, onSave, onCancel }: Props) {
  const [v, setV] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<keyof ActivityFormValues, string>>>({});
  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const r = toActivityInput(v);
    if ("problems" in r) setProblems(r.problems);
    else onSave(r.activity);
  };

  return (
    <form
      className="dialog quick-entry"
      role="dialog"
      aria-label={title}
      data-testid="quick-entry"
      onSubmit={save}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <h3>{title}</h3>
      <div className="fields">
        <label>
          Channel
          <select
            value={v.channel}
            onChange={(e) => set("channel", e.target.value as ActivityFormValues["channel"])}
            data-testid="entry-channel"
          >
            {Object.values(ActivityChannel).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Outcome
          <select
            value={v.outcome}
            onChange={(e) => set("outcome", e.target.value as ActivityFormValues["outcome"])}
            data-testid="entry-outcome"
          >
            {Object.values(ActivityOutcome).map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        <SubjectField
          api={api}
          kind="HCP"
          label="HCP"
          value={v.hcpId}
          onChange={(id) => set("hcpId", id)}
          error={problems.hcpId}
          testId="entry-hcp"
        />
        <SubjectField
          api={api}
          kind="ACCOUNT"
          label="Account"
          value={v.accountId}
          onChange={(id) => set("accountId", id)}
          testId="entry-account"
        />
        <label>
          Started
          <input type="datetime-local" value={v.startedAt} onChange={(e) => set("startedAt", e.target.value)} data-testid="entry-started" />
          {problems.startedAt && <span className="error">{problems.startedAt}</span>}
        </label>
        <label>
          Duration (minutes)
          <input
            type="number"
            min={0}
            max={1440}
            value={v.durationMinutes}
            onChange={(e) => set("durationMinutes", e.target.value)}
            data-testid="entry-duration"
          />
          {problems.durationMinutes && <span className="error">{problems.durationMinutes}</span>}
        </label>
        <label>
          Products (comma-separated)
          <input value={v.products} onChange={(e) => set("products", e.target.value)} data-testid="entry-products" />
        </label>
        <label>
          Key messages (comma-separated)
          <input value={v.keyMessages} onChange={(e) => set("keyMessages", e.target.value)} data-testid="entry-messages" />
        </label>
      </div>
      <label>
        Notes
        <textarea rows={3} maxLength={2000} value={v.notes} onChange={(e) => set("notes", e.target.value)} data-testid="entry-notes" />
      </label>
      {v.plannedAt && <p className="muted">Planned for {new Date(v.plannedAt).toLocaleString()}</p>}
      <div className="actions">
        <button type="submit" className="primary" data-testid="entry-save">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
