/** Month ranges of the dashboard, months as 'YYYY-MM' (both ends included, as the API takes them). */
export interface MonthRange {
  from: string;
  to: string;
}

/** The longest range the API answers. */
export const MAX_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const index = (month: string) => {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};
const monthAt = (i: number) => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;

export const isMonth = (s: string) => MONTH.test(s);

/** The calendar month of a date, in the browser's time zone. */
export const monthOf = (date: Date) => monthAt(date.getFullYear() * 12 + date.getMonth());

export const addMonths = (month: string, n: number) => monthAt(index(month) + n);

export const monthCount = (r: MonthRange) => index(r.to) - index(r.from) + 1;

/** The `count` months ending with the month of `now`. */
export function lastMonths(now: Date, count: number): MonthRange {
  const to = monthOf(now);
  return { from: addMonths(to, 1 - count), to };
}

/** The range of the same length just before `r`: what a drill-down compares with. */
export function previousRange(r: MonthRange): MonthRange {
  const n = monthCount(r);
  return { from: addMonths(r.from, -n), to: addMonths(r.from, -1) };
}

/** Why the API would refuse a range, in words for the filter; null when it is fine. */
export function rangeProblem(r: MonthRange): string | null {
  if (!isMonth(r.from) || !isMonth(r.to)) return "Choose both months.";
  if (r.from > r.to) return "The first month is after the last.";
  if (monthCount(r) > MAX_MONTHS) return `A range is at most ${MAX_MONTHS} months.`;
  return null;
}
