/** Names for field-execution data as the app's operations select it (derived from the generated types). */
import type { ActiveSurveysQuery, ActivityFieldsFragment, ActivityInput } from "./generated/graphql.ts";

export { ActivityChannel, ActivityOutcome, SurveySubject } from "./generated/graphql.ts";

export type Activity = ActivityFieldsFragment;
export type { ActivityInput };
export type ActiveSurvey = ActiveSurveysQuery["surveys"][number];
