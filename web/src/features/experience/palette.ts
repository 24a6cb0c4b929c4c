/**
 * Colours of the dashboard, from the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies). Every colour also has a text label beside it: a colour is never the only cue.
 */
import type { NpsBand } from "../../api/experience-types.ts";
import type { NpsCategory } from "./experience-format.ts";

export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  grey: "#999999",
} as const;

export const CATEGORY_COLOUR: Record<NpsCategory, string> = {
  detractor: OKABE_ITO.vermillion,
  passive: OKABE_ITO.grey,
  promoter: OKABE_ITO.blue,
};

/** Series of a chart, in order. */
export const SERIES_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue];

/** The CSS class of a band's badge (styles.css: light tint, dark text, coloured border). */
export const bandClass = (band: NpsBand | null) => `nps-band nps-band-${(band ?? "none").toLowerCase().replace("_", "-")}`;
