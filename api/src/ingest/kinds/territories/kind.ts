import { z } from "zod";
import { LABEL_OF_KIND, type EntityKind } from "../../../model/entity-kinds.ts";
import { entityId, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { TerritoryFileCheck } from "./file-check.ts";
import { territoryUpsert } from "./write-query.ts";

const schema = z.object({ id: entityId(), name: requiredText(), region: requiredText(100), entity_id: entityId().optional() });

export type TerritoryRow = z.infer<typeof schema>;

export const territories = defineKind({
  name: "territories",
  summary:
    "Sales territories and the alignment of HCPs and accounts to them: one row per territory and aligned entity (or a row without entity_id for a territory alone).",
  required: [
    { column: "id", meaning: "territory id, e.g. TERR-0001" },
    { column: "name", meaning: "territory name (the same on every row of a territory)" },
    { column: "region", meaning: "region grouping territories (the same on every row of a territory)" },
  ],
  optional: [{ column: "entity_id", meaning: "an HCP or account aligned to the territory" }],
  schema,
  key: (r) => `${r.id}|${r.entity_id ?? ""}`,
  keyColumns: ["id", "entity_id"],
  references: (r) => (r.entity_id ? [{ column: "entity_id", id: r.entity_id, kinds: ["HCP", "ACCOUNT"] }] : []),
  createFileCheck: () => new TerritoryFileCheck(),
  write: (r, kindOf) => {
    const entity = r.entity_id ? (kindOf.get(r.entity_id) as EntityKind) : null;
    return {
      group: entity ?? "territory only",
      query: territoryUpsert(entity ? LABEL_OF_KIND[entity] : null),
      params: { id: r.id, name: r.name, region: r.region, entityId: r.entity_id ?? null },
    };
  },
  example: { id: "TERR-0001", name: "Austin North", region: "South", entity_id: "HCP-0000001" },
});
