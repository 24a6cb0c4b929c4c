import type { IncomingMessage, ServerResponse } from "node:http";
import { bearerToken } from "../auth/bearer-token.ts";
import { InvalidTokenError, type TokenVerifier } from "../auth/token-verifier.ts";
import { isImportId } from "../ingest/import-jobs.ts";
import { importStorage } from "../ingest/import-storage.ts";
import { KIND_NAMES, type KindName } from "../ingest/kinds/index.ts";
import { templateCsv } from "../ingest/templates.ts";

const ROUTE = /^\/imports\/([^/]+)\/errors\.csv$/;
const TEMPLATE_ROUTE = /^\/imports\/templates\/([a-z]+)\.csv$/;
const READERS = new Set(["STEWARD", "ADMIN"]);

function answer(res: ServerResponse, status: number, message: string): true {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: message }));
  return true;
}

/**
 * `GET /imports/templates/<kind>.csv`: the template of a kind (no token needed).
 * `GET /imports/<id>/errors.csv` with `Authorization: Bearer <token>` (STEWARD or ADMIN): an
 * import's error report as a CSV attachment. Returns false for other paths.
 */
export async function handleImportFiles(
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  verifyToken: TokenVerifier,
): Promise<boolean> {
  const template = TEMPLATE_ROUTE.exec(pathname);
  if (template && (KIND_NAMES as readonly string[]).includes(template[1]!)) {
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${template[1]}.csv"` });
    res.end(templateCsv(template[1] as KindName));
    return true;
  }
  const match = ROUTE.exec(pathname);
  if (!match) return false;
  const bearer = bearerToken(req.headers.authorization);
  if ("problem" in bearer) return answer(res, 401, bearer.problem);
  try {
    const claims = await verifyToken(bearer.token);
    if (!READERS.has(claims.role)) return answer(res, 403, "Only STEWARD or ADMIN users may read import error reports.");
  } catch (err) {
    if (err instanceof InvalidTokenError) return answer(res, 401, err.message);
    throw err;
  }
  const id = decodeURIComponent(match[1]!);
  const report = isImportId(id) ? await importStorage.openErrorReport(id) : null;
  if (!report) return answer(res, 404, "No error report for this import.");
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="import-${id}-errors.csv"`,
  });
  report.pipe(res);
  return true;
}
