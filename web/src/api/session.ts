import type { DevUser } from "./client.ts";

const KEY = "pharmagraph.session";

export interface Session {
  token: string;
  user: DevUser;
}

/** The signed-in user, kept for the browser tab only (sessionStorage). */
export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
