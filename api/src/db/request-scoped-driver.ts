import { Neo4jError, type Driver, type Session, type SessionConfig } from "neo4j-driver";

type TransactionConfig = NonNullable<Parameters<Session["executeRead"]>[1]>;

const PROCESS_DRIVER = Symbol("the process's driver");

export interface RequestScope {
  /** Epoch milliseconds by which every transaction of the request must have finished. */
  deadline: number;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** The error a transaction that ran out of time is answered with. */
  timedOut(): Error;
  /** The error a transaction ends with once the client went away: nobody reads the answer, so it is no incident to log. */
  cancelled(): Error;
}

/**
 * A transaction ended by its timeout: reported as timed out, or, when it was waiting for a lock,
 * as terminated (`LockClientStopped`, `Terminated`) once the request's deadline has passed.
 */
const isTimeout = (err: unknown, deadline: number) =>
  err instanceof Neo4jError &&
  (err.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    (Date.now() >= deadline && /^Neo\.(Client|Transient)Error\.Transaction\.(LockClientStopped|Terminated)/.test(err.code)));

/** Calls `target[prop]` with `target` as `this`, so proxied driver objects keep working. */
function forward<T extends object>(target: T, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === "function" ? value.bind(target) : value;
}

/**
 * The driver as one request sees it: every transaction it starts (executeQuery, a session's
 * executeRead, executeWrite or run) gets the time left until the request's deadline as its
 * Neo4j transaction timeout, and when the client goes away, its running query is cancelled and
 * its open sessions are closed (the server then rolls their transactions back).
 */
export function requestScopedDriver(driver: Driver, scope: RequestScope): Driver {
  const open = new Set<Session>();
  scope.signal.addEventListener("abort", () => open.forEach((s) => void s.close()), { once: true });

  const budget = (config?: TransactionConfig): TransactionConfig => {
    if (scope.signal.aborted) throw scope.cancelled();
    const left = scope.deadline - Date.now();
    if (left <= 0) throw scope.timedOut();
    return { ...config, timeout: Math.ceil(Math.min(Number(config?.timeout ?? left), left)) };
  };
  /** A transaction cut short by the request's end, its client gone or its time up, as the request's own error. */
  const asScopeError = (err: unknown): never => {
    throw scope.signal.aborted ? scope.cancelled() : isTimeout(err, scope.deadline) ? scope.timedOut() : err;
  };

  const session = (config?: SessionConfig): Session => {
    const s = driver.session(config);
    open.add(s);
    return new Proxy(s, {
      get(target, prop) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return async (work: Parameters<Session["executeRead"]>[0], config?: TransactionConfig) =>
            target[prop](work, budget(config)).catch(asScopeError);
        }
        if (prop === "run") {
          return (query: string, parameters?: Record<string, unknown>, config?: TransactionConfig) =>
            target.run(query, parameters, budget(config));
        }
        if (prop === "close") {
          return () => {
            open.delete(target);
            return target.close();
          };
        }
        return forward(target, prop);
      },
    });
  };

  return new Proxy(driver, {
    get(target, prop) {
      if (prop === PROCESS_DRIVER) return target;
      if (prop === "session") return session;
      if (prop === "executeQuery") {
        return async (query: string, parameters?: Record<string, unknown>, config?: Parameters<Driver["executeQuery"]>[2]) =>
          target
            .executeQuery(query, parameters, {
              ...config,
              signal: config?.signal ?? scope.signal,
              transactionConfig: budget(config?.transactionConfig),
            })
            .catch(asScopeError);
      }
      return forward(target, prop);
    },
  });
}

/** The process's driver behind a request-scoped one, for work that outlives its request (an import job). */
export const processDriver = (driver: Driver): Driver => (driver as Driver & { [PROCESS_DRIVER]?: Driver })[PROCESS_DRIVER] ?? driver;
