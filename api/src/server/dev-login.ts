import type { IncomingMessage, ServerResponse } from "node:http";
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { issueToken } from "../auth/token-issuer.ts";
import { claimsFor, findUser, listUsers } from "../auth/user-directory.ts";
import { isLoopbackHost } from "./listen-host.ts";

const tokenRequest = z.object({ userId: z.string().min(1) });

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether the request was addressed to this machine by name: a page that points its own name at 127.0.0.1 (DNS rebinding) sends that name. */
function addressedToLoopback(req: IncomingMessage): boolean {
  const host = req.headers.host;
  return host !== undefined && URL.canParse(`http://${host}`) && isLoopbackHost(new URL(`http://${host}`).hostname);
}

/**
 * Development login (only when enabled, on loopback): `GET /auth/dev/users` lists the seeded
 * users, `POST /auth/dev/token {userId}` signs a token for one. Returns false for other paths.
 */
export async function handleDevLogin(
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  driver: Driver,
  secret: string,
): Promise<boolean> {
  if (!addressedToLoopback(req)) {
    sendJson(res, 403, { error: "The development login answers only at a loopback address, e.g. http://localhost:4000/." });
    return true;
  }
  if (pathname === "/auth/dev/users" && req.method === "GET") {
    sendJson(res, 200, await listUsers(driver));
    return true;
  }
  if (pathname === "/auth/dev/token" && req.method === "POST") {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      sendJson(res, 400, { error: 'Body must be JSON: {"userId": "..."}' });
      return true;
    }
    const parsed = tokenRequest.safeParse(body);
    if (!parsed.success) {
      sendJson(res, 400, { error: 'Body must be JSON: {"userId": "..."}' });
      return true;
    }
    const user = await findUser(driver, parsed.data.userId);
    if (!user) {
      sendJson(res, 404, { error: `No user ${parsed.data.userId}` });
      return true;
    }
    sendJson(res, 200, { token: await issueToken(claimsFor(user), secret), user });
    return true;
  }
  return false;
}
