import { GraphQLRequestError } from "../../api/client.ts";

/** answerSurvey's problems by question key, from `extensions.problems` (or the one `argumentPath`); null when the error is not about answers. */
export function problemsByQuestion(err: unknown): Record<string, string> | null {
  if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") return null;
  const list = err.extensions.problems;
  if (Array.isArray(list)) {
    const out: Record<string, string> = {};
    for (const p of list as { question?: unknown; message?: unknown }[]) {
      if (typeof p.question === "string" && typeof p.message === "string") out[p.question] = out[p.question] ?? p.message;
    }
    if (Object.keys(out).length > 0) return out;
  }
  const path = err.extensions.argumentPath;
  if (Array.isArray(path) && path[0] === "answers" && typeof path[1] === "string") return { [path[1]]: err.message };
  return null;
}
