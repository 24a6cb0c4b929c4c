import type { AffiliationVocabulary } from "./use-affiliation-vocabulary.ts";

/** The influence levels the API takes by name, or none. */
export function InfluenceSelect({
  value,
  onChange,
  vocabulary,
  testId,
  keepLabel,
}: {
  value: string;
  onChange: (v: string) => void;
  vocabulary: AffiliationVocabulary;
  testId: string;
  /** When set, an extra first option that keeps the current value. */
  keepLabel?: string;
}) {
  return (
    <label>
      Influence level
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{keepLabel ?? "none"}</option>
        {vocabulary.influenceLevels.map((l) => (
          <option key={l.level} value={l.level}>
            {l.level} ({l.value})
          </option>
        ))}
      </select>
    </label>
  );
}
