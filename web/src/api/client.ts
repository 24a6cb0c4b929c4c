import type { TypedDocumentString } from "./generated/graphql.ts";

export class UnauthorizedError extends Error {}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** The error's `extensions` as the API sent them (e.g. `argumentPath`, `problems`). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A document's variables as the last argument: optional when the operation has no required variable. */
// biome-ignore lint/complexity/noBannedTypes: `{} extends V` is how to ask whether V has no required key.
export type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/** What the app holds on to: the operations typed by the generated code (npm run codegen). */
export type Document<R, V> = TypedDocumentString<R, V>;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * The one way the app talks to the API over HTTP: with a token, the bearer header is set and a
 * 401 means the session is over (UnauthorizedError).
 */
async function send(url: string, init: RequestInit, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
  const res = await fetch(url, { ...init, headers });
  if (token !== undefined && res.status === 401) throw new UnauthorizedError("Your session has expired; sign in again.");
  return res;
}

/**
 * Sends a GraphQL operation to /graphql: as JSON, or as a GraphQL multipart request
 * (https://github.com/jaydenseric/graphql-multipart-request-spec) when a variable holds a File.
 * Errors carry the API's `extensions.code`.
 */
export async function request<R, V>(token: string, document: Document<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
  const res = await send("/graphql", { method: "POST", ...graphqlBody(document.toString(), variables ?? {}) }, token);
  const body = (await res.json()) as GraphQLBody<R>;
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code, first.extensions);
  if (!body.data) throw new GraphQLRequestError("Empty response", undefined);
  return body.data;
}

/** The request body and headers: JSON, or multipart with each file in its own part. */
export function graphqlBody(query: string, variables: unknown): { headers: Record<string, string>; body: string | FormData } {
  const files = new Map<string, Blob>();
  const json = JSON.stringify({ query, variables: withoutFiles(variables, "variables", files) });
  if (files.size === 0) return { headers: { "content-type": "application/json", accept: "application/json" }, body: json };
  const form = new FormData();
  form.set("operations", json);
  form.set("map", JSON.stringify(Object.fromEntries([...files.keys()].map((path, i) => [i, [path]]))));
  for (const [i, file] of [...files.values()].entries()) form.set(String(i), file, file instanceof File ? file.name : "blob");
  return { headers: { accept: "application/json" }, body: form };
}

/** The value with every File (Blob) replaced by null, the files collected by their object path. */
function withoutFiles(value: unknown, path: string, files: Map<string, Blob>): unknown {
  if (value instanceof Blob) {
    files.set(path, value);
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => withoutFiles(v, `${path}.${i}`, files));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFiles(v, `${path}.${k}`, files)]));
  }
  return value;
}

/** A file the API serves to signed-in users (an import's error report); `failure` words a non-2xx status. */
export async function download(token: string, url: string, failure: (status: number) => string): Promise<Blob> {
  const res = await send(url, {}, token);
  if (!res.ok) throw new Error(failure(res.status));
  return res.blob();
}

/** A user of the development login (`GET /auth/dev/users`, outside the GraphQL schema). */
export interface DevUser {
  id: string;
  name: string;
  role: string;
  territories: string[];
}

export async function listDevUsers(): Promise<DevUser[]> {
  const res = await send("/auth/dev/users", {});
  if (!res.ok) throw new Error("The development login is not enabled on this server.");
  return (await res.json()) as DevUser[];
}

export async function devToken(userId: string): Promise<string> {
  const res = await send("/auth/dev/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  const body = (await res.json()) as { token?: string; error?: string };
  if (!res.ok || !body.token) throw new Error(body.error ?? `Login failed (${res.status})`);
  return body.token;
}
