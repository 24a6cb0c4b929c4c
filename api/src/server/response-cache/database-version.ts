import neo4j, { type Driver } from "neo4j-driver";

export interface DatabaseVersion {
  /** The last committed transaction the database reported at the latest poll; null while unknown (starting, or the database away). */
  current(): string | null;
  stop(): void;
}

/**
 * Follows the database's last committed transaction: every `pollMs` a read transaction runs
 * `RETURN 1`, and the bookmark it returns names the newest transaction the server had committed
 * (Neo4j hands a read transaction the bookmark of the database's latest one). Any write, by
 * this process, another API instance, an import or a script, changes it.
 */
export function watchDatabaseVersion(driver: Driver, pollMs: number): DatabaseVersion {
  let version: string | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const poll = async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run("RETURN 1"));
      version = session.lastBookmarks().join(",") || null;
    } catch {
      version = null;
    } finally {
      await session.close().catch(() => undefined);
    }
    if (!stopped) {
      timer = setTimeout(() => void poll(), pollMs);
      timer.unref();
    }
  };
  void poll();
  return {
    current: () => version,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
