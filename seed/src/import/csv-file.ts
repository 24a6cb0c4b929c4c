import { closeSync, openSync, writeSync } from "node:fs";

export type CsvValue = string | number | boolean | null;

/** RFC 4180 field: quoted (with doubled quotes) only when it holds a delimiter, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const FLUSH_CHARS = 1 << 20;

/** A CSV file written line by line through a 1 MB buffer. */
export class CsvFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.fd = openSync(path, "w");
    this.write(header.join(","));
  }

  row(values: readonly CsvValue[]): void {
    this.write(values.map(csvField).join(","));
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private write(line: string): void {
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, `${this.pending.join("\n")}\n`);
    this.pending = [];
    this.pendingChars = 0;
  }
}
