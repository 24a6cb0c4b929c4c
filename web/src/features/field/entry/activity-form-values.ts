/**
 * The quick-entry form's values (strings, as inputs hold them) and their conversion to the API's
 * ActivityInput. A form starts empty, from a planned visit, or from an activity the server refused.
 */
import type { ActivityChannel, ActivityInput, ActivityOutcome } from "../../../api/field-types.ts";

export interface ActivityFormValues {
  channel: ActivityChannel;
  hcpId: string;
  accountId: string;
  /** `datetime-local` text, the browser's local time. */
  startedAt: string;
  /** ISO, carried from a planned visit; not edited. */
  plannedAt: string | null;
  durationMinutes: string;
  outcome: ActivityOutcome;
  /** Comma-separated. */
  products: string;
  keyMessages: string;
  notes: string;
}

/** What a planned visit says about the activity to record (a PlannedVisit of the week plan; times on the rep's local clock, 'YYYY-MM-DDTHH:MM'). */
export interface VisitToRecord {
  subjectId: string;
  subjectKind: "HCP" | "ACCOUNT";
  accountId?: string | null;
  startAt: string;
  endAt: string;
}

/** An ISO time as `datetime-local` text in the browser's time zone, to the minute. */
export function toLocalInput(iso: string | number | Date): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function emptyValues(now: Date): ActivityFormValues {
  return {
    channel: "VISIT",
    hcpId: "",
    accountId: "",
    startedAt: toLocalInput(now),
    plannedAt: null,
    durationMinutes: "20",
    outcome: "COMPLETED",
    products: "",
    keyMessages: "",
    notes: "",
  };
}

export function valuesFromVisit(visit: VisitToRecord, now: Date): ActivityFormValues {
  const minutes = Math.round((Date.parse(visit.endAt) - Date.parse(visit.startAt)) / 60_000);
  return {
    ...emptyValues(now),
    hcpId: visit.subjectKind === "HCP" ? visit.subjectId : "",
    accountId: visit.subjectKind === "ACCOUNT" ? visit.subjectId : (visit.accountId ?? ""),
    plannedAt: new Date(visit.startAt).toISOString(),
    durationMinutes: String(Math.max(0, minutes)),
  };
}

export function valuesFromActivity(a: ActivityInput): ActivityFormValues {
  return {
    channel: a.channel,
    hcpId: String(a.hcpId ?? ""),
    accountId: String(a.accountId ?? ""),
    startedAt: toLocalInput(a.startedAt),
    plannedAt: a.plannedAt ?? null,
    durationMinutes: String(a.durationMinutes),
    outcome: a.outcome,
    products: (a.products ?? []).join(", "),
    keyMessages: (a.keyMessages ?? []).join(", "),
    notes: a.notes ?? "",
  };
}

const list = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** The values as the API takes them, or the problems the rep can fix before anything is queued. */
export function toActivityInput(
  v: ActivityFormValues,
): { activity: ActivityInput } | { problems: Partial<Record<keyof ActivityFormValues, string>> } {
  const problems: Partial<Record<keyof ActivityFormValues, string>> = {};
  const hcpId = v.hcpId.trim();
  const accountId = v.accountId.trim();
  if (!hcpId && !accountId) problems.hcpId = "an HCP, an account or both";
  const started = new Date(v.startedAt);
  if (Number.isNaN(started.getTime())) problems.startedAt = "a date and time";
  const duration = Number(v.durationMinutes);
  if (v.durationMinutes.trim() === "" || !Number.isInteger(duration) || duration < 0 || duration > 1440)
    problems.durationMinutes = "whole minutes, 0 to 1440";
  if (Object.keys(problems).length > 0) return { problems };
  const activity: ActivityInput = {
    channel: v.channel,
    startedAt: started.toISOString(),
    durationMinutes: duration,
    outcome: v.outcome,
    products: list(v.products),
    keyMessages: list(v.keyMessages),
  };
  if (hcpId) activity.hcpId = hcpId;
  if (accountId) activity.accountId = accountId;
  if (v.plannedAt) activity.plannedAt = v.plannedAt;
  if (v.notes.trim()) activity.notes = v.notes.trim();
  return { activity };
}

/** "VISIT · H123" for the queue's lists. */
export const activityLabel = (a: ActivityInput) => `${a.channel} · ${[a.hcpId, a.accountId].filter(Boolean).join(" at ")}`;
