/**
 * A saving problem of a model definition, placed next to the field it names. The API answers an
 * invalid definition with BAD_USER_INPUT and the zod path in `argumentPath`
 * (`["definition", "segmentation", "thresholds", 0, "minScore"]`); the form shows the message at
 * the input of that path, or at the nearest enclosing one it has (the JSON text at the least).
 */
import { GraphQLRequestError } from "../../api/client.ts";

export interface DefinitionProblem {
  /** The path inside the definition, dotted: `segmentation.thresholds.0.minScore`; "" for the definition as a whole. */
  path: string;
  message: string;
}

/** The problem an error reports about the definition, or null when it is about something else. */
export function definitionProblem(err: unknown): DefinitionProblem | null {
  if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") return null;
  const argumentPath = err.extensions.argumentPath;
  if (!Array.isArray(argumentPath) || argumentPath[0] !== "definition") return null;
  const path = argumentPath.slice(1).map(String).join(".");
  // "Argument definition.components.0.weight: Too big" -> "Too big": the field already says where.
  const message = err.message.replace(/^Argument [^:]*: /, "");
  return { path, message };
}

/** A problem found before sending: the text is no JSON object. */
export function jsonProblem(text: string): DefinitionProblem | null {
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === "object" && !Array.isArray(json)
      ? null
      : { path: "", message: "The definition must be a JSON object." };
  } catch (err) {
    return { path: "", message: `Not valid JSON: ${(err as Error).message}` };
  }
}

/**
 * Which of the form's inputs shows a problem at `path`: the field of exactly that path, else the
 * closest group enclosing it (a list of inputs, e.g. the thresholds), else "" (the JSON text,
 * which holds everything).
 */
export function fieldOfProblem(path: string, fields: readonly string[], groups: readonly string[] = []): string {
  if (fields.includes(path)) return path;
  let best = "";
  for (const g of groups) if ((path === g || path.startsWith(`${g}.`)) && g.length > best.length) best = g;
  return best;
}
