const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A value as a reader scans it in a table or on a node: 1.2K, 3.4M. */
export const compactNumber = (value: number) => COMPACT.format(value);

/** A value in full with thousands separators, for a cell a reader may copy. */
export const wholeNumber = (value: number) => WHOLE.format(value);

/** A share of a total as a percentage with one decimal; a dash without a total. */
export const shareOf = (value: number, total: number | null | undefined) => (total ? `${((value / total) * 100).toFixed(1)}%` : "–");
