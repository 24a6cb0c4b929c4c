/**
 * The app's URL scheme: everything after `#` is `page/segment/segment?key=value`, e.g.
 * `#explore/hierarchy/ORG-1?asOf=2025-01-01` or `#review/CR-42`. A hash route needs no server
 * support, and each navigation is a history entry, so the back button walks the views back.
 */
export interface HashRoute {
  page: string;
  /** The segments after the page, decoded. */
  path: string[];
  params: URLSearchParams;
}

export function parseHashRoute(hash: string): HashRoute {
  const body = hash.replace(/^#\/?/, "");
  const q = body.indexOf("?");
  const pathPart = q < 0 ? body : body.slice(0, q);
  const [page = "", ...path] = pathPart
    .split("/")
    .filter((s) => s !== "")
    .map(decodeURIComponent);
  return { page, path, params: new URLSearchParams(q < 0 ? "" : body.slice(q + 1)) };
}

/** The hash (with `#`) of a route; empty params are left out. */
export function formatHashRoute(
  page: string,
  path: readonly string[] = [],
  params: Record<string, string | null | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") query.set(k, v);
  const segments = [page, ...path.map(encodeURIComponent)].join("/");
  const qs = query.toString();
  return `#${segments}${qs ? `?${qs}` : ""}`;
}

/** Goes to a route as a new history entry (a no-op when already there). */
export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

/**
 * Replaces the current history entry (for state that should not add a back-button step, such as a
 * filter) and tells the route's listeners, as a navigation would: `history.replaceState` fires no
 * event of its own.
 */
export function replaceRoute(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(null, "", hash);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}
