import type { ServerResponse } from "node:http";

/** What the pages may load: the web app only its own files and the API. */
const POLICY_DIRECTIVES = {
  app: [
    "default-src 'self'",
    "script-src 'self'",
    // Cytoscape injects one rule, `.__________cytoscape_container { position: relative; }`: allowed by its hash, nothing else inline.
    "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ],
  // GraphiQL (never with NODE_ENV=production): yoga's page runs inline scripts and loads its editor from unpkg.
  graphiql: [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' https://unpkg.com",
    "style-src 'self' 'unsafe-inline' https://unpkg.com",
    "img-src 'self' data: https://raw.githubusercontent.com",
    "font-src 'self' data: https://unpkg.com",
    "connect-src 'self' https://unpkg.com",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ],
} as const;

export type PagePolicy = keyof typeof POLICY_DIRECTIVES;

export function contentSecurityPolicy(page: PagePolicy): string {
  return POLICY_DIRECTIVES[page].join("; ");
}

/** Headers on every response: the content security policy, no MIME sniffing, no framing, no referrer. */
export function setSecurityHeaders(res: ServerResponse, page: PagePolicy = "app"): void {
  res.setHeader("content-security-policy", contentSecurityPolicy(page));
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("referrer-policy", "no-referrer");
}
