import { z } from "zod";
import { LABEL_OF_KIND, type EntityKind } from "../../../model/entity-kinds.ts";
import { periodSchema } from "../../../model/measure-schemas.ts";
import { METRICS } from "../../../model/vocabulary.ts";
import { decimal, entityId, oneOf } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { metricUpsert } from "./write-query.ts";

export const metrics = defineKind({
  name: "metrics",
  summary: "Own metric values of an entity (any level) for a period, keyed by entity_id, metric and period.",
  required: [
    { column: "entity_id", meaning: "id of an HCP, account, organization or network" },
    { column: "metric", meaning: METRICS.join(", ") },
    { column: "period", meaning: "quarter YYYY-Qn (e.g. 2026-Q3) or month YYYY-MM" },
    { column: "value", meaning: "a number >= 0" },
  ],
  optional: [],
  schema: z.object({
    entity_id: entityId(),
    metric: oneOf(METRICS),
    period: z.string({ error: "is required" }).trim().toUpperCase().pipe(periodSchema),
    value: decimal({ min: 0 }),
  }),
  key: (r) => `${r.entity_id}|${r.metric}|${r.period}`,
  keyColumns: ["entity_id", "metric", "period"],
  references: (r) => [{ column: "entity_id", id: r.entity_id, kinds: ["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK"] }],
  write: (r, kindOf) => {
    const entity = kindOf.get(r.entity_id) as EntityKind;
    return {
      group: entity,
      query: metricUpsert(LABEL_OF_KIND[entity]),
      params: { id: `${r.entity_id}|${r.metric}|${r.period}`, entityId: r.entity_id, metric: r.metric, period: r.period, value: r.value },
    };
  },
  example: { entity_id: "HCP-0000001", metric: "TRX", period: "2026-Q3", value: "42" },
});
