/** Calendar days as the plans name them ('YYYY-MM-DD', the browser's local calendar). */
const pad = (n: number) => String(n).padStart(2, "0");

export const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The Monday of the week `d` falls in (a week plan's `weekStart`). */
export function mondayOf(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return localDate(monday);
}

/** "HH:MM" of a plan's local clock time. */
export const clockTime = (clock: string) => clock.slice(11, 16);

/** "Mon 11 Jan" for a 'YYYY-MM-DD'. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
}

/** The date `days` after a 'YYYY-MM-DD' (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return localDate(new Date(y!, m! - 1, d! + days));
}
