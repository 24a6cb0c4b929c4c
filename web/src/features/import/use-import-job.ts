import { useCallback, useEffect, useRef, useState } from "react";
import { IMPORT_JOB, startImport, type ImportJob, type StartImport } from "../../api/imports.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";

const POLL_MS = 500;

/** Starts an import and follows its job until it is no longer running. */
export function useImportJob(api: Api, token: string) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = useCallback(
    (id: string) => {
      timer.current = window.setTimeout(async () => {
        try {
          const { importJob } = await api<{ importJob: ImportJob | null }>(IMPORT_JOB, { id });
          if (!importJob) return;
          setJob(importJob);
          if (importJob.status === "RUNNING") follow(id);
        } catch (err) {
          setError(errorMessage(err));
        }
      }, POLL_MS);
    },
    [api],
  );

  const start = useCallback(
    async (args: StartImport) => {
      window.clearTimeout(timer.current);
      setError(null);
      setJob(null);
      setStarting(true);
      try {
        const started = await startImport(token, args);
        setJob(started);
        if (started.status === "RUNNING") follow(started.id);
      } catch (err) {
        setError(errorMessage(err));
      } finally {
        setStarting(false);
      }
    },
    [token, follow],
  );

  return { job, error, starting, start };
}
