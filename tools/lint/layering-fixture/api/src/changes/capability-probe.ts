// Breaks capabilities-do-not-import-entry-points: a capability imports the composition root.
import { serverProbe } from "../server/server-probe.ts";

export const capabilityProbe = serverProbe;
