import { z } from "zod";
import { ORGANIZATION_KINDS } from "../../../model/vocabulary.ts";
import { entityId, oneOf, requiredText, usState } from "../../cells.ts";
import { defineEntityKind } from "./entity-kind.ts";

export const organizations = defineEntityKind({
  name: "organizations",
  entity: "ORGANIZATION",
  summary: "Parent HCOs such as IDNs and health systems, keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. ORG-0001" },
    { column: "name", meaning: "organization name" },
    { column: "kind", meaning: ORGANIZATION_KINDS.join(", ") },
  ],
  optional: [{ column: "state", meaning: "two-letter state code of the headquarters" }],
  schema: z.object({ id: entityId(), name: requiredText(), kind: oneOf(ORGANIZATION_KINDS), state: usState().optional() }),
  props: (r) => ({ name: r.name, kind: r.kind, state: r.state }),
  example: { id: "ORG-0001", name: "Hill Country Health", kind: "HEALTH_SYSTEM", state: "TX" },
});
