import { IMPORT_KINDS, KIND_NAMES, type KindName } from "./kinds/index.ts";

/** A kind's template: the header (required columns, then optional ones) and one example row. */
export function templateCsv(kind: KindName): string {
  const k = IMPORT_KINDS[kind];
  const columns = [...k.required, ...k.optional].map((c) => c.column);
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${columns.join(",")}\n${columns.map((c) => cell(k.example[c] ?? "")).join(",")}\n`;
}

export const TEMPLATE_FOLDER = "docs/import-templates";

/** The "Kinds and columns" section of docs/import.md. */
export function columnsReference(): string {
  return KIND_NAMES.map((name) => {
    const k = IMPORT_KINDS[name];
    const rows = [
      ...k.required.map((c) => `| \`${c.column}\` | required | ${c.meaning} |`),
      ...k.optional.map((c) => `| \`${c.column}\` | optional | ${c.meaning} |`),
    ];
    return [
      `### \`${name}\``,
      "",
      `${k.summary} Key: ${k.keyColumns.join(" + ")}.${k.snapshot ? " Snapshot: yes." : ""}`,
      "",
      "| column | | meaning |",
      "| --- | --- | --- |",
      ...rows,
    ].join("\n");
  }).join("\n\n");
}

export const COLUMNS_START = "<!-- columns:start -->";
export const COLUMNS_END = "<!-- columns:end -->";

/** docs/import.md with its generated section replaced. */
export function withColumnsReference(doc: string): string {
  const start = doc.indexOf(COLUMNS_START);
  const end = doc.indexOf(COLUMNS_END);
  if (start < 0 || end < start) throw new Error(`docs/import.md lacks the ${COLUMNS_START} ... ${COLUMNS_END} markers`);
  return `${doc.slice(0, start + COLUMNS_START.length)}\n${columnsReference()}\n${doc.slice(end)}`;
}
