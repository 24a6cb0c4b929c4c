import { useEffect, useRef } from "react";
import type { ScoringModelVersion } from "../../api/scoring.ts";
import { type ActivationState, ActivationStatus } from "./ActivationStatus.tsx";

interface Props {
  version: ScoringModelVersion;
  active: ScoringModelVersion | null;
  activation: ActivationState;
  onActivate: () => void;
  onClose: () => void;
}

/** Asks before activating (a modal dialog: focus stays inside, Escape closes it), then shows the progress and the result. */
export function ActivateDialog({ version, active, activation, onActivate, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const done = activation.result !== null || activation.error !== null;
  return (
    <dialog ref={dialog} className="scoring-dialog" aria-labelledby="activate-title" onClose={onClose} data-testid="activate-dialog">
      <h3 id="activate-title">
        Activate {version.name} version {version.version}?
      </h3>
      <p>
        This scores every {version.subject} subject, stores the scores, segments and flags, and makes version {version.version} the active
        one
        {active ? `; version ${active.version}, active now, is retired` : ""}. An activated version can no longer be edited.
      </p>
      <ActivationStatus activation={activation} />
      <div className="actions">
        {!done && (
          <button type="button" className="primary" onClick={onActivate} disabled={activation.running} data-testid="activate-confirm">
            Activate version {version.version}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()} data-testid="activate-close">
          {done ? "Close" : "Cancel"}
        </button>
      </div>
    </dialog>
  );
}
