/**
 * The read-path benchmark's reference: a bare HTTP server that answers `POST /` with `{"id": …}`
 * by running the hand-written HCP detail Cypher through the driver and returning its row as
 * JSON. No GraphQL, no token: what the read costs without the API's layers. Run in a process of
 * its own, like the API, so neither shares the load generator's event loop:
 * `node --import tsx bench/read-path/cypher-server.ts` with NEO4J_URI, NEO4J_USER and
 * NEO4J_PASSWORD; it prints `cypher reference listening on <port>`.
 */
import { createServer } from "node:http";
import { createDriver } from "../../api/src/db/driver.ts";
import { toNative } from "../../api/src/db/to-native.ts";
import { HCP_DETAIL_CYPHER } from "./hcp-detail.ts";

const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD! });

const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => {
    body += chunk.toString();
  });
  req.on("end", () => {
    const { id } = JSON.parse(body) as { id: string };
    driver
      .executeQuery(HCP_DETAIL_CYPHER, { id }, { routing: "READ" })
      .then(({ records }) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ data: { hcps: records.map((r) => toNative(r.get("hcp"))) } }));
      })
      .catch((err: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`cypher reference listening on ${typeof address === "object" && address ? address.port : "?"}`);
});
process.on("SIGTERM", () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
