/** The token of an `Authorization: Bearer <token>` header, or why there is none. */
export type BearerToken = { token: string } | { problem: string };

export function bearerToken(header: string | null | undefined): BearerToken {
  if (!header) return { problem: "Authentication required: send an 'Authorization: Bearer <token>' header (see README: Getting a token)." };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? { token: match[1]! } : { problem: "The Authorization header must be 'Bearer <token>'." };
}
