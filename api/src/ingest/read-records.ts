import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { Utf8Guard, UnreadableFileError } from "./utf8-guard.ts";

export type FileFormat = "csv" | "jsonl";

/** One data record: `row` counts records with the header as row 1 (what a spreadsheet shows; blank lines are skipped). */
export interface SourceRecord {
  row: number;
  values: Record<string, string>;
}

export function formatOf(fileName: string): FileFormat {
  return /\.(jsonl|ndjson)$/i.test(fileName) ? "jsonl" : "csv";
}

/** Header names are case-insensitive and may carry spaces around them. */
export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Streams the records of a CSV or JSON Lines file as string values keyed by normalized column
 * name; memory stays bounded by one chunk. Empty cells and JSON nulls are left out, so "absent"
 * and "empty" mean the same. The first call of `onHeader` receives the file's columns (for
 * JSON Lines: the keys of the first record) before any record is yielded.
 */
export async function* readRecords(
  filePath: string,
  format: FileFormat,
  onHeader: (columns: string[]) => void,
): AsyncGenerator<SourceRecord> {
  const bytes = createReadStream(filePath).pipe(new Utf8Guard());
  if (format === "csv") yield* readCsv(bytes, onHeader);
  else yield* readJsonLines(bytes, onHeader);
}

async function* readCsv(bytes: NodeJS.ReadableStream, onHeader: (columns: string[]) => void): AsyncGenerator<SourceRecord> {
  const parser = bytes.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }));
  bytes.on("error", (err) => parser.destroy(err));
  let header: string[] | undefined;
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      if (!header) {
        header = cells.map(normalizeHeader);
        onHeader(header);
        continue;
      }
      if (cells.every((c) => c.trim() === "")) continue;
      const values: Record<string, string> = {};
      cells.forEach((cell, i) => {
        const name = header![i] ?? `column ${i + 1}`;
        if (cell !== "") values[name] = cell;
      });
      yield { row, values };
    }
  } catch (err) {
    throw asReadError(err, row + 1);
  }
  if (!header) onHeader([]);
}

async function* readJsonLines(bytes: NodeJS.ReadableStream, onHeader: (columns: string[]) => void): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: bytes, crlfDelay: Infinity });
  let line = 0;
  let headerSent = false;
  try {
    for await (const rawLine of lines) {
      line++;
      const text = line === 1 ? rawLine.replace(/^\uFEFF/, "") : rawLine;
      if (text.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new UnreadableFileError(`Line ${line}: not a JSON object (each line of a JSON Lines file is one JSON object).`, line);
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new UnreadableFileError(`Line ${line}: not a JSON object (each line of a JSON Lines file is one JSON object).`, line);
      }
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(parsed)) {
        if (value === null || value === undefined || value === "") continue;
        values[normalizeHeader(key)] = typeof value === "object" ? JSON.stringify(value) : String(value);
      }
      if (!headerSent) {
        onHeader(Object.keys(parsed).map(normalizeHeader));
        headerSent = true;
      }
      yield { row: line, values };
    }
  } catch (err) {
    throw asReadError(err, line);
  }
  if (!headerSent) onHeader([]);
}

function asReadError(err: unknown, row: number): Error {
  if (err instanceof UnreadableFileError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UnreadableFileError(`Row ${row}: the file cannot be parsed (${message}).`, row);
}
