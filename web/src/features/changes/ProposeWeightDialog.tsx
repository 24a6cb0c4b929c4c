import { useState } from "react";
import type { Api } from "../../api/use-api.ts";
import { ModalDialog } from "./ModalDialog.tsx";
import { SubmitChange } from "./SubmitChange.tsx";

/** A rep proposes the weight they see in the field for one affiliation (UPDATE_AFFILIATION at the version they read). */
export function ProposeWeightDialog({
  api,
  edge,
  onDone,
  onClose,
}: {
  api: Api;
  edge: { edgeId: string; version: number; weight: number; hcpName: string; accountName: string };
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const [weight, setWeight] = useState(String(edge.weight));
  const value = Number(weight);
  const operations =
    weight !== "" && value !== edge.weight
      ? [{ op: "UPDATE_AFFILIATION", edgeId: edge.edgeId, expectedVersion: edge.version, weight: value }]
      : null;
  return (
    <ModalDialog title={`Weight of ${edge.hcpName} at ${edge.accountName}`} testId="propose-weight-dialog" onClose={onClose}>
      <label>
        New weight (above 0, at most 1; now {edge.weight})
        <input data-testid="propose-weight-value" type="number" step={0.05} value={weight} onChange={(e) => setWeight(e.target.value)} />
      </label>
      <SubmitChange api={api} operations={operations} defaultReason="weight seen in the field" onDone={onDone} onCancel={onClose} />
    </ModalDialog>
  );
}
