import type { DevUser } from "./types.ts";

export class UnauthorizedError extends Error {}

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POST /graphql with the bearer token; a 401 means the session is over, errors carry their code. */
export async function graphql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status === 401) throw new UnauthorizedError("Your session has expired; sign in again.");
  const body = (await res.json()) as GraphQLBody<T>;
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!body.data) throw new GraphQLRequestError("Empty response", undefined);
  return body.data;
}

export async function listDevUsers(): Promise<DevUser[]> {
  const res = await fetch("/auth/dev/users");
  if (!res.ok) throw new Error("The development login is not enabled on this server.");
  return (await res.json()) as DevUser[];
}

export async function devToken(userId: string): Promise<string> {
  const res = await fetch("/auth/dev/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  const body = (await res.json()) as { token?: string; error?: string };
  if (!res.ok || !body.token) throw new Error(body.error ?? `Login failed (${res.status})`);
  return body.token;
}
