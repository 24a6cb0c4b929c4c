import { useCallback, useEffect, useRef, useState } from "react";
import { IMPORT_JOB, START_IMPORT } from "../../api/imports.ts";
import type { ImportJob, StartImport } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";

const POLL_MS = 500;

/** Starts an import and follows its job until it is no longer running. */
export function useImportJob(api: Api) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = useCallback(
    (id: string) => {
      timer.current = window.setTimeout(async () => {
        try {
          const { importJob } = await api(IMPORT_JOB, { id });
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
        const { startImport: started } = await api(START_IMPORT, args);
        setJob(started);
        if (started.status === "RUNNING") follow(started.id);
      } catch (err) {
        setError(errorMessage(err));
      } finally {
        setStarting(false);
      }
    },
    [api, follow],
  );

  return { job, error, starting, start };
}
