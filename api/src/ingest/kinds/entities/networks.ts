import { z } from "zod";
import { NETWORK_KINDS } from "../../../model/vocabulary.ts";
import { entityId, oneOf, requiredText } from "../../cells.ts";
import { defineEntityKind } from "./entity-kind.ts";

export const networks = defineEntityKind({
  name: "networks",
  entity: "NETWORK",
  summary: "Specialty networks, ACOs, GPOs and payer networks, keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. NET-001" },
    { column: "name", meaning: "network name" },
    { column: "kind", meaning: NETWORK_KINDS.join(", ") },
  ],
  optional: [],
  schema: z.object({ id: entityId(), name: requiredText(), kind: oneOf(NETWORK_KINDS) }),
  props: (r) => ({ name: r.name, kind: r.kind }),
  example: { id: "NET-001", name: "Lone Star ACO", kind: "ACO" },
});
