import { z } from "zod";
import { CREDENTIALS } from "../../../model/vocabulary.ts";
import { entityId, latitude, longitude, oneOf, optionalText, requiredText, usState, zipCode } from "../../cells.ts";
import { defineEntityKind } from "./entity-kind.ts";

export const hcps = defineEntityKind({
  name: "hcps",
  entity: "HCP",
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
    npi: z
      .string()
      .trim()
      .regex(/^\d{10}$/, "must be 10 digits")
      .optional(),
    email: z.string().trim().email("must be an e-mail address").optional(),
    phone: optionalText(40),
  }),
  props: (r) => ({
    npi: r.npi,
    firstName: r.first_name,
    lastName: r.last_name,
    name: `${r.last_name}, ${r.first_name} ${r.credential}`,
    credential: r.credential,
    specialty: r.specialty,
    city: r.city,
    state: r.state,
    zip: r.zip,
    lat: r.lat,
    lon: r.lon,
    email: r.email,
    phone: r.phone,
  }),
  example: {
    id: "HCP-0000001",
    first_name: "Ada",
    last_name: "Lovelace",
    credential: "MD",
    specialty: "Cardiology",
    city: "Austin",
    state: "TX",
    zip: "78701",
    lat: "30.2672",
    lon: "-97.7431",
    npi: "1234567893",
    email: "",
    phone: "",
  },
});
