/** Helpers the kinds' writes share: Cypher fragments over variables of the calling query, and parameter shaping. */
import { createHash } from "node:crypto";

/** Cypher: whether a stored property differs from the row's (the row map never holds nulls). */
export const DIFFERS = (stored: string, props: string) => `any(k IN keys(${props}) WHERE NOT coalesce(${stored}[k] = ${props}[k], false))`;

/** Stable edge ids: re-importing the same row addresses the same edge. */
export const edgeId = (prefix: string, ...parts: string[]) =>
  `${prefix}-${createHash("sha1").update(parts.join("|")).digest("hex").slice(0, 20)}`;

/** Drops undefined values, so optional empty cells leave stored values as they are. */
export function defined(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
}
