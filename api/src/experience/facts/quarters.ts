/** Quarter periods ('2026-Q4') and the months they hold. */
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function nextQuarter(quarter: string): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const q = Number(m[2]);
  return q === 4 ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${q + 1}`;
}

export function previousQuarter(quarter: string): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const q = Number(m[2]);
  return q === 1 ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${q - 1}`;
}

export const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The months from `from` to `to` ('YYYY-MM'), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > to) return months;
    months.push(month);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

/** The quarters whose every month lies from `from` to `to`. */
export function quartersWithin(from: string, to: string): string[] {
  const months = monthsBetween(from, to);
  const quarters = [...new Set(months.map(quarterOfMonth))];
  return quarters.filter((q) => monthsOfQuarter(q).every((m) => months.includes(m)));
}

export function monthsOfQuarter(quarter: string): string[] {
  const m = QUARTER.exec(quarter)!;
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${m[1]}-${String(first + i).padStart(2, "0")}`);
}
