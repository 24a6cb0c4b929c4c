import { GraphQLRequestError } from "../../api/client.ts";

/** One thing the API refused in a change set: where (`operations.1.weight`, the operation's kind) and why. */
export interface ChangeProblem {
  path: string;
  message: string;
}

/**
 * The server's reasons for refusing a change set, each with its field path: a zod failure
 * (`BAD_USER_INPUT` with `argumentPath`) or the affiliation rules (`INTEGRITY_VIOLATION` with the
 * operation's index and its `problems`, each "field: message"). Null for any other error.
 */
export function changeProblems(err: unknown, operations: readonly { op?: unknown }[]): ChangeProblem[] | null {
  if (!(err instanceof GraphQLRequestError)) return null;
  const opName = (i: unknown) =>
    typeof i === "number" && typeof operations[i]?.op === "string" ? ` (${operations[i]!.op as string})` : "";
  const path = err.extensions.argumentPath;
  if (err.code === "BAD_USER_INPUT" && Array.isArray(path)) {
    const message = err.message.replace(/^Argument [^:]*: /, "");
    return [{ path: `${path.join(".")}${opName(path[1])}`, message }];
  }
  const problems = err.extensions.problems;
  const operation = err.extensions.operation;
  if (err.code === "INTEGRITY_VIOLATION" && Array.isArray(problems)) {
    return problems.map((p) => {
      const [field, ...rest] = String(p).split(": ");
      const at = typeof operation === "number" ? `operations.${operation}` : "operations";
      return rest.length
        ? { path: `${at}.${field}${opName(operation)}`, message: rest.join(": ") }
        : { path: `${at}${opName(operation)}`, message: String(p) };
    });
  }
  return null;
}
