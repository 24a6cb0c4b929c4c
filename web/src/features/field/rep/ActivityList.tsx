import type { Activity } from "../../../api/field-types.ts";
import { ColumnHeads } from "../../../app/ColumnHeads.tsx";

/** Activities as a table: when, channel, with whom, outcome, duration; `recorded` adds when each was recorded (for late reports). */
export function ActivityList({ activities, testId, recorded = false }: { activities: Activity[]; testId: string; recorded?: boolean }) {
  if (activities.length === 0) return <p className="muted">None yet.</p>;
  return (
    <table className="counts field-table" data-testid={testId}>
      <ColumnHeads
        names={["started", "channel", "HCP", "account", "outcome", "minutes", ...(recorded ? ["recorded", "products / messages"] : [])]}
      />
      <tbody>
        {activities.map((a) => (
          <tr key={a.id} data-testid={`activity-${a.id}`}>
            <td>{new Date(a.startedAt).toLocaleString()}</td>
            <td>{a.channel}</td>
            <td>{a.hcpId ?? ""}</td>
            <td>{a.accountId ?? ""}</td>
            <td>{a.outcome}</td>
            <td>{a.durationMinutes}</td>
            {recorded && <td>{new Date(a.createdAt).toLocaleString()}</td>}
            {recorded && (
              <td>
                {a.products.length} / {a.keyMessages.length}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
