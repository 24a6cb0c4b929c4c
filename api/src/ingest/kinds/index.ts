import { affiliations } from "./affiliations.ts";
import { accounts, hcps, networks, organizations } from "./entities.ts";
import { influences } from "./influences.ts";
import type { ImportKind, KindName } from "./kind.ts";
import { metrics } from "./metrics.ts";
import { territories } from "./territories.ts";
import { users } from "./users.ts";

export { KIND_NAMES, type ImportKind, type KindName, type NodeKind, type Reference } from "./kind.ts";

export const IMPORT_KINDS: Record<KindName, ImportKind<any>> = {
  hcps,
  accounts,
  organizations,
  networks,
  affiliations,
  influences,
  metrics,
  territories,
  users,
};
