import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Home } from "./layout.ts";

export interface Credentials {
  user: string;
  password: string;
}

export function readCredentials(h: Home): Credentials | undefined {
  if (!existsSync(h.credentialsFile)) return undefined;
  return JSON.parse(readFileSync(h.credentialsFile, "utf8")) as Credentials;
}

export function generateCredentials(h: Home): Credentials {
  const creds = { user: "neo4j", password: randomBytes(18).toString("base64url") };
  writeFileSync(h.credentialsFile, JSON.stringify(creds, null, 2), { mode: 0o600 });
  return creds;
}
