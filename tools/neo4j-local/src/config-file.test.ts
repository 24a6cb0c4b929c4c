import { describe, expect, it } from "vitest";
import { neo4jConf } from "./config-file.ts";
import { home } from "./layout.ts";

describe("neo4jConf", () => {
  const h = home(".neo4j-unit");
  const conf = neo4jConf(h, { lib: "/d/lib", plugins: "/d/plugins", serverPom: "", apocPom: "" }, 7777, { heap: "2g", pageCache: "3g" });

  it("listens on loopback only, Bolt on the given port, with auth on and HTTP off", () => {
    expect(conf).toContain("server.default_listen_address=127.0.0.1\n");
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:7777\n");
    expect(conf).toContain("dbms.security.auth_enabled=true\n");
    expect(conf).toContain("server.http.enabled=false\n");
  });

  it("keeps data in the home folder and loads APOC from the plugins folder", () => {
    expect(conf).toContain(`server.directories.data=${h.data}\n`);
    expect(conf).toContain("server.directories.plugins=/d/plugins\n");
    expect(conf).toContain("dbms.security.procedures.unrestricted=apoc.*\n");
  });

  it("applies the memory settings", () => {
    expect(conf).toContain("server.memory.heap.max_size=2g\n");
    expect(conf).toContain("server.memory.pagecache.size=3g\n");
  });
});
