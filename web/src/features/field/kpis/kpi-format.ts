/** How the field pages show KPI values: ratios as whole percentages, rates with one decimal, missing ratios as a dash. */
export const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? "–" : `${Math.round(ratio * 100)}%`);

export const rate = (value: number | null | undefined) => (value === null || value === undefined ? "–" : value.toFixed(1));

/** A ratio as a percentage for charts (null stays a gap). */
export const toPercent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10;
