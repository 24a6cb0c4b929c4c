import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assertJavaAndMaven, MissingPrerequisiteError } from "./prerequisites.ts";

describe("assertJavaAndMaven", () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it("without Java: says what to install and the alternatives", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "no-java-"));
    process.env.PATH = empty;
    try {
      expect(() => assertJavaAndMaven(true)).toThrow(MissingPrerequisiteError);
      expect(() => assertJavaAndMaven(true)).toThrow(/Java 17 or newer.*NEO4J_URI.*docker compose up/s);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  it("with this machine's Java and Maven: passes", () => {
    expect(() => assertJavaAndMaven(true)).not.toThrow();
  });
});
