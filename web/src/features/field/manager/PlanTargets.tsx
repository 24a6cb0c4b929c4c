import type { Api } from "../../../api/use-api.ts";
import { usePlanTargets } from "./use-plan-targets.ts";
import { ColumnHeads } from "../../../app/ColumnHeads.tsx";

/** A plan's targets: segment, score, calls planned and made, last call. */
export function PlanTargets({ api, planId, version }: { api: Api; planId: string; version: number }) {
  const { targets, error } = usePlanTargets(api, planId, version);
  if (error) return <p className="error">{error}</p>;
  if (!targets) return <p className="muted">Loading targets…</p>;
  return (
    <table className="field-table" data-testid="plan-targets">
      <ColumnHeads names={["target", "segment", "score", "calls planned", "calls made", "last call"]} />
      <tbody>
        {targets.map((t) => (
          <tr key={t.subjectId} data-testid={`plan-target-${t.subjectId}`}>
            <td>
              {t.name} <span className="muted">{t.subjectKind}</span>
            </td>
            <td>{t.segment ?? ""}</td>
            <td>{t.score?.toFixed(1) ?? ""}</td>
            <td>{t.plannedCalls}</td>
            <td>{t.callsMade}</td>
            <td>{t.lastCallAt ? new Date(t.lastCallAt).toLocaleDateString() : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
