import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./configuration-error.ts";
import { importWorkerSettingsFromEnv } from "./import-worker-settings.ts";

describe("importWorkerSettingsFromEnv", () => {
  it("defaults: worker on, 30 s lease, polls every 2 s, batches of 5,000 rows", () => {
    expect(importWorkerSettingsFromEnv({})).toMatchObject({ enabled: true, leaseMs: 30_000, pollIntervalMs: 2_000, batchSize: 5_000 });
  });

  it("reads IMPORT_WORKER, IMPORT_LEASE_SECONDS, IMPORT_POLL_INTERVAL_MS and IMPORT_BATCH_SIZE", () => {
    expect(
      importWorkerSettingsFromEnv({
        IMPORT_WORKER: "off",
        IMPORT_LEASE_SECONDS: "2.5",
        IMPORT_POLL_INTERVAL_MS: "200",
        IMPORT_BATCH_SIZE: "250",
      }),
    ).toMatchObject({ enabled: false, leaseMs: 2_500, pollIntervalMs: 200, batchSize: 250 });
  });

  it("gives every instance an id of its own", () => {
    expect(importWorkerSettingsFromEnv({}).instanceId).not.toBe(importWorkerSettingsFromEnv({}).instanceId);
  });

  it("refuses a malformed value, naming the variable", () => {
    expect(() => importWorkerSettingsFromEnv({ IMPORT_WORKER: "maybe" })).toThrow(ConfigurationError);
    expect(() => importWorkerSettingsFromEnv({ IMPORT_LEASE_SECONDS: "0" })).toThrow(/IMPORT_LEASE_SECONDS/);
  });
});
