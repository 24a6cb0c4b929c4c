import { z } from "zod";
import { ACCOUNT_KINDS, CREDENTIALS, NETWORK_KINDS, ORGANIZATION_KINDS } from "../../model/vocabulary.ts";
import { entityId, latitude, longitude, oneOf, optionalText, requiredText, usState, zipCode } from "../cells.ts";
import type { EntityKind } from "../../model/entity-kinds.ts";
import { defineKind, type KindName } from "./kind.ts";

/** The import kinds that hold entities of one hierarchy level. */
export const ENTITY_KIND_OF: Partial<Record<KindName, EntityKind>> = { hcps: "HCP", accounts: "ACCOUNT", organizations: "ORGANIZATION", networks: "NETWORK" };

const byId = { key: (r: { id: string }) => r.id, keyColumns: ["id"], references: () => [], snapshot: true } as const;

export const hcps = defineKind({
  name: "hcps",
  summary: "Healthcare professionals (prescribers), keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. HCP-0000123" },
    { column: "first_name", meaning: "given name" },
    { column: "last_name", meaning: "family name" },
    { column: "credential", meaning: CREDENTIALS.join(", ") },
    { column: "specialty", meaning: "free text, e.g. Cardiology" },
    { column: "city", meaning: "practice city" },
    { column: "state", meaning: "two-letter state code" },
    { column: "zip", meaning: "5-digit ZIP (or ZIP+4)" },
    { column: "lat", meaning: "latitude, -90..90" },
    { column: "lon", meaning: "longitude, -180..180" },
  ],
  optional: [
    { column: "npi", meaning: "10-digit National Provider Identifier" },
    { column: "email", meaning: "contact e-mail" },
    { column: "phone", meaning: "contact phone" },
  ],
  schema: z.object({
    id: entityId(),
    first_name: requiredText(100),
    last_name: requiredText(100),
    credential: oneOf(CREDENTIALS),
    specialty: requiredText(100),
    city: requiredText(100),
    state: usState(),
    zip: zipCode(),
    lat: latitude(),
    lon: longitude(),
    npi: z.string().trim().regex(/^\d{10}$/, "must be 10 digits").optional(),
    email: z.string().trim().email("must be an e-mail address").optional(),
    phone: optionalText(40),
  }),
  ...byId,
  example: { id: "HCP-0000001", first_name: "Ada", last_name: "Lovelace", credential: "MD", specialty: "Cardiology", city: "Austin", state: "TX", zip: "78701", lat: "30.2672", lon: "-97.7431", npi: "1234567893", email: "", phone: "" },
});

export const accounts = defineKind({
  name: "accounts",
  summary: "HCO sites that are served (hospitals, clinics, practices, pharmacies), keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. ACC-000042" },
    { column: "name", meaning: "site name" },
    { column: "kind", meaning: ACCOUNT_KINDS.join(", ") },
    { column: "city", meaning: "city" },
    { column: "state", meaning: "two-letter state code" },
    { column: "zip", meaning: "5-digit ZIP (or ZIP+4)" },
    { column: "lat", meaning: "latitude, -90..90" },
    { column: "lon", meaning: "longitude, -180..180" },
  ],
  optional: [
    { column: "address", meaning: "street address" },
    { column: "phone", meaning: "main phone" },
  ],
  schema: z.object({
    id: entityId(),
    name: requiredText(),
    kind: oneOf(ACCOUNT_KINDS),
    city: requiredText(100),
    state: usState(),
    zip: zipCode(),
    lat: latitude(),
    lon: longitude(),
    address: optionalText(),
    phone: optionalText(40),
  }),
  ...byId,
  example: { id: "ACC-000001", name: "Austin Heart Clinic", kind: "CLINIC", city: "Austin", state: "TX", zip: "78701", lat: "30.27", lon: "-97.74", address: "", phone: "" },
});

export const organizations = defineKind({
  name: "organizations",
  summary: "Parent HCOs such as IDNs and health systems, keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. ORG-0001" },
    { column: "name", meaning: "organization name" },
    { column: "kind", meaning: ORGANIZATION_KINDS.join(", ") },
  ],
  optional: [{ column: "state", meaning: "two-letter state code of the headquarters" }],
  schema: z.object({ id: entityId(), name: requiredText(), kind: oneOf(ORGANIZATION_KINDS), state: usState().optional() }),
  ...byId,
  example: { id: "ORG-0001", name: "Hill Country Health", kind: "HEALTH_SYSTEM", state: "TX" },
});

export const networks = defineKind({
  name: "networks",
  summary: "Specialty networks, ACOs, GPOs and payer networks, keyed by id.",
  required: [
    { column: "id", meaning: "external id, e.g. NET-001" },
    { column: "name", meaning: "network name" },
    { column: "kind", meaning: NETWORK_KINDS.join(", ") },
  ],
  optional: [],
  schema: z.object({ id: entityId(), name: requiredText(), kind: oneOf(NETWORK_KINDS) }),
  ...byId,
  example: { id: "NET-001", name: "Lone Star ACO", kind: "ACO" },
});
