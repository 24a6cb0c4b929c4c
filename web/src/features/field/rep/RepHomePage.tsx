import { useState } from "react";
import type { Api } from "../../../api/use-api.ts";
import { AffiliationsToConfirm } from "../../home/AffiliationsToConfirm.tsx";
import { SurveyPanel } from "../../surveys/SurveyPanel.tsx";
import { QuickActivityForm } from "../entry/QuickActivityForm.tsx";
import { useQuickEntry } from "../entry/use-quick-entry.ts";
import { useLateReports } from "../kpis/use-late-reports.ts";
import { QueueStatus } from "../offline/QueueStatus.tsx";
import { useActivityQueue } from "../offline/use-activity-queue.ts";
import { MyWeek } from "../planning/MyWeek.tsx";
import { addDays, localDate, mondayOf } from "../planning/week-dates.ts";
import { NotSeenTargets } from "../targets/NotSeenTargets.tsx";
import { ActivityList } from "./ActivityList.tsx";
import { SurveyLauncher } from "./SurveyLauncher.tsx";
import { useRecentActivities } from "./use-recent-activities.ts";

type Subject = { id: string; kind: "HCP" | "ACCOUNT"; name: string };

/**
 * A rep's day: what waits to be sent, this week's route (today first) with quick entry and surveys
 * per stop, targets not seen this cycle, affiliations to confirm, late or incomplete reports, and what they recorded lately.
 */
export function RepHomePage({ api, userId }: { api: Api; userId: string }) {
  const queue = useActivityQueue(api, userId);
  const entry = useQuickEntry(queue);
  const [surveySubject, setSurveySubject] = useState<Subject | null>(null);
  const recent = useRecentActivities(api, {}, `${queue.pending.length}|${queue.online}`);
  const [now] = useState(() => new Date());
  const today = localDate(now);
  const late = useLateReports(api, { from: addDays(today, -30), to: addDays(today, 1) }, queue.pending.length);

  return (
    <section className="field-page rep-home" data-testid="rep-home">
      <div className="field-head">
        <h2>My day</h2>
        <QueueStatus queue={queue} onEdit={entry.startCorrection} />
        <button type="button" className="primary" onClick={entry.startNew} data-testid="record-activity">
          Record an activity
        </button>
      </div>
      {entry.lastSaved && (
        <p className="muted" data-testid="entry-saved" data-key={entry.lastSaved}>
          Saved{queue.pending.some((p) => p.key === entry.lastSaved) ? "; it will be sent when the network allows." : " and sent."}
        </p>
      )}
      {entry.open && (
        <QuickActivityForm
          key={entry.open.title}
          api={api}
          initial={entry.open.initial}
          title={entry.open.title}
          onSave={entry.save}
          onCancel={entry.cancel}
        />
      )}
      {surveySubject && <SurveyPanel key={surveySubject.id} api={api} subject={surveySubject} onClose={() => setSurveySubject(null)} />}
      <section aria-labelledby="week-title">
        <h3 id="week-title">This week's route</h3>
        <MyWeek
          api={api}
          weekStart={mondayOf(now)}
          today={today}
          onRecord={(v) => entry.startFromVisit(v, v.name)}
          onSurvey={(v) => setSurveySubject({ id: v.subjectId, kind: v.subjectKind, name: v.name })}
        />
      </section>
      <section aria-labelledby="targets-title">
        <h3 id="targets-title">Targets not seen this cycle</h3>
        <NotSeenTargets
          api={api}
          today={today}
          onSurvey={(t) => setSurveySubject({ id: t.subjectId, kind: t.subjectKind, name: t.name })}
        />
      </section>
      <section aria-labelledby="confirm-title">
        <h3 id="confirm-title">Affiliations to confirm</h3>
        <AffiliationsToConfirm api={api} today={today} />
      </section>
      <section aria-labelledby="surveys-title">
        <h3 id="surveys-title">Profiling surveys</h3>
        <SurveyLauncher api={api} onOpen={setSurveySubject} />
      </section>
      <section aria-labelledby="late-title">
        <h3 id="late-title">Late or incomplete reports (30 days)</h3>
        {late.error && <p className="error">{late.error}</p>}
        <ActivityList activities={late.late} testId="late-reports" recorded />
      </section>
      <section aria-labelledby="recent-title">
        <h3 id="recent-title">Recently recorded</h3>
        {recent.error && <p className="error">{recent.error}</p>}
        <ActivityList activities={recent.activities} testId="recent-activities" />
      </section>
    </section>
  );
}
