/**
 * The review queue's filters as URL query parameters (`#review?status=PENDING&kind=REASSIGN`),
 * so a filtered queue can be shared and survives a reload. Unknown or malformed values fall
 * back to the default instead of failing.
 */
export interface ReviewFilters {
  /** A change status, or "" for any. */
  status: string;
  /** A change kind, or "" for any. */
  kind: string;
  /** A requester territory id, or "" for any. */
  territory: string;
  /** Only requests at least this many days old (0: any age). */
  minAgeDays: number;
}

export const DEFAULT_REVIEW_FILTERS: ReviewFilters = { status: "PENDING", kind: "", territory: "", minAgeDays: 0 };

/** The filters a route's parameters say, each checked against what the API accepts. */
export function filtersFromParams(
  params: URLSearchParams,
  allowed: { statuses: readonly string[]; kinds: readonly string[] },
): ReviewFilters {
  const status = params.get("status");
  const kind = params.get("kind") ?? "";
  const minAge = Number(params.get("minAge") ?? "0");
  return {
    // "any" is spelled out because no parameter means the default (pending).
    status: status === "any" ? "" : status !== null && allowed.statuses.includes(status) ? status : DEFAULT_REVIEW_FILTERS.status,
    kind: allowed.kinds.includes(kind) ? kind : "",
    // Kept as typed (the input shows it back); the queue's request trims it.
    territory: (params.get("territory") ?? "").slice(0, 100),
    minAgeDays: Number.isInteger(minAge) && minAge > 0 && minAge <= 3650 ? minAge : 0,
  };
}

/** The route parameters of the filters; defaults are left out so the plain `#review` stays short. */
export function paramsOfFilters(f: ReviewFilters): Record<string, string | null> {
  return {
    status: f.status === DEFAULT_REVIEW_FILTERS.status ? null : f.status || "any",
    kind: f.kind || null,
    territory: f.territory.trim() ? f.territory : null,
    minAge: f.minAgeDays > 0 ? String(f.minAgeDays) : null,
  };
}
