import type { Driver } from "neo4j-driver";
import type { Claims } from "../model/claims.ts";

/**
 * Per-request context. `jwt` is the verified token's claims (@neo4j/graphql reads it for its
 * authorization rules) and `executionContext` the driver it runs generated Cypher on.
 */
export interface RequestContext {
  jwt: Claims;
  executionContext: Driver;
  driver: Driver;
  requestId: string;
}
