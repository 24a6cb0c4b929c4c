import { KIND_COLOURS } from "../../graph/style.ts";
import type { ViewMode } from "../../graph/elements.ts";

export function Legend({ mode }: { mode: ViewMode }) {
  return (
    <div className="legend">
      {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
        <span key={kind}>
          <i style={{ background: colour }} /> {kind.toLowerCase()}
        </span>
      ))}
      {mode === "hierarchy" ? (
        <span className="muted">edge width = allocation weight · solid = primary · dashed = secondary</span>
      ) : (
        <span className="muted">arrow: influencer → influenced · width = weight</span>
      )}
    </div>
  );
}
