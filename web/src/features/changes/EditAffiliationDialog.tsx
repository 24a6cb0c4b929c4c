import { useState } from "react";
import type { Api } from "../../api/use-api.ts";
import { InfluenceSelect } from "./InfluenceSelect.tsx";
import { ModalDialog } from "./ModalDialog.tsx";
import { SubmitChange } from "./SubmitChange.tsx";
import type { AffiliationVocabulary } from "./use-affiliation-vocabulary.ts";
import type { ParentEdgeRow } from "./review-types.ts";

/** Changes an affiliation edge's type and influence level (UPDATE_AFFILIATION with the version it was read at). */
export function EditAffiliationDialog({
  api,
  childName,
  edge,
  vocabulary,
  onDone,
  onClose,
}: {
  api: Api;
  childName: string;
  edge: ParentEdgeRow;
  vocabulary: AffiliationVocabulary;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const p = edge.properties;
  const [type, setType] = useState(p.type);
  const [influence, setInfluence] = useState("");
  const changes = { ...(type !== p.type ? { type } : {}), ...(influence ? { influence } : {}) };
  const operations =
    Object.keys(changes).length > 0 ? [{ op: "UPDATE_AFFILIATION", edgeId: p.id, expectedVersion: p.version, ...changes }] : null;
  return (
    <ModalDialog title={`Edit the affiliation of ${childName} with ${edge.node.name}`} testId="edit-affiliation-dialog" onClose={onClose}>
      <p className="muted">
        Edge {p.id}, version {p.version}: weight {p.weight}
        {p.primary ? ", primary" : ""}, influence {p.influence ?? "none"}.
      </p>
      <label>
        Type
        <select data-testid="edit-affiliation-type" value={type} onChange={(e) => setType(e.target.value)}>
          {[...new Set([p.type, ...vocabulary.types])].map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <InfluenceSelect
        testId="edit-affiliation-influence"
        value={influence}
        onChange={setInfluence}
        vocabulary={vocabulary}
        keepLabel={`keep (${p.influence ?? "none"})`}
      />
      {!operations && <p className="muted">Change the type or the influence level to submit.</p>}
      <SubmitChange
        api={api}
        operations={operations}
        defaultReason={`affiliation of ${childName} corrected`}
        onDone={onDone}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
