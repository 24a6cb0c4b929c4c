import { useRef, useState } from "react";
import { SAVE_SCORING_MODEL } from "../../api/scoring.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { type JsonPath, numberInput, setAtPath, simpleFields } from "./definition-form.ts";
import { type DefinitionProblem, definitionProblem, fieldOfProblem, jsonProblem } from "./definition-problem.ts";
import type { VersionRef } from "./model-versions.ts";

interface Props {
  api: Api;
  /** The definition to start from (indented JSON). */
  initial: string;
  /** What saving will do (a new version, or replacing a draft). */
  note: string;
  onSaved: (saved: VersionRef) => Promise<void>;
  onCancel: () => void;
}

const THRESHOLDS = "segmentation.thresholds";
/** The JSON text's field key: problems no input of the form shows. */
const JSON_FIELD = "";

/**
 * A draft's definition: its JSON text, and inputs for the simple parts (name, description,
 * weights, thresholds) that edit that text. The API validates on saving; its problem is shown
 * next to the input of the path it names (or the nearest enclosing one, or the JSON text), and
 * that input gets the focus.
 */
export function DefinitionEditor({ api, initial, note, onSaved, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<DefinitionProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const fields = simpleFields(text);

  const inputKeys = fields
    ? [
        "name",
        "description",
        "components",
        ...fields.components.map((_, i) => `components.${i}.weight`),
        ...(fields.thresholds ?? []).flatMap((_, i) => [`${THRESHOLDS}.${i}.label`, `${THRESHOLDS}.${i}.minScore`]),
      ]
    : [];
  const groups = fields?.thresholds ? [THRESHOLDS] : [];
  const problemField = problem ? fieldOfProblem(problem.path, inputKeys, groups) : null;

  /** Shows a problem and moves the focus to the input it is about (the inputs are there already: the text they edit did not change). */
  const show = (p: DefinitionProblem) => {
    setProblem(p);
    const field = fieldOfProblem(p.path, inputKeys, groups);
    form.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.focus();
  };

  const set = (path: JsonPath, value: unknown) => setText((t) => setAtPath(t, path, value));
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const local = jsonProblem(text);
    if (local) return show(local);
    setProblem(null);
    setSaving(true);
    api(SAVE_SCORING_MODEL, { definition: text })
      .then((d) => onSaved({ name: d.saveScoringModel.name, version: d.saveScoringModel.version }))
      .catch((err: unknown) => {
        const p = definitionProblem(err);
        if (p) show(p);
        else setError(errorMessage(err));
      })
      .finally(() => setSaving(false));
  };

  /** The problem's message, when it belongs at this field; the input points at it with aria-describedby. */
  const problemAt = (field: string) =>
    problem && problemField === field ? (
      <span className="error field-problem" id={problemId(field)} data-testid={`problem-${field || "json"}`}>
        {/* Shown at an enclosing field or the JSON text, the message says which part it is about. */}
        {field !== problem.path && problem.path ? `${problem.path}: ` : ""}
        {problem.message}
      </span>
    ) : null;
  const invalid = (field: string) =>
    problem && problemField === field ? { "aria-invalid": true, "aria-describedby": problemId(field) } : {};
  /** A group of inputs (a fieldset) is described by its problem; aria-invalid is for the inputs themselves. */
  const describedBy = (field: string) => (problem && problemField === field ? { "aria-describedby": problemId(field) } : {});

  return (
    <form
      ref={form}
      className="definition-editor"
      onSubmit={save}
      aria-labelledby="definition-editor-title"
      data-testid="definition-editor"
    >
      <h4 id="definition-editor-title">Draft definition</h4>
      <p className="muted">{note}</p>
      {fields ? (
        <fieldset className="simple-fields">
          <legend>Simple fields (they edit the JSON below)</legend>
          <label>
            Name
            <input
              value={fields.name}
              onChange={(e) => set(["name"], e.target.value)}
              data-field="name"
              data-testid="field-name"
              {...invalid("name")}
            />
            {problemAt("name")}
          </label>
          <label>
            Description
            <input
              value={fields.description}
              onChange={(e) => set(["description"], e.target.value)}
              data-field="description"
              {...invalid("description")}
            />
            {problemAt("description")}
          </label>
          <fieldset data-field="components" tabIndex={-1} {...describedBy("components")}>
            <legend>Component weights (sum to 1)</legend>
            {fields.components.map((c, i) => {
              const f = `components.${i}.weight`;
              return (
                <label key={f} className="inline">
                  {c.label || c.key}
                  <input
                    type="number"
                    step="any"
                    min={0}
                    max={1}
                    value={c.weight ?? ""}
                    onChange={(e) => set(["components", i, "weight"], numberInput(e.target.value))}
                    data-field={f}
                    data-testid={`field-weight-${i}`}
                    {...invalid(f)}
                  />
                  {problemAt(f)}
                </label>
              );
            })}
            {problemAt("components")}
          </fieldset>
          {fields.thresholds && (
            <fieldset data-field={THRESHOLDS} tabIndex={-1} {...describedBy(THRESHOLDS)}>
              <legend>Segment thresholds (highest minimum score first)</legend>
              {fields.thresholds.map((t, i) => {
                const label = `${THRESHOLDS}.${i}.label`;
                const min = `${THRESHOLDS}.${i}.minScore`;
                return (
                  <div key={label} className="threshold">
                    <label className="inline">
                      Segment {i + 1} label
                      <input
                        value={t.label}
                        onChange={(e) => set(["segmentation", "thresholds", i, "label"], e.target.value)}
                        data-field={label}
                        data-testid={`field-threshold-label-${i}`}
                        {...invalid(label)}
                      />
                      {problemAt(label)}
                    </label>
                    <label className="inline">
                      minimum score
                      <input
                        type="number"
                        step="any"
                        value={t.minScore ?? ""}
                        onChange={(e) => set(["segmentation", "thresholds", i, "minScore"], numberInput(e.target.value))}
                        data-field={min}
                        data-testid={`field-threshold-min-${i}`}
                        {...invalid(min)}
                      />
                      {problemAt(min)}
                    </label>
                  </div>
                );
              })}
              {problemAt(THRESHOLDS)}
            </fieldset>
          )}
        </fieldset>
      ) : (
        <p className="muted">The text is no JSON object yet: only the JSON can be edited.</p>
      )}
      <label className="definition-json">
        Definition (JSON)
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={18}
          spellCheck={false}
          data-field={JSON_FIELD}
          data-testid="definition-json"
          {...invalid(JSON_FIELD)}
        />
        {problemAt(JSON_FIELD)}
      </label>
      {error && (
        <p className="error" role="alert">
          Could not save: {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving} data-testid="definition-save">
          {saving ? "Saving…" : "Save draft"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="sr-only" role="status">
        {problem ? `Not saved: ${problem.path ? `${problem.path}: ` : ""}${problem.message}` : ""}
      </p>
    </form>
  );
}

const problemId = (field: string) => `definition-problem-${field.replace(/\W/g, "-") || "json"}`;
