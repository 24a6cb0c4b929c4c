// Breaks model-is-the-kernel: the model imports a capability.
import { capabilityProbe } from "../changes/capability-probe.ts";

export const kernelProbe = capabilityProbe;
