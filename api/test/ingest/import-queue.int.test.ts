import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDriver } from "../../../test/db.ts";
import { claimOldestJob, enqueueImport, MAX_ATTEMPTS, markJobDone, renewLease, type NewJob } from "../../src/ingest/import-queue.ts";
import { getImportRecord } from "../../src/ingest/import-record.ts";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("queue");
/** A storage of the test's own: the claims below see only the test's jobs, not those of other test files. */
const storage = () => `/${f.p}storage`;

const newJob = (): NewJob => ({
  id: randomUUID(),
  kind: "hcps",
  fileName: `${f.p}queued.csv`,
  checksum: "0".repeat(64),
  mode: "partial",
  snapshot: false,
  force: false,
  snapshotMaxShare: null,
  snapshotPrefix: null,
  levelPairs: [],
  actor: f.g.users.steward,
  requestId: randomUUID(),
  storage: storage(),
});

describe("the import queue", () => {
  it("a queued job reads RUNNING in phase VALIDATING, as an import that just started", async () => {
    const job = newJob();
    expect(await enqueueImport(f.driver, job, null)).toBe(0);
    // Queued long ago, never claimed: still RUNNING, not INTERRUPTED (no process owes it a heartbeat yet).
    await f.query("MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime('2000-01-01T00:00:00Z')", { id: job.id });
    expect(await getImportRecord(f.driver, job.id)).toMatchObject({
      status: "RUNNING",
      phase: "VALIDATING",
      rowsDone: 0,
      checksum: job.checksum,
    });
    await f.query("MATCH (i:Import {id: $id}) SET i.queue = 'DONE'", { id: job.id });
  });

  it("concurrent claims from several instances: exactly one gets the job", async () => {
    const job = newJob();
    await enqueueImport(f.driver, job, null);
    const drivers = Array.from({ length: 4 }, () => testDriver());
    try {
      const claimants = Array.from({ length: 8 }, (_, i) => ({ instanceId: `${f.p}instance-${i}`, leaseMs: 60_000, storage: storage() }));
      const claims = await Promise.all(claimants.map((c, i) => claimOldestJob(drivers[i % drivers.length]!, c)));
      const winners = claims.flatMap((claim, i) => (claim?.id === job.id ? [claimants[i]!.instanceId] : []));
      expect(winners).toHaveLength(1);
      const [record] = await f.query("MATCH (i:Import {id: $id}) RETURN i.queue AS queue, i.claimedBy AS by, i.attempts AS attempts", {
        id: job.id,
      });
      expect(record).toEqual({ queue: "CLAIMED", by: winners[0], attempts: 1 });
      expect(claims.filter((c) => c === null)).toHaveLength(7);
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
  });

  it("a lease not renewed in time lets another instance take the job over; the first one then no longer holds it", async () => {
    const job = newJob();
    const first = { instanceId: `${f.p}first`, leaseMs: 200 };
    const second = { instanceId: `${f.p}second`, leaseMs: 60_000, storage: storage() };
    expect(await enqueueImport(f.driver, job, first)).toBe(1);
    expect(await renewLease(f.driver, job.id, first)).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(await claimOldestJob(f.driver, second)).toMatchObject({ id: job.id, attempts: 2, mode: "partial", requestId: job.requestId });
    expect(await renewLease(f.driver, job.id, first)).toBe(false);
    await markJobDone(f.driver, job.id, first);
    expect((await f.query("MATCH (i:Import {id: $id}) RETURN i.queue AS q", { id: job.id }))[0].q).toBe("CLAIMED");
    await markJobDone(f.driver, job.id, second);
    expect((await f.query("MATCH (i:Import {id: $id}) RETURN i.queue AS q", { id: job.id }))[0].q).toBe("DONE");
  });

  it("a worker claims only jobs queued in its own storage", async () => {
    const job = newJob();
    await enqueueImport(f.driver, job, null);
    expect(await claimOldestJob(f.driver, { instanceId: `${f.p}elsewhere`, leaseMs: 60_000, storage: `${storage()}-other` })).toBeNull();
    expect(await claimOldestJob(f.driver, { instanceId: `${f.p}here`, leaseMs: 60_000, storage: storage() })).toMatchObject({ id: job.id });
    await markJobDone(f.driver, job.id, { instanceId: `${f.p}here`, leaseMs: 60_000 });
  });

  it(`a job is claimed at most ${MAX_ATTEMPTS} times`, async () => {
    const job = newJob();
    await enqueueImport(f.driver, job, null);
    await f.query("MATCH (i:Import {id: $id}) SET i.queue = 'CLAIMED', i.leaseUntil = datetime() - duration('PT1S'), i.attempts = $max", {
      id: job.id,
      max: MAX_ATTEMPTS,
    });
    expect(await claimOldestJob(f.driver, { instanceId: `${f.p}late`, leaseMs: 60_000, storage: storage() })).toBeNull();
    await f.query("MATCH (i:Import {id: $id}) SET i.attempts = $max - 1", { id: job.id, max: MAX_ATTEMPTS });
    expect(await claimOldestJob(f.driver, { instanceId: `${f.p}late`, leaseMs: 60_000, storage: storage() })).toMatchObject({
      id: job.id,
      attempts: MAX_ATTEMPTS,
    });
  });
});
