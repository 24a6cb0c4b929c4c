/**
 * Customer retention rate of prescribers over a period: CRR = ((E - N) / S) x 100, S the
 * prescribers at the start (prescribing in the period before), E at the end (prescribing in the
 * period), N the new ones (prescribing in the period, not in the one before). S = 0 gives no value.
 * A prescriber is an HCP whose metric (TRX by default) is above a threshold (0 by default).
 */
export interface Retention {
  period: string;
  crr: number | null;
  start: number;
  end: number;
  new: number;
}

/** Where S, E and N sit in a period's retention list. */
export const RETENTION_SLOT = { start: 0, end: 1, new: 2 } as const;
export const RETENTION_VECTOR_LENGTH = 3;

export function retention(period: string, v: readonly number[]): Retention {
  const start = v[RETENTION_SLOT.start] ?? 0;
  const end = v[RETENTION_SLOT.end] ?? 0;
  const added = v[RETENTION_SLOT.new] ?? 0;
  return { period, crr: start > 0 ? (100 * (end - added)) / start : null, start, end, new: added };
}

/** One HCP's retention list for a period, from whether they prescribed in it and in the one before. */
export function hcpRetention(prescribedBefore: boolean, prescribed: boolean): number[] {
  return [prescribedBefore ? 1 : 0, prescribed ? 1 : 0, prescribed && !prescribedBefore ? 1 : 0];
}
