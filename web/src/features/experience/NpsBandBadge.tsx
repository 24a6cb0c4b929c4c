import type { NpsBand } from "../../api/experience-types.ts";
import { BAND_LABEL } from "./experience-format.ts";
import { bandClass } from "./palette.ts";

/** An NPS band as a coloured badge that names it (the colour is never the only cue); nothing without answers. */
export function NpsBandBadge({ band }: { band: NpsBand | null }) {
  if (!band) return null;
  return (
    <span className={bandClass(band)} data-testid="nps-band" data-band={band}>
      {BAND_LABEL[band]}
    </span>
  );
}
