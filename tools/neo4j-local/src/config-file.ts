import type { Distribution, Home } from "./layout.ts";

export interface MemorySettings {
  heap: string;
  pageCache: string;
}

export function memorySettings(): MemorySettings {
  return {
    heap: process.env.NEO4J_LOCAL_HEAP ?? "1g",
    pageCache: process.env.NEO4J_LOCAL_PAGECACHE ?? "1g",
  };
}

/** neo4j.conf for a loopback-only server with auth on and APOC core unrestricted. */
export function neo4jConf(h: Home, dist: Distribution, boltPort: number, memory: MemorySettings): string {
  return [
    "# Written by tools/neo4j-local on every start; edit the launcher, not this file.",
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.directories.plugins=${dist.plugins}`,
    `server.directories.data=${h.data}`,
    `server.directories.logs=${h.logs}`,
    `server.directories.run=${h.run}`,
    `server.directories.import=${h.import}`,
    "dbms.security.procedures.unrestricted=apoc.*",
    `server.memory.heap.initial_size=${memory.heap}`,
    `server.memory.heap.max_size=${memory.heap}`,
    `server.memory.pagecache.size=${memory.pageCache}`,
    "db.tx_log.rotation.retention_policy=2 files",
    "",
  ].join("\n");
}
