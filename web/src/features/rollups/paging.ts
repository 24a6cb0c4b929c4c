/** Offset paging of a table whose total the API gives. */
export interface PageWindow {
  offset: number;
  limit: number;
  total: number;
}

/** "rows 11–20 of 34"; "no rows" when there are none; an offset past the end reads as what it is. */
export function pageText({ offset, limit, total }: PageWindow): string {
  if (total === 0) return "no rows";
  if (offset >= total) return `no rows at ${offset + 1} (${total} in all)`;
  return `rows ${offset + 1}–${Math.min(offset + limit, total)} of ${total}`;
}

export const previousOffset = ({ offset, limit }: PageWindow): number | null => (offset <= 0 ? null : Math.max(0, offset - limit));

export const nextOffset = ({ offset, limit, total }: PageWindow): number | null => (offset + limit >= total ? null : offset + limit);

/**
 * Every row of a paged list, fetching page after page of `pageSize` until the total the first
 * page gave is reached (or a page comes back empty, if rows went away meanwhile).
 */
export async function fetchAllPages<R>(
  fetchPage: (offset: number, limit: number) => Promise<{ total: number; rows: readonly R[] }>,
  pageSize: number,
): Promise<R[]> {
  const all: R[] = [];
  let total = Number.POSITIVE_INFINITY;
  while (all.length < total) {
    const page = await fetchPage(all.length, pageSize);
    total = page.total;
    if (page.rows.length === 0) break;
    all.push(...page.rows);
  }
  return all;
}
