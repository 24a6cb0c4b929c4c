import { useRef, useState } from "react";
import { ACTIVATE_SCORING_MODEL, type ScoringModelVersion } from "../../api/scoring.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { ActivateDialog } from "./ActivateDialog.tsx";
import { type ActivationState, ActivationStatus } from "./ActivationStatus.tsx";
import { DefinitionEditor } from "./DefinitionEditor.tsx";
import { DefinitionSummary } from "./DefinitionSummary.tsx";
import { prettyDefinition } from "./definition-form.ts";
import { formatTime, type VersionRef } from "./model-versions.ts";
import { SimulationView } from "./SimulationView.tsx";

interface Props {
  api: Api;
  version: ScoringModelVersion;
  /** Every version of the same model, newest first. */
  versions: readonly ScoringModelVersion[];
  onSaved: (saved: VersionRef) => Promise<void>;
  onActivated: () => void;
}

/** One version: read-only, with a new draft from a copy of it, editing while a draft, simulation and activation. */
export function VersionView({ api, version, versions, onSaved, onActivated }: Props) {
  const [editing, setEditing] = useState<"copy" | "edit" | null>(null);
  const [simulating, setSimulating] = useState(0);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [activation, setActivation] = useState<ActivationState>({ running: false, result: null, error: null });
  const activateButton = useRef<HTMLButtonElement>(null);
  const simulateButton = useRef<HTMLButtonElement>(null);
  const active = versions.find((v) => v.status === "ACTIVE") ?? null;
  const latest = versions[0]!;
  const isDraft = version.status === "DRAFT";

  const activate = () => {
    setActivation({ running: true, result: null, error: null });
    api(ACTIVATE_SCORING_MODEL, { name: version.name, version: version.version })
      .then((d) => {
        setActivation({ running: false, result: d.activateScoringModel, error: null });
        onActivated();
      })
      .catch((err: unknown) => setActivation({ running: false, result: null, error: errorMessage(err) }));
  };

  return (
    <article className="scoring-version" aria-labelledby="scoring-version-title" data-testid="scoring-version">
      <h3 id="scoring-version-title">
        {version.name} version {version.version}{" "}
        <span className={`status status-${version.status.toLowerCase()}`} data-testid="scoring-version-status">
          {version.status}
        </span>
      </h3>
      <dl className="scoring-meta">
        <dt>Subject</dt>
        <dd>{version.subject}</dd>
        <dt>Saved</dt>
        <dd>
          {formatTime(version.createdAt)} by {version.createdBy}
        </dd>
        <dt>Activated</dt>
        <dd>{formatTime(version.activatedAt)}</dd>
        <dt>Active version</dt>
        <dd>{active ? `version ${active.version}` : "none"}</dd>
      </dl>
      {editing ? (
        <DefinitionEditor
          api={api}
          initial={prettyDefinition(version.definition)}
          note={
            editing === "edit"
              ? `Saving replaces draft version ${version.version}.`
              : latest.status === "DRAFT"
                ? `Saving under the name ${version.name} replaces its draft version ${latest.version}; another name makes a new model.`
                : `Saving under the name ${version.name} makes its version ${latest.version + 1}, a draft; another name makes a new model.`
          }
          onSaved={async (saved) => {
            setEditing(null);
            await onSaved(saved);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <div className="actions scoring-actions">
            <button type="button" onClick={() => setEditing("copy")} data-testid="scoring-copy">
              New draft from this version
            </button>
            {isDraft && (
              <button type="button" onClick={() => setEditing("edit")} data-testid="scoring-edit">
                Edit draft
              </button>
            )}
            <button type="button" ref={simulateButton} onClick={() => setSimulating((n) => n + 1)} data-testid="scoring-simulate">
              Simulate
            </button>
            {isDraft && (
              <button
                type="button"
                className="primary"
                ref={activateButton}
                onClick={() => setDialogOpen(true)}
                disabled={activation.running}
                data-testid="scoring-activate"
              >
                Activate…
              </button>
            )}
          </div>
          {!dialogOpen && <ActivationStatus activation={activation} />}
          {simulating > 0 && <SimulationView key={simulating} api={api} version={version} />}
          <DefinitionSummary definition={version.definition} />
        </>
      )}
      {dialogOpen && (
        <ActivateDialog
          version={version}
          active={active}
          activation={activation}
          onActivate={activate}
          onClose={() => {
            setDialogOpen(false);
            // The activate button is gone once the version is active.
            (activateButton.current ?? simulateButton.current)?.focus();
          }}
        />
      )}
    </article>
  );
}
