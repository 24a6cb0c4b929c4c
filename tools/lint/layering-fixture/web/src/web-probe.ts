// Breaks web-imports-no-api-source: the web app imports API source instead of generated types.
import { serverProbe } from "../../api/src/server/server-probe.ts";

export const webProbe = serverProbe;
