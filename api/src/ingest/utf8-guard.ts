import { Transform, type TransformCallback } from "node:stream";
import { isUtf8 } from "node:buffer";

/** The file is not text we can read; `line` is the 1-based physical line where it went wrong. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "UnreadableFileError";
  }
}

const NEWLINE = 0x0a;

/**
 * Passes bytes through unchanged after checking, line by line, that they are UTF-8 text: a NUL
 * byte means a binary file, an invalid sequence a file in another encoding. A newline byte never
 * occurs inside a multi-byte UTF-8 sequence, so checking whole lines is exact.
 */
export class Utf8Guard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private linesBefore = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const lastNewline = data.lastIndexOf(NEWLINE);
    if (lastNewline < 0) {
      this.pending = data;
      done();
      return;
    }
    const complete = data.subarray(0, lastNewline + 1);
    this.pending = Buffer.from(data.subarray(lastNewline + 1));
    const problem = this.check(complete);
    if (problem) {
      done(problem);
      return;
    }
    this.linesBefore += countNewlines(complete);
    done(null, complete);
  }

  override _flush(done: TransformCallback): void {
    const problem = this.check(this.pending);
    done(problem ?? null, problem ? undefined : this.pending);
  }

  private check(bytes: Buffer): UnreadableFileError | undefined {
    if (bytes.includes(0) || !isUtf8(bytes)) return this.locate(bytes);
    return undefined;
  }

  private locate(bytes: Buffer): UnreadableFileError {
    let start = 0;
    let line = this.linesBefore + 1;
    while (start <= bytes.length) {
      const end = bytes.indexOf(NEWLINE, start);
      const lineBytes = bytes.subarray(start, end < 0 ? bytes.length : end);
      if (lineBytes.includes(0)) {
        return new UnreadableFileError(
          `Line ${line}: the file contains NUL bytes; it looks like a binary file, not CSV or JSON Lines text.`,
          line,
        );
      }
      if (!isUtf8(lineBytes)) {
        return new UnreadableFileError(`Line ${line}: the text is not valid UTF-8; save the file as UTF-8 and upload it again.`, line);
      }
      if (end < 0) break;
      start = end + 1;
      line++;
    }
    return new UnreadableFileError(`Line ${line}: the file is not valid UTF-8 text.`, line);
  }
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
