import { useEffect, useState } from "react";
import { ACTIVE_SURVEYS } from "../../api/field.ts";
import type { ActiveSurvey } from "../../api/field-types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";

/** The active surveys that ask about this kind of subject. */
export function useActiveSurveys(api: Api, subject: "HCP" | "ACCOUNT") {
  const [surveys, setSurveys] = useState<ActiveSurvey[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    api(ACTIVE_SURVEYS)
      .then((d) => !cancelled && setSurveys(d.surveys.filter((s) => s.subject === subject)))
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, subject]);
  return { surveys, error };
}
