import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRecords, type FileFormat } from "./read-records.ts";
import { UnreadableFileError } from "./utf8-guard.ts";

const dir = mkdtempSync(path.join(tmpdir(), "read-records-"));
let n = 0;

async function read(content: string | Buffer, format: FileFormat = "csv") {
  const file = path.join(dir, `f${n++}.${format}`);
  writeFileSync(file, content);
  let header: string[] = [];
  const records = [];
  for await (const r of readRecords(file, format, (h) => (header = h))) records.push(r);
  return { header, records };
}

describe("readRecords", () => {
  it("reads UTF-8 with a BOM and CRLF line ends, header names case-insensitive", async () => {
    const { header, records } = await read("\uFEFFID, Name \r\nA1,Zoë\r\nA2,Ünal\r\n");
    expect(header).toEqual(["id", "name"]);
    expect(records).toEqual([
      { row: 2, values: { id: "A1", name: "Zoë" } },
      { row: 3, values: { id: "A2", name: "Ünal" } },
    ]);
  });

  it("keeps commas, doubled quotes and newlines inside quoted fields; skips blank lines", async () => {
    const { records } = await read('id,name\n\nA1,"Smith, ""Jr""\nSuite 2"\n\n   \nA2,x');
    expect(records.map((r) => r.values)).toEqual([
      { id: "A1", name: 'Smith, "Jr"\nSuite 2' },
      { id: "A2", name: "x" },
    ]);
  });

  it("leaves empty cells out, so empty and absent mean the same", async () => {
    const { records } = await read("id,npi,name\nA1,,x\n");
    expect(records[0]!.values).toEqual({ id: "A1", name: "x" });
  });

  it("names the line of invalid UTF-8 (e.g. a Latin-1 file)", async () => {
    const latin1 = Buffer.concat([Buffer.from("id,name\nA1,ok\nA2,Mu"), Buffer.from([0xfc]), Buffer.from("ller\n")]);
    await expect(read(latin1)).rejects.toThrow(/Line 3: the text is not valid UTF-8/);
  });

  it("recognises a binary file by its NUL bytes", async () => {
    const err = await read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x01])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as UnreadableFileError).message).toMatch(/Line 1: .*binary file/);
  });

  it("reports an unterminated quote with its row", async () => {
    await expect(read('id,name\nA1,"open\n')).rejects.toThrow(/Row 2: the file cannot be parsed/);
  });

  it("reads JSON Lines: one object per line, numbers and booleans as text, line numbers as rows", async () => {
    const { header, records } = await read('{"ID":"A1","Weight":0.5,"primary":true}\r\n\n{"id":"A2","weight":null}\n', "jsonl");
    expect(header).toEqual(["id", "weight", "primary"]);
    expect(records).toEqual([
      { row: 1, values: { id: "A1", weight: "0.5", primary: "true" } },
      { row: 3, values: { id: "A2" } },
    ]);
  });

  it("names the JSON Lines line that is not an object", async () => {
    await expect(read('{"id":"A1"}\n[1,2]\n', "jsonl")).rejects.toThrow(/Line 2: not a JSON object/);
  });
});
