/** How long ago an ISO time was, in the largest whole unit: "5 min", "3 h", "2 d". */
export function ageOf(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / (24 * 60))} d`;
}

/** The fields an operation changes, as "key: value" on the before or the after side ("(new)" for a new edge). */
export function changedFields(before: string | null, after: string, side: "before" | "after"): string {
  if (side === "before" && before === null) return "(new)";
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = JSON.parse(after) as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return keys.map((k) => `${k}: ${String((side === "before" ? b : a)[k] ?? "—")}`).join(", ");
}
