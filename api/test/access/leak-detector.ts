import type { RepView } from "./leak-walk-fixture.ts";
import { ownValueOf, valueSources } from "./telltale-values.ts";

/**
 * How a response gave hidden data away:
 * - `token`: it carries a hidden id, NPI or name that the request did not name itself;
 * - `value`: it carries a number made of hidden own values (a value, or a sum containing one);
 * - `ghost`: it differs from the response to the same request with every hidden id, NPI and value
 *   replaced by a look-alike that does not exist, so it tells hidden data from missing data
 *   (a filter that matched a hidden row, an error that says "forbidden" instead of "not found").
 */
export interface Finding {
  oracle: "token" | "value" | "ghost";
  /** Where in the response: `data.previewChange.rollups.0.before`, `errors.0.message`. */
  path: string;
  detail: string;
}

/** Numbers inside text (messages, JSON states), not digits of ids, dates or NPIs. */
const NUMBER_IN_TEXT = /(?<![\w.-])\d+(?:\.\d+)?(?![\w.-])/g;

function* leaves(value: unknown, path: string): Generator<[string, string | number]> {
  if (typeof value === "string" || typeof value === "number") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${path}.${i}`);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* leaves(v, path ? `${path}.${k}` : k);
}

/** Hidden own values in `x` that the request did not name itself. */
function hiddenSources(x: number, rep: RepView, query: string): string[] {
  if (query.includes(String(x))) return [];
  return valueSources(x).filter((e) => rep.hiddenValues.includes(e));
}

/** The `token` and `value` findings of one response to `query` as `rep`. */
export function scanResponse(response: unknown, rep: RepView, query: string): Finding[] {
  const findings: Finding[] = [];
  const tokens = [...rep.hiddenKeys, ...rep.hiddenNames].filter((t) => !query.includes(t));
  for (const [path, leaf] of leaves(response, "")) {
    const numbers = typeof leaf === "number" ? [leaf] : [...leaf.matchAll(NUMBER_IN_TEXT)].map((m) => Number(m[0]));
    for (const n of numbers) {
      const sources = hiddenSources(n, rep, query);
      if (sources.length) findings.push({ oracle: "value", path, detail: `${n} contains the own values of ${sources.join(", ")}` });
    }
    if (typeof leaf !== "string") continue;
    for (const token of tokens.filter((t) => leaf.includes(t))) findings.push({ oracle: "token", path, detail: `names ${token}` });
  }
  return findings;
}

const ghostKey = (key: string) => (/^\d+$/.test(key) ? `9${key.slice(1)}` : `${key}Q`);

/** Numbers as the generator prints them, not inside longer numbers. */
const numberLiteral = (n: number) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`, "g");

/** `query` with every hidden id, NPI and own value replaced by a look-alike that does not exist; `query` itself when it names none. */
export function ghostRequest(query: string, rep: RepView): string {
  let ghost = query;
  for (const key of [...rep.hiddenKeys].sort((a, b) => b.length - a.length)) ghost = ghost.replaceAll(key, ghostKey(key));
  for (const entity of rep.hiddenValues) ghost = ghost.replace(numberLiteral(ownValueOf(entity)), String(ownValueOf(entity) + 1));
  return ghost;
}

/** The ghost response as the real one would read if the request's look-alikes were the hidden keys (an echo of an argument). */
export function unghostResponse(text: string, rep: RepView): string {
  let real = text;
  for (const key of [...rep.hiddenKeys].sort((a, b) => b.length - a.length)) real = real.replaceAll(ghostKey(key), key);
  for (const entity of rep.hiddenValues) real = real.replace(numberLiteral(ownValueOf(entity) + 1), String(ownValueOf(entity)));
  return real;
}

/** The first path where two JSON values differ, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
    return path || "(root)";
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    if (d !== undefined) return d;
  }
  return undefined;
}
