import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { ROLES } from "../model/roles.ts";
import type { Claims } from "../model/claims.ts";
import { GET_USER, LIST_USERS } from "./queries.ts";

export const directoryUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  territories: z.array(z.string()),
});
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export async function listUsers(driver: Driver, prefix = ""): Promise<DirectoryUser[]> {
  const { records } = await driver.executeQuery(LIST_USERS, { prefix }, { routing: "READ" });
  return records.map((r) => directoryUserSchema.parse(r.toObject()));
}

export async function findUser(driver: Driver, id: string): Promise<DirectoryUser | undefined> {
  const { records } = await driver.executeQuery(GET_USER, { id }, { routing: "READ" });
  const record = records[0];
  return record ? directoryUserSchema.parse(record.toObject()) : undefined;
}

export function claimsFor(user: DirectoryUser): Claims {
  return { sub: user.id, name: user.name, role: user.role, territories: user.territories };
}
