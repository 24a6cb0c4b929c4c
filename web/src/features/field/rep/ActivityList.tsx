import type { Activity } from "../../../api/field-types.ts";

/** Activities as a table: when, channel, with whom, outcome, duration. */
export function ActivityList({ activities, testId }: { activities: Activity[]; testId: string }) {
  if (activities.length === 0) return <p className="muted">None yet.</p>;
  return (
    <table className="counts field-table" data-testid={testId}>
      <thead>
        <tr>
          <th>started</th>
          <th>channel</th>
          <th>HCP</th>
          <th>account</th>
          <th>outcome</th>
          <th>minutes</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((a) => (
          <tr key={a.id} data-testid={`activity-${a.id}`}>
            <td>{new Date(a.startedAt).toLocaleString()}</td>
            <td>{a.channel}</td>
            <td>{a.hcpId ?? ""}</td>
            <td>{a.accountId ?? ""}</td>
            <td>{a.outcome}</td>
            <td>{a.durationMinutes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
