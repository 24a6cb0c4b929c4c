/** zod schemas shared by every boundary that takes a metric, a period or a date. */
import { z } from "zod";
import { METRICS, PERIOD_PATTERN } from "./vocabulary.ts";

export const metricSchema = z.enum(METRICS);

export const periodSchema = z.string().regex(PERIOD_PATTERN, "must be a quarter YYYY-Qn or a month YYYY-MM");

/** A GraphQL `Date` argument (the scalar hands over a temporal object) as 'YYYY-MM-DD'. */
export const dateArgSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? v : String(v)),
  z.iso.date(),
);
