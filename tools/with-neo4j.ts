/**
 * `tsx tools/with-neo4j.ts <script> [args...]`: runs one of the API's commands (api/src/cli/)
 * against the development database. Uses NEO4J_URI when it is set; otherwise starts (and on
 * first use provisions) the local Neo4j and hands its address to the command through
 * NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD. The commands themselves only read those variables.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureNeo4j, MissingPrerequisiteError } from "@pharmagraph/neo4j-local";

const script = process.argv[2];
if (!script) {
  console.error("usage: tsx tools/with-neo4j.ts <script.ts> [args...]");
  process.exit(2);
}
try {
  const connection = await ensureNeo4j(undefined, (line) => console.error(line));
  Object.assign(process.env, { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password });
} catch (err) {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exit(1);
}
// The command reads its own arguments from process.argv.slice(2), as if started directly.
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(script)).href);
