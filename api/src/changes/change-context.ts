import { accessScope } from "../model/access-scope.ts";
import type { Claims } from "../model/claims.ts";
import { levelRules } from "../model/level-rules.ts";
import type { ApplyContext } from "./apply-change.ts";

/** Level pairs allowed beyond one level up, for every governed change (`CHANGE_LEVEL_PAIRS`, e.g. `HCP>ORGANIZATION`). */
const rulesForChanges = () => levelRules((process.env.CHANGE_LEVEL_PAIRS ?? "").split(",").filter(Boolean));

/**
 * How the write path applies and audits a change made by `claims` within request `requestId`:
 * FIELD is the source recorded on edges a field proposal creates, STEWARD on a steward's direct edits.
 */
export function changeContext(
  claims: Pick<Claims, "sub" | "role" | "territories">,
  requestId: string,
  reason: string,
  opts: { changeId?: string; source?: ApplyContext["source"] } = {},
): ApplyContext {
  return {
    audit: { actor: claims.sub, origin: "CHANGE", importId: null, changeId: opts.changeId ?? null, requestId, reason },
    rules: rulesForChanges(),
    source: opts.source ?? "FIELD",
    scope: accessScope(claims),
  };
}
