import { ConfigurationError } from "../config/configuration-error.ts";

/** The Neo4j server the API and its commands use: `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD`. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  if (!env.NEO4J_URI) {
    throw new ConfigurationError(
      "NEO4J_URI is not set. Point it at a Neo4j 5.26 server with APOC (NEO4J_USER, NEO4J_PASSWORD), " +
        "or run the command through npm (`npm run <command>`), which starts the local development server.",
    );
  }
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" };
}
