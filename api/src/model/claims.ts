import { z } from "zod";
import { ROLES } from "./roles.ts";

/** The claims a verified token must carry; anything else in the token is ignored. */
export const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  role: z.enum(ROLES),
  territories: z.array(z.string().min(1)).default([]),
});

export type Claims = z.infer<typeof claimsSchema>;
