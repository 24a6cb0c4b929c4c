import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { parseSettings } from "../config/configuration-error.ts";

function isOrigin(text: string): boolean {
  return URL.canParse(text) && new URL(text).origin === text;
}

const originList = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== ""),
  )
  .pipe(
    z.array(z.string().refine(isOrigin, { error: (issue) => `"${String(issue.input)}" is not an origin such as https://app.example.com` })),
  );

/** CORS_ORIGINS: comma-separated origins whose pages may call the API; unset means same origin only. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return parseSettings(originList, env.CORS_ORIGINS, "CORS_ORIGINS");
}

/**
 * Cross-origin access for the listed origins only: their requests get the CORS headers, others
 * none (the browser then withholds the answer). Answers every OPTIONS (preflight) request itself
 * and returns true then.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const requestOrigin = req.headers.origin;
  if (allowedOrigins.length > 0) res.setHeader("vary", "Origin");
  if (requestOrigin && allowedOrigins.includes(requestOrigin)) res.setHeader("access-control-allow-origin", requestOrigin);
  if (req.method !== "OPTIONS") return false;
  if (res.hasHeader("access-control-allow-origin")) {
    res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    res.setHeader("access-control-allow-headers", "authorization, content-type, x-request-id");
    res.setHeader("access-control-max-age", "600");
  }
  res.writeHead(204, { "content-length": "0" });
  res.end();
  return true;
}
