import { spawn } from "node:child_process";
import { distribution, type Home } from "./layout.ts";

/** Runs `neo4j-admin <args>` (the AdminTool class of the cached jars) against a home; resolves with its output. */
export async function runAdminTool(h: Home, args: string[]): Promise<string> {
  const child = spawn("java", ["-cp", `${distribution().lib}/*`, "org.neo4j.cli.AdminTool", ...args], {
    env: { ...process.env, NEO4J_HOME: h.root, NEO4J_CONF: h.conf },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      output = (output + chunk).slice(-4000);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin ${args.slice(0, 2).join(" ")} failed (exit ${code}):\n${output.trim()}`);
  return output;
}
