import { activities } from "./activities/kind.ts";
import { affiliations } from "./affiliations/kind.ts";
import { accounts } from "./entities/accounts.ts";
import { hcps } from "./entities/hcps.ts";
import { feedback } from "./feedback/kind.ts";
import { networks } from "./entities/networks.ts";
import { organizations } from "./entities/organizations.ts";
import { influences } from "./influences/kind.ts";
import type { ImportKind, KindName } from "./kind.ts";
import { metrics } from "./metrics/kind.ts";
import { surveyAnswers } from "./survey-answers/kind.ts";
import { territories } from "./territories/kind.ts";
import { touchpoints } from "./touchpoints/kind.ts";
import { users } from "./users/kind.ts";

export { KIND_NAMES, type KindName } from "./kind.ts";

// biome-ignore lint/suspicious/noExplicitAny: one registry holds kinds of different row and check types.
export const IMPORT_KINDS: Record<KindName, ImportKind<any, any>> = {
  hcps,
  accounts,
  organizations,
  networks,
  affiliations,
  influences,
  metrics,
  territories,
  users,
  survey_answers: surveyAnswers,
  activities,
  feedback,
  touchpoints,
};
