import { useEffect, useState } from "react";
import type { ScoringActivation } from "../../api/scoring.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

export interface ActivationState {
  running: boolean;
  result: ScoringActivation | null;
  error: string | null;
}

/** Activation's progress and result, also after its dialog was closed. */
export function ActivationStatus({ activation }: { activation: ActivationState }) {
  const seconds = useSecondsWhile(activation.running);
  if (activation.running)
    return (
      <p role="status" className="muted" data-testid="scoring-activation-progress">
        <progress aria-label="Activating" /> Activating: scoring every subject and storing the scores…{" "}
        <span aria-hidden="true">{seconds} s</span>
      </p>
    );
  if (activation.error)
    return (
      <p role="alert" className="error" data-testid="scoring-activation-error">
        Activation failed: {activation.error}
      </p>
    );
  const r = activation.result;
  if (!r) return null;
  return (
    <div role="status" data-testid="scoring-activation-result">
      <p>
        Version {r.version} of {r.name} is active: {r.subjects} {r.subject} subjects scored in {(r.milliseconds / 1000).toFixed(1)} s.
      </p>
      <table className="field-table">
        <caption className="sr-only">Subjects per segment under the activated version</caption>
        <ColumnHeads names={["Segment", "Subjects"]} />
        <tbody>
          {r.counts.map((c) => (
            <tr key={c.segment}>
              <th scope="row">{c.segment}</th>
              <td className="num" data-testid={`activation-count-${c.segment}`}>
                {c.subjects}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whole seconds since `running` turned true (0 while it is false). */
function useSecondsWhile(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}
