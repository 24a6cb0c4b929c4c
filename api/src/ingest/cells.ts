/**
 * zod schemas for single cells. Every cell arrives as a string (CSV) or a stringified JSON
 * scalar (JSON Lines); an absent or empty cell is `undefined`. Messages are written for the
 * person who fixes the file.
 */
import { z } from "zod";

const trimmed = z.string().transform((s) => s.trim());

export const requiredText = (max = 200) =>
  z.string({ error: "is required" }).trim().min(1, "is required").max(max, `is longer than ${max} characters`);

export const optionalText = (max = 200) => trimmed.pipe(z.string().max(max, `is longer than ${max} characters`)).optional();

export const entityId = () =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "is longer than 100 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:\-|]*$/, "must be letters, digits and . _ : - | only, starting with a letter or digit");

/** Case-insensitive choice from a closed list; the canonical spelling is kept. */
export function oneOf<const T extends readonly string[]>(values: T) {
  const byUpper = new Map(values.map((v) => [v.toUpperCase(), v]));
  return z.string({ error: "is required" }).transform((s, ctx) => {
    const found = byUpper.get(s.trim().toUpperCase());
    if (found === undefined) {
      ctx.addIssue({ code: "custom", message: `must be one of ${values.join(", ")}` });
      return z.NEVER;
    }
    return found as T[number];
  });
}

export function decimal(opts: { min?: number; max?: number; aboveMin?: boolean; label?: string }) {
  return z.string({ error: "is required" }).transform((s, ctx) => {
    const text = s.trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) {
      ctx.addIssue({ code: "custom", message: "must be a number" });
      return z.NEVER;
    }
    if (opts.min !== undefined && (opts.aboveMin ? value <= opts.min : value < opts.min)) {
      ctx.addIssue({ code: "custom", message: rangeMessage(opts) });
      return z.NEVER;
    }
    if (opts.max !== undefined && value > opts.max) {
      ctx.addIssue({ code: "custom", message: rangeMessage(opts) });
      return z.NEVER;
    }
    return value;
  });
}

function rangeMessage(opts: { min?: number; max?: number; aboveMin?: boolean }): string {
  const low = opts.min === undefined ? "" : `${opts.min} ${opts.aboveMin ? "<" : "<="} `;
  const high = opts.max === undefined ? "" : ` <= ${opts.max}`;
  return `must be a number with ${low}value${high}`;
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

export const flag = () =>
  z.string().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    ctx.addIssue({ code: "custom", message: "must be true or false (also yes/no, y/n, 1/0)" });
    return z.NEVER;
  });

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = () =>
  z.string({ error: "is required" }).transform((s, ctx) => {
    const text = s.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
    if (!m || !d || d.getUTCFullYear() !== +m[1]! || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
      ctx.addIssue({ code: "custom", message: "must be a date written YYYY-MM-DD" });
      return z.NEVER;
    }
    return text;
  });

export const usState = () =>
  z
    .string({ error: "is required" })
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be a two-letter state code")
    .transform((s) => s.toUpperCase());

export const zipCode = () =>
  z
    .string({ error: "is required" })
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, "must be a 5-digit ZIP code (or ZIP+4)");

export const latitude = () => decimal({ min: -90, max: 90 });
export const longitude = () => decimal({ min: -180, max: 180 });

/** A `;`-separated list of ids. */
export const idList = () =>
  z.string().transform((s, ctx) => {
    const ids = s
      .split(";")
      .map((x) => x.trim())
      .filter(Boolean);
    for (const id of ids) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._:\-|]*$/.test(id)) {
        ctx.addIssue({ code: "custom", message: `"${id}" is not a valid id` });
        return z.NEVER;
      }
    }
    return ids;
  });
