import { isIPv4 } from "node:net";
import type { AuthConfig } from "../auth/auth-config.ts";
import { ConfigurationError } from "../config/configuration-error.ts";

/** Where the server listens unless HOST says otherwise: this machine only. */
export const DEFAULT_HOST = "127.0.0.1";

/** A host name or address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || (isIPv4(host) && host.startsWith("127."));
}

/** The address to listen on; refuses any but loopback while the development login is on (anyone reaching it could sign in as ADMIN). */
export function listenHost(auth: AuthConfig, host: string | undefined): string {
  const chosen = host || DEFAULT_HOST;
  if (auth.devLogin && !isLoopbackHost(chosen)) {
    throw new ConfigurationError(
      `The development login (AUTH_DEV_LOGIN=true) only runs on a loopback address, not HOST=${chosen}: anyone who reaches it can sign in as ADMIN. ` +
        "Listen on 127.0.0.1 (the default), or turn the development login off and set AUTH_JWT_SECRET or AUTH_JWKS_URL.",
    );
  }
  return chosen;
}
