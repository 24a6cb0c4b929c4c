import { useCallback, useState } from "react";
import type { ActivityInput } from "../../../api/field-types.ts";
import type { ActivityQueue } from "../offline/use-activity-queue.ts";
import {
  type ActivityFormValues,
  activityLabel,
  emptyValues,
  type VisitToRecord,
  valuesFromActivity,
  valuesFromVisit,
} from "./activity-form-values.ts";

interface OpenEntry {
  title: string;
  initial: ActivityFormValues;
  /** A refused entry this one corrects: it leaves the needs-attention list once the correction is queued. */
  corrects: string | null;
}

/** Which quick entry is open (new, from a planned visit, correcting a refused one) and saving it into the queue. */
export function useQuickEntry(queue: ActivityQueue) {
  const [open, setOpen] = useState<OpenEntry | null>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);

  const startNew = useCallback(() => setOpen({ title: "Record an activity", initial: emptyValues(new Date()), corrects: null }), []);
  const startFromVisit = useCallback(
    (visit: VisitToRecord, name: string) =>
      setOpen({ title: `Record visit · ${name}`, initial: valuesFromVisit(visit, new Date()), corrects: null }),
    [],
  );
  const startCorrection = useCallback(
    (key: string, activity: ActivityInput) =>
      setOpen({ title: "Correct a refused activity", initial: valuesFromActivity(activity), corrects: key }),
    [],
  );

  const save = useCallback(
    (activity: ActivityInput) => {
      // A correction is a new submission: under the old key the server refused it, or holds other content (CONFLICT).
      setLastSaved(queue.submit(activity, activityLabel(activity)));
      if (open?.corrects) queue.dismiss(open.corrects);
      setOpen(null);
    },
    [queue, open],
  );

  return { open, lastSaved, startNew, startFromVisit, startCorrection, save, cancel: useCallback(() => setOpen(null), []) };
}
