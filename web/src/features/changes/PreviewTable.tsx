import type { ChangePreview } from "../../api/types.ts";
import { compactNumber } from "../../graph/elements.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/** Roll-up deltas per entity and credit moved between territories. */
export function PreviewTable({ preview }: { preview: ChangePreview }) {
  if (preview.rollups.length === 0) return <p className="muted">No materialized roll-up changes.</p>;
  return (
    <table className="preview" data-testid="change-preview">
      <ColumnHeads names={["entity", "measure", "before", "after", "change"]} />
      <tbody>
        {preview.rollups.map((r) => (
          <tr key={`${r.entityId}|${r.metric}|${r.period}`}>
            <td>{r.entityId}</td>
            <td>
              {r.metric} {r.period}
            </td>
            <td>{compactNumber(r.before)}</td>
            <td>{compactNumber(r.after)}</td>
            <td className={r.delta < 0 ? "neg" : "pos"}>
              {r.delta > 0 ? "+" : ""}
              {compactNumber(r.delta)}
            </td>
          </tr>
        ))}
        {preview.territories.map((t) => (
          <tr key={`${t.territoryId}|${t.metric}|${t.period}`} className="territory">
            <td>territory {t.territoryId}</td>
            <td>
              {t.metric} {t.period}
            </td>
            <td colSpan={2}>sales credit</td>
            <td className={t.delta < 0 ? "neg" : "pos"}>
              {t.delta > 0 ? "+" : ""}
              {compactNumber(t.delta)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
