import { z } from "zod";
import { ROLES } from "../../../model/roles.ts";
import { entityId, idList, latitude, longitude, oneOf, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { defined } from "../write-helpers.ts";
import { USER_UPSERT } from "./write-query.ts";

export const users = defineKind({
  name: "users",
  summary:
    "Logins with their role; reps cover territories, managers manage them. Keyed by id. ADMIN only: roles and coverage decide what everyone may see and do.",
  importers: ["ADMIN"],
  required: [
    { column: "id", meaning: "user id, e.g. user-rep-001" },
    { column: "name", meaning: "display name" },
    { column: "email", meaning: "e-mail address" },
    { column: "role", meaning: ROLES.join(", ") },
  ],
  optional: [
    { column: "territory_ids", meaning: "`;`-separated territory ids: covered by a REP, managed by a MANAGER (replaces the current set)" },
    { column: "account_ids", meaning: "`;`-separated account or organization ids: a KAM's key accounts (replaces the current set)" },
    { column: "base_lat", meaning: "a rep's home base latitude (for routes)" },
    { column: "base_lon", meaning: "a rep's home base longitude" },
  ],
  schema: z
    .object({
      id: entityId(),
      name: requiredText(),
      email: z.string({ error: "is required" }).trim().email("must be an e-mail address"),
      role: oneOf(ROLES),
      territory_ids: idList().optional(),
      account_ids: idList().optional(),
      base_lat: latitude().optional(),
      base_lon: longitude().optional(),
    })
    .superRefine((r, ctx) => {
      if (r.territory_ids?.length && r.role !== "REP" && r.role !== "MANAGER") {
        ctx.addIssue({ code: "custom", path: ["territory_ids"], message: `only REP and MANAGER users have territories, not ${r.role}` });
      }
      if (r.account_ids?.length && r.role !== "KAM") {
        ctx.addIssue({ code: "custom", path: ["account_ids"], message: `only KAM users have key accounts, not ${r.role}` });
      }
    }),
  key: (r) => r.id,
  keyColumns: ["id"],
  references: (r) => [
    ...(r.territory_ids ?? []).map((id) => ({ column: "territory_ids", id, kinds: ["TERRITORY"] as const })),
    ...(r.account_ids ?? []).map((id) => ({ column: "account_ids", id, kinds: ["ACCOUNT", "ORGANIZATION"] as const })),
  ],
  write: (r) => ({
    group: "users",
    query: USER_UPSERT,
    params: {
      id: r.id,
      props: defined({ name: r.name, email: r.email, role: r.role, baseLat: r.base_lat, baseLon: r.base_lon }),
      territoryIds: r.territory_ids ?? r.account_ids ?? null,
      coverageType: r.role === "MANAGER" ? "MANAGES" : r.role === "KAM" ? "KEY_ACCOUNT" : "COVERS",
    },
  }),
  example: {
    id: "user-rep-101",
    name: "Rita Rep",
    email: "rita@example.com",
    role: "REP",
    territory_ids: "TERR-0001;TERR-0002",
    account_ids: "",
    base_lat: "30.27",
    base_lon: "-97.74",
  },
});
