import { describe, expect, it } from "vitest";
import { fetchAllPages, nextOffset, pageText, previousOffset } from "./paging.ts";

describe("paging", () => {
  it("words the rows shown", () => {
    expect(pageText({ offset: 0, limit: 10, total: 34 })).toBe("rows 1–10 of 34");
    expect(pageText({ offset: 30, limit: 10, total: 34 })).toBe("rows 31–34 of 34");
    expect(pageText({ offset: 0, limit: 10, total: 0 })).toBe("no rows");
    expect(pageText({ offset: 40, limit: 10, total: 34 })).toBe("no rows at 41 (34 in all)");
  });

  it("offers previous and next only where there is a page", () => {
    expect(previousOffset({ offset: 0, limit: 10, total: 34 })).toBeNull();
    expect(previousOffset({ offset: 5, limit: 10, total: 34 })).toBe(0);
    expect(previousOffset({ offset: 20, limit: 10, total: 34 })).toBe(10);
    expect(nextOffset({ offset: 20, limit: 10, total: 34 })).toBe(30);
    expect(nextOffset({ offset: 30, limit: 10, total: 34 })).toBeNull();
    expect(nextOffset({ offset: 0, limit: 10, total: 10 })).toBeNull();
  });

  it("fetches every page until the total", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const asked: [number, number][] = [];
    const all = await fetchAllPages(async (offset, limit) => {
      asked.push([offset, limit]);
      return { total: rows.length, rows: rows.slice(offset, offset + limit) };
    }, 3);
    expect(all).toEqual(rows);
    expect(asked).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
    ]);
  });

  it("stops at an empty page when rows went away while paging", async () => {
    const all = await fetchAllPages(async (offset) => ({ total: 5, rows: offset === 0 ? [1, 2] : [] }), 2);
    expect(all).toEqual([1, 2]);
  });
});
