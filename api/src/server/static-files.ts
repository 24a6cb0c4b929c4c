import { createReadStream, existsSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/**
 * Serves the built web app at `pathname` (a URL path that decodes: start-server.ts answers 400
 * otherwise); unknown paths get index.html so client-side routes work. Returns false when there
 * is no build to serve.
 */
export function serveStatic(root: string, pathname: string, res: ServerResponse): boolean {
  const index = path.join(root, "index.html");
  if (!existsSync(index)) return false;
  const urlPath = decodeURIComponent(pathname);
  const candidate = path.normalize(path.join(root, urlPath));
  const inside = candidate.startsWith(root + path.sep);
  const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
  const immutable = file !== index && urlPath.startsWith("/assets/");
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  createReadStream(file).pipe(res);
  return true;
}
