import type { ActivityInput } from "../../../api/field-types.ts";
import type { ActivityQueue } from "./use-activity-queue.ts";

/**
 * Where the rep's entries are: offline or not, how many wait to be sent, and the ones the server
 * refused, each with its message, to correct (a new entry) or to let go.
 */
export function QueueStatus({ queue, onEdit }: { queue: ActivityQueue; onEdit: (key: string, activity: ActivityInput) => void }) {
  const waiting = queue.pending.length;
  return (
    <section className="queue-status" aria-live="polite" data-testid="queue-status">
      {!queue.online && (
        <span className="offline-badge" data-testid="offline-badge">
          Offline: entries are kept on this device
        </span>
      )}
      {waiting > 0 ? (
        <span data-testid="queue-waiting">
          {waiting} waiting to send{" "}
          {queue.online && (
            <button type="button" onClick={queue.sendNow} data-testid="queue-send-now">
              Send now
            </button>
          )}
        </span>
      ) : (
        <span className="muted" data-testid="queue-empty">
          All entries sent
        </span>
      )}
      {queue.attention.length > 0 && (
        <div className="attention" role="alert" data-testid="queue-attention">
          <strong>Needs attention</strong>
          <ul>
            {queue.attention.map((a) => (
              <li key={a.key} data-testid={`attention-${a.key}`}>
                {a.label}: <span className="error">{a.message}</span>{" "}
                <button type="button" onClick={() => onEdit(a.key, a.activity)}>
                  Correct…
                </button>{" "}
                <button type="button" onClick={() => queue.dismiss(a.key)}>
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
