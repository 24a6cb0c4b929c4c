import { z } from "zod";
import { ACCOUNT_KINDS } from "../../../model/vocabulary.ts";
import { entityId, latitude, longitude, oneOf, optionalText, requiredText, usState, zipCode } from "../../cells.ts";
import { defineEntityKind } from "./entity-kind.ts";

export const accounts = defineEntityKind({
  name: "accounts",
  entity: "ACCOUNT",
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
  props: (r) => ({
    name: r.name,
    kind: r.kind,
    city: r.city,
    state: r.state,
    zip: r.zip,
    lat: r.lat,
    lon: r.lon,
    address: r.address,
    phone: r.phone,
  }),
  example: {
    id: "ACC-000001",
    name: "Austin Heart Clinic",
    kind: "CLINIC",
    city: "Austin",
    state: "TX",
    zip: "78701",
    lat: "30.27",
    lon: "-97.74",
    address: "",
    phone: "",
  },
});
