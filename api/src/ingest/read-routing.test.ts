import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { driverRunner } from "../db/cypher-runner.ts";
import { streamRecords } from "../db/stream-records.ts";
import { claimOldestJob } from "./import-queue.ts";
import { getImportRecord, listImportRecords, recordProgress } from "./import-record.ts";

/** A driver that records the routing of each executeQuery and the access mode of each session, and answers with no records. */
function recordingDriver() {
  const calls: { via: string; mode: string }[] = [];
  const driver = {
    executeQuery: async (_query: string, _params: unknown, config?: { routing?: string }) => {
      // The driver's own default for executeQuery is WRITE.
      calls.push({ via: "executeQuery", mode: config?.routing ?? "WRITE" });
      return { records: [] };
    },
    session: (config?: { defaultAccessMode?: string }) => {
      calls.push({ via: "session", mode: config?.defaultAccessMode ?? "WRITE" });
      return {
        run: () => ({ subscribe: (o: { onCompleted(): void }) => o.onCompleted() }),
        close: async () => undefined,
      };
    },
  } as unknown as Driver;
  return { driver, calls };
}

describe("reads go to READ routing (followers of a cluster), writes to WRITE (the leader)", () => {
  it("the import job queries read", async () => {
    const { driver, calls } = recordingDriver();
    await getImportRecord(driver, "x");
    await listImportRecords(driver, 10);
    await streamRecords(driver, "MATCH (n) RETURN n", {}, () => undefined);
    await driverRunner(driver, "READ")("RETURN 1", {});
    expect(calls.map((c) => c.mode)).toEqual(["READ", "READ", "READ", "READ"]);
  });

  it("progress and the queue's claims write", async () => {
    const { driver, calls } = recordingDriver();
    await recordProgress(driver, "x", "WRITING", 1, 2);
    await claimOldestJob(driver, { instanceId: "i", leaseMs: 1_000, storage: "/imports" });
    await driverRunner(driver)("RETURN 1", {});
    expect(calls.map((c) => c.mode)).toEqual(["WRITE", "WRITE", "WRITE"]);
  });
});
