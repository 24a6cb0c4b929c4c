/** A stored model definition in words, for the read-only view of a version (docs/SCORING.md names the parts). */
export interface DefinitionInWords {
  description: string;
  components: { key: string; label: string; source: string; transform: string; weight: string }[];
  segmentation: string;
  flags: string[];
}

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (x !== null && typeof x === "object" && !Array.isArray(x) ? (x as Json) : {});
const list = (x: unknown): Json[] => (Array.isArray(x) ? x.map(obj) : []);
const str = (x: unknown) => (x === undefined || x === null ? "" : String(x));

function source(s: Json): string {
  switch (s.kind) {
    case "attribute":
      return `attribute ${str(s.field)}`;
    case "survey":
      return `survey answer ${str(s.question)}`;
    case "rollup":
      return `roll-up of ${str(s.metric)} ${str(s.period)}`;
    case "influence":
      return `influence ${str(s.measure)}${s.aggregate ? ` (${str(s.aggregate)} of its HCPs)` : ""}`;
    default:
      return str(s.kind);
  }
}

function transform(t: Json): string {
  if (t.kind === "zscore") return `z-score, clipped at ±${str(t.clip ?? 3)}`;
  if (t.kind === "bucket")
    return `buckets: ${list(t.buckets)
      .map((b) => `${b.equals !== undefined ? `= ${str(b.equals)}` : `≤ ${str(b.upTo)}`} → ${str(b.value)}`)
      .join(", ")}`;
  return str(t.kind);
}

function segmentation(s: Json): string {
  if (s.kind === "thresholds")
    return list(s.thresholds)
      .map((t) => `${str(t.label)} from ${str(t.minScore)}`)
      .join(", ");
  if (s.kind === "deciles") return "deciles D1 (top tenth) to D10";
  if (s.kind === "matrix") return `matrix of ${str(s.value)} bands by ${str(s.potential)} bands`;
  return str(s.kind);
}

/** null when the text is no JSON object (the JSON is then shown as it is). */
export function describeDefinition(definitionText: string): DefinitionInWords | null {
  let d: Json;
  try {
    const parsed: unknown = JSON.parse(definitionText);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    d = parsed as Json;
  } catch {
    return null;
  }
  return {
    description: str(d.description),
    components: list(d.components).map((c) => ({
      key: str(c.key),
      label: str(c.label) || str(c.key),
      source: source(obj(c.source)),
      transform: transform(obj(c.transform)),
      weight: str(c.weight),
    })),
    segmentation: segmentation(obj(d.segmentation)),
    flags: list(d.flags).map((f) => {
      const w = obj(f.when);
      return `${str(f.flag)} when ${str(w.measure)} ${str(w.op)} ${str(w.value)}`;
    }),
  };
}
