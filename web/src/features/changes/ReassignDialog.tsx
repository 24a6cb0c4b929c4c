import { useEffect, useState } from "react";
import { PREVIEW_CHANGE, PROPOSE_CHANGE } from "../../api/changes.ts";
import type { ChangePreview } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { ModalDialog } from "./ModalDialog.tsx";
import { PreviewTable } from "./PreviewTable.tsx";

export interface Reassignment {
  childId: string;
  childName: string;
  fromId: string;
  toId: string;
  toName: string;
  edgeId: string;
  version: number;
}

/** Drag-to-reassign: shows the impact preview, then submits the proposal (a modal dialog: Escape cancels). */
export function ReassignDialog({ api, move, onClose }: { api: Api; move: Reassignment; onClose: () => void }) {
  const operations = JSON.stringify([
    {
      op: "REASSIGN",
      edgeId: move.edgeId,
      expectedVersion: move.version,
      newParentId: move.toId,
      validFrom: new Date().toISOString().slice(0, 10),
    },
  ]);
  const [preview, setPreview] = useState<ChangePreview | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);

  useEffect(() => {
    api(PREVIEW_CHANGE, { operations })
      .then((d) => setPreview(d.previewChange))
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [api, operations]);

  const submit = () =>
    api(PROPOSE_CHANGE, { operations, reason: reason || `Move ${move.childName} to ${move.toName}` })
      .then((d) => setSubmitted(`${d.proposeChange.status}: request ${d.proposeChange.id}`))
      .catch((err: unknown) => setError(errorMessage(err)));

  return (
    <ModalDialog title={`Move ${move.childName} from ${move.fromId} to ${move.toName}`} testId="reassign-dialog" onClose={onClose}>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!preview && !error && (
        <p className="muted" role="status">
          computing the impact…
        </p>
      )}
      {preview && <PreviewTable preview={preview} />}
      {submitted ? (
        <p role="status" data-testid="reassign-submitted">
          Proposal submitted ({submitted}).
        </p>
      ) : (
        <label>
          Reason
          <input data-testid="reassign-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="why the move" />
        </label>
      )}
      <div className="actions">
        {!submitted && (
          <button type="button" className="primary" data-testid="reassign-submit" disabled={!preview} onClick={() => void submit()}>
            Propose the move
          </button>
        )}
        <button type="button" onClick={onClose}>
          {submitted ? "Close" : "Cancel"}
        </button>
      </div>
    </ModalDialog>
  );
}
