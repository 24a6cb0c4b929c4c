export { ensureNeo4j, currentNeo4j, configuredConnection, type Neo4jConnection } from "./connection.ts";
export { startLocalServer, stopLocalServer, resetLocalServer, runningServer } from "./server.ts";
export { distribution, home, REPO_ROOT, type Distribution, type Home } from "./layout.ts";
export { MissingPrerequisiteError } from "./prerequisites.ts";
export { isPortFree } from "./free-port.ts";
export { backupLocalDatabase, restoreLocalDatabase, defaultBackupFile, BackupRefusedError, type BackupFile } from "./backup.ts";
