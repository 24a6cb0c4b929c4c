/** The scoring models page's list and deep links: `#scoring` lists the models, `#scoring/<name>/<version>` opens one version. */
import { formatHashRoute } from "../../app/hash-route.ts";

export const SCORING_PAGE = "scoring";

export interface VersionRef {
  name: string;
  version: number;
}

/** The version a route's segments name, or null (the list). */
export function versionOfPath(path: readonly string[]): VersionRef | null {
  const [name, version] = path;
  const n = Number(version);
  return name && Number.isInteger(n) && n >= 1 ? { name, version: n } : null;
}

export const versionHash = (v: VersionRef | null): string =>
  v === null ? formatHashRoute(SCORING_PAGE) : formatHashRoute(SCORING_PAGE, [v.name, String(v.version)]);

/** Versions grouped by model name (names in order), each name's versions newest first. */
export function byModel<V extends VersionRef>(versions: readonly V[]): { name: string; versions: V[] }[] {
  const groups = new Map<string, V[]>();
  for (const v of versions) groups.set(v.name, [...(groups.get(v.name) ?? []), v]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, vs]) => ({ name, versions: vs.sort((a, b) => b.version - a.version) }));
}

/** A stored time as the list shows it, to the minute in UTC: `2026-12-03 13:45`; "—" for none. */
export const formatTime = (iso: string | null | undefined): string => (iso ? iso.slice(0, 16).replace("T", " ") : "—");
