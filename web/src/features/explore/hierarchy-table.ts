/** The table beside a hierarchy view: its visible nodes as rows, sorting and the CSV export. */
import type { LodNode } from "../../graph/level-of-detail.ts";

export const TABLE_COLUMNS = ["name", "kind", "level", "rollup", "parents", "children"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  by: TableColumn;
  descending: boolean;
}

export const DEFAULT_TABLE_SORT: TableSort = { by: "rollup", descending: true };

const TEXT_COLUMNS = new Set<TableColumn>(["name", "kind"]);

/** Clicking the sorted column turns it around; another column sorts numbers highest first, text A to Z. */
export const nextTableSort = (current: TableSort, by: TableColumn): TableSort =>
  current.by === by ? { by, descending: !current.descending } : { by, descending: !TEXT_COLUMNS.has(by) };

export const ariaSortOf = (current: TableSort, by: TableColumn) =>
  current.by !== by ? "none" : current.descending ? "descending" : "ascending";

function cell(node: LodNode, column: TableColumn): string | number | null {
  switch (column) {
    case "name":
      return node.name;
    case "kind":
      return node.role === "entity" ? node.kind : `${node.kind} ${node.role}`;
    case "level":
      return node.level;
    case "rollup":
      return node.rollup;
    case "parents":
      return node.parentCount;
    case "children":
      return node.childCount;
  }
}

/** Rows sorted by a column; missing values last either way, then by name. */
export function sortRows(nodes: readonly LodNode[], sort: TableSort): LodNode[] {
  const sign = sort.descending ? -1 : 1;
  return [...nodes].sort((a, b) => {
    const x = cell(a, sort.by);
    const y = cell(b, sort.by);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.name.localeCompare(b.name);
  });
}

const csvField = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The rows as CSV (RFC 4180), with an id column first and the roll-up under the measure's name. */
export function tableCsv(rows: readonly LodNode[], rollupHeading: string): string {
  const header = ["id", ...TABLE_COLUMNS.map((c) => (c === "rollup" ? rollupHeading : c))];
  const lines = rows.map((n) => [n.id, ...TABLE_COLUMNS.map((c) => cell(n, c))].map(csvField).join(","));
  return `${[header.map(csvField).join(","), ...lines].join("\r\n")}\r\n`;
}
