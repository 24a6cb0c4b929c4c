import type { Api } from "../../../api/use-api.ts";
import type { CallPlanTarget } from "../../../api/planning-types.ts";
import { useNotSeenTargets } from "./use-not-seen-targets.ts";
import { ColumnHeads } from "../../../app/ColumnHeads.tsx";

interface Props {
  api: Api;
  today: string;
  onSurvey: (t: CallPlanTarget) => void;
}

/** The targets of the rep's approved plans not yet seen this cycle, highest planned calls first. */
export function NotSeenTargets({ api, today, onSurvey }: Props) {
  const { plans, error } = useNotSeenTargets(api, today);
  if (error) return <p className="error">{error}</p>;
  if (!plans) return <p className="muted">Loading targets…</p>;
  if (plans.length === 0) return <p className="muted">No approved call plan for the current cycle.</p>;
  return (
    <div data-testid="not-seen-targets">
      {plans.map((p) => (
        <table key={p.planId} className="field-table" aria-label={`Targets not seen yet in ${p.territoryName}`}>
          <caption>
            {p.territoryName}, {p.cycle.name}: {p.targets.length === 0 ? "every target seen" : `${p.targets.length} not seen yet`}
          </caption>
          <ColumnHeads names={["target", "segment", "calls planned", { hidden: "actions" }]} />
          <tbody>
            {p.targets.map((t) => (
              <tr key={t.subjectId} data-testid={`target-${t.subjectId}`}>
                <td>
                  {t.name} <span className="muted">{t.subjectKind}</span>
                </td>
                <td>{t.segment ?? ""}</td>
                <td>{t.plannedCalls}</td>
                <td>
                  <button type="button" onClick={() => onSurvey(t)}>
                    Survey
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
