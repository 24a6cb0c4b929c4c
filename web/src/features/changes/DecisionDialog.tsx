import { useState } from "react";
import { ModalDialog } from "./ModalDialog.tsx";

export type Decision = "approve" | "reject";

/**
 * Confirms a decision on one or several requests. A rejection needs a reason (the requester
 * reads it); an approval takes an optional note, which its owner records as a comment.
 */
export function DecisionDialog({
  decision,
  what,
  onDecide,
  onClose,
}: {
  decision: Decision;
  /** What is decided, e.g. "request 1a2b3c4d" or "3 requests". */
  what: string;
  onDecide: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const approve = decision === "approve";
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!approve && text.trim() === "") return setError("A rejection needs a reason.");
    setBusy(true);
    try {
      await onDecide(text.trim());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={`${approve ? "Approve" : "Reject"} ${what}`} testId="decision-dialog" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {approve ? "Note (optional, added as a comment)" : "Reason (required, the requester sees it)"}
          <textarea
            data-testid="decision-text"
            rows={3}
            value={text}
            required={!approve}
            aria-invalid={error !== null && !approve}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="decision-error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" data-testid="decision-confirm" disabled={busy}>
            {approve ? "Approve" : "Reject"}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
