import type { Driver } from "neo4j-driver";
import { buildSchema } from "../src/server/schema.ts";
import { createGraphQLApp, type GraphQLApp, type GraphQLAppOptions } from "../src/server/graphql-app.ts";
import { createTokenVerifier } from "../src/auth/token-verifier.ts";
import { issueToken } from "../src/auth/token-issuer.ts";
import { claimsFor, findUser } from "../src/auth/user-directory.ts";

export const TEST_SECRET = "integration-test-secret-0123456789abcdef";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The /graphql endpoint in process (yoga.fetch), with tokens for the users in the database. */
export class TestGraphQL {
  private constructor(
    readonly app: GraphQLApp,
    private readonly driver: Driver,
  ) {}

  static async create(driver: Driver, options: GraphQLAppOptions = {}): Promise<TestGraphQL> {
    const auth = { kind: "secret", secret: TEST_SECRET, devLogin: false } as const;
    return new TestGraphQL(createGraphQLApp(await buildSchema(driver, auth), driver, createTokenVerifier(auth), options), driver);
  }

  async tokenFor(userId: string): Promise<string> {
    const user = await findUser(this.driver, userId);
    if (!user) throw new Error(`no user ${userId}`);
    return issueToken(claimsFor(user), TEST_SECRET);
  }

  async raw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
    });
  }

  /** Runs `query` as `userId`. */
  async as<T = Record<string, any>>(userId: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await this.raw({ query, variables }, { authorization: `Bearer ${await this.tokenFor(userId)}` });
    return { status: res.status, ...((await res.json()) as object) };
  }
}
