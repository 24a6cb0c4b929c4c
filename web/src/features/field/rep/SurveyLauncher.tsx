import { useState } from "react";
import type { Api } from "../../../api/use-api.ts";
import { SubjectField } from "../entry/SubjectField.tsx";

/** Opens the surveys about any HCP or account of the rep's (by search or id), not only planned ones. */
export function SurveyLauncher({
  api,
  onOpen,
}: {
  api: Api;
  onOpen: (subject: { id: string; kind: "HCP" | "ACCOUNT"; name: string }) => void;
}) {
  const [kind, setKind] = useState<"HCP" | "ACCOUNT">("HCP");
  const [id, setId] = useState("");
  return (
    <form
      className="inline-form"
      aria-label="Answer a survey"
      onSubmit={(e) => {
        e.preventDefault();
        if (id.trim()) onOpen({ id: id.trim(), kind, name: id.trim() });
      }}
    >
      <label>
        About{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as "HCP" | "ACCOUNT")} data-testid="survey-subject-kind">
          <option value="HCP">an HCP</option>
          <option value="ACCOUNT">an account</option>
        </select>
      </label>
      <SubjectField api={api} kind={kind} label={kind === "HCP" ? "HCP" : "Account"} value={id} onChange={setId} testId="survey-subject" />
      <button type="submit" data-testid="survey-open">
        Open survey
      </button>
    </form>
  );
}
