import { z } from "zod";
import { INFLUENCE_TYPES } from "../../../model/vocabulary.ts";
import { decimal, entityId, oneOf } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { edgeId } from "../write-helpers.ts";
import { INFLUENCE_UPSERT } from "./write-query.ts";

export const influences = defineKind({
  name: "influences",
  summary: "Prescriber-to-prescriber influence, from the influencer to the influenced, keyed by from_id, to_id and type.",
  required: [
    { column: "from_id", meaning: "the influencing HCP" },
    { column: "to_id", meaning: "the influenced HCP" },
    { column: "weight", meaning: "strength, 0 < weight <= 1" },
    { column: "type", meaning: INFLUENCE_TYPES.join(", ") },
  ],
  optional: [],
  schema: z
    .object({ from_id: entityId(), to_id: entityId(), weight: decimal({ min: 0, aboveMin: true, max: 1 }), type: oneOf(INFLUENCE_TYPES) })
    .superRefine((r, ctx) => {
      if (r.from_id === r.to_id) ctx.addIssue({ code: "custom", path: ["to_id"], message: "is the same HCP as from_id" });
    }),
  key: (r) => `${r.from_id}|${r.to_id}|${r.type}`,
  keyColumns: ["from_id", "to_id", "type"],
  references: (r) => [
    { column: "from_id", id: r.from_id, kinds: ["HCP"] },
    { column: "to_id", id: r.to_id, kinds: ["HCP"] },
  ],
  write: (r) => ({
    group: "influences",
    query: INFLUENCE_UPSERT,
    params: { fromId: r.from_id, toId: r.to_id, type: r.type, weight: r.weight, edgeId: edgeId("INF", r.from_id, r.to_id, r.type) },
  }),
  example: { from_id: "HCP-0000001", to_id: "HCP-0000002", weight: "0.8", type: "KOL" },
});
