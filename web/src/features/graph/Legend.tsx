import { CHANGE_STYLES, KIND_COLOURS, KIND_SHAPES } from "../../graph/style.ts";
import type { ViewMode } from "../../graph/elements.ts";

/** SVG outlines of the node shapes of style.ts, in a 16x16 box. */
const SHAPE_PATHS: Record<(typeof KIND_SHAPES)[keyof typeof KIND_SHAPES], string> = {
  ellipse: "M8 1a7 7 0 1 0 0.01 0Z",
  "round-rectangle": "M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z",
  hexagon: "M4 1.5h8l3.5 6.5-3.5 6.5H4L0.5 8Z",
  diamond: "M8 0.5 15.5 8 8 15.5 0.5 8Z",
};

const DASHES = { solid: undefined, dashed: "6 3", dotted: "1.5 3" } as const;

export function Legend({ mode, diff = false }: { mode: ViewMode; diff?: boolean }) {
  return (
    <div className="legend" data-testid="legend">
      {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
        <span key={kind}>
          <svg width="16" height="16" aria-hidden="true" className="legend-shape">
            <path d={SHAPE_PATHS[KIND_SHAPES[kind as keyof typeof KIND_SHAPES]]} fill={colour} stroke="#1f2933" strokeWidth="0.8" />
          </svg>{" "}
          {kind.toLowerCase()}
        </span>
      ))}
      {mode === "hierarchy" ? (
        <>
          <span className="muted">double border = group of children (Σ its roll-ups) · dashed = N more · thick border = can expand</span>
          {diff ? (
            Object.entries(CHANGE_STYLES).map(([change, { colour, line }]) => (
              <span key={change} data-testid={`legend-${change}`}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="1" y1="5" x2="27" y2="5" stroke={colour} strokeWidth="3" strokeDasharray={DASHES[line]} />
                </svg>{" "}
                {change} edge ({line})
              </span>
            ))
          ) : (
            <span className="muted">edge width = allocation weight · solid = primary · dashed = secondary</span>
          )}
        </>
      ) : (
        <span className="muted">arrow: influencer → influenced · width = weight</span>
      )}
    </div>
  );
}
