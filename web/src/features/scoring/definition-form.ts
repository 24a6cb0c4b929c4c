/**
 * The simple parts of a model definition that the editor offers as inputs beside its JSON text:
 * name, description, each component's weight, and the labels and minimum scores of a threshold
 * segmentation. The JSON text stays the one source: an input edits the value at its path and
 * writes the text again; the rest of the definition is kept as it is.
 */
export type JsonPath = readonly (string | number)[];

export interface SimpleFields {
  name: string;
  description: string;
  components: { key: string; label: string; weight: number | null }[];
  /** null when the segmentation is not by thresholds. */
  thresholds: { label: string; minScore: number | null }[] | null;
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => x !== null && typeof x === "object" && !Array.isArray(x);
const text = (x: unknown) => (typeof x === "string" ? x : "");
const numberOrNull = (x: unknown) => (typeof x === "number" ? x : null);

/** The inputs' values, or null when the text is no JSON object (the JSON text is then all there is to edit). */
export function simpleFields(definitionText: string): SimpleFields | null {
  let d: unknown;
  try {
    d = JSON.parse(definitionText);
  } catch {
    return null;
  }
  if (!isObject(d)) return null;
  const components = Array.isArray(d.components) ? d.components.filter(isObject) : [];
  const s = d.segmentation;
  return {
    name: text(d.name),
    description: text(d.description),
    components: components.map((c) => ({ key: text(c.key), label: text(c.label), weight: numberOrNull(c.weight) })),
    thresholds:
      isObject(s) && s.kind === "thresholds" && Array.isArray(s.thresholds)
        ? s.thresholds.filter(isObject).map((t) => ({ label: text(t.label), minScore: numberOrNull(t.minScore) }))
        : null,
  };
}

/** The definition text with the value at `path` replaced (indented two spaces); unchanged when the text is no JSON object. */
export function setAtPath(definitionText: string, path: JsonPath, value: unknown): string {
  let d: unknown;
  try {
    d = JSON.parse(definitionText);
  } catch {
    return definitionText;
  }
  if (!isObject(d) || path.length === 0) return definitionText;
  let node: unknown = d;
  for (const step of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[step];
    if (node === null || typeof node !== "object") return definitionText;
  }
  (node as Record<string | number, unknown>)[path[path.length - 1]!] = value;
  return JSON.stringify(d, null, 2);
}

/** A number input's value: a number, or null while it is empty (the API then names the field). */
export const numberInput = (raw: string): number | null => (raw.trim() === "" || !Number.isFinite(Number(raw)) ? null : Number(raw));

/** A definition as the editor shows it: indented. */
export const prettyDefinition = (definition: string): string => {
  try {
    return JSON.stringify(JSON.parse(definition), null, 2);
  } catch {
    return definition;
  }
};

/** The segment labels of a definition in the model's order (thresholds highest first, matrix cells row by row, deciles D1..D10). */
export function segmentLabels(definitionText: string): string[] {
  let d: unknown;
  try {
    d = JSON.parse(definitionText);
  } catch {
    return [];
  }
  const s = isObject(d) ? d.segmentation : null;
  if (!isObject(s)) return [];
  if (s.kind === "thresholds" && Array.isArray(s.thresholds)) return s.thresholds.filter(isObject).map((t) => text(t.label));
  if (s.kind === "matrix" && Array.isArray(s.labels)) return [...new Set(s.labels.flat().map(text))];
  if (s.kind === "deciles") return Array.from({ length: 10 }, (_, i) => `D${i + 1}`);
  return [];
}
