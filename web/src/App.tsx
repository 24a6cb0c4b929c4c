import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { loadSession, saveSession, type Session } from "./api/session.ts";
import { useApi } from "./api/use-api.ts";
import { ExplorePage } from "./features/explore/ExplorePage.tsx";
import { ImportPage } from "./features/import/ImportPage.tsx";
import { ReviewPage } from "./features/changes/ReviewPage.tsx";
import { MyAffiliationsPage } from "./features/changes/MyAffiliationsPage.tsx";
import { LoginPicker } from "./features/login/LoginPicker.tsx";
import { RepHomePage } from "./features/field/rep/RepHomePage.tsx";
import { formatHashRoute, navigate, parseHashRoute } from "./app/hash-route.ts";

// Loaded when opened (a manager's home, the experience dashboard): ECharts stays out of everyone else's
// bundle. (A rep's page is in the main bundle: it must work offline once the app is open.)
const ManagerHomePage = lazy(() => import("./features/field/manager/ManagerHomePage.tsx").then((m) => ({ default: m.ManagerHomePage })));
const ExperiencePage = lazy(() => import("./features/experience/ExperiencePage.tsx").then((m) => ({ default: m.ExperiencePage })));
const ScoringPage = lazy(() => import("./features/scoring/ScoringPage.tsx").then((m) => ({ default: m.ScoringPage })));
const RollupExplorerPage = lazy(() => import("./features/rollups/RollupExplorerPage.tsx").then((m) => ({ default: m.RollupExplorerPage })));

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const signIn = useCallback((s: Session | null) => {
    saveSession(s);
    setSession(s);
  }, []);
  // Stable, so the API caller built from it (and the searches and loads keyed on it) stay put.
  const signOut = useCallback(() => signIn(null), [signIn]);
  if (!session) return <LoginPicker onLogin={signIn} />;
  return <Workspace session={session} onSignOut={signOut} />;
}

/** The pages, by the first segment of the URL hash (`#import`, `#explore/hierarchy/ORG-1`), and the roles that see each. */
const PAGES = [
  { id: "my-day", label: "My day", roles: ["REP", "KAM"] },
  { id: "team", label: "My team", roles: ["MANAGER"] },
  { id: "explore", label: "Explore", roles: null },
  { id: "experience", label: "Experience", roles: ["ANALYST", "MANAGER", "KAM", "REP"] },
  { id: "affiliations", label: "My affiliations", roles: ["REP"] },
  { id: "review", label: "Review", roles: ["STEWARD", "ADMIN"] },
  { id: "import", label: "Import", roles: ["STEWARD", "ADMIN"] },
  { id: "scoring", label: "Scoring", roles: ["ANALYST", "ADMIN"] },
  { id: "rollups", label: "Roll-ups", roles: ["ANALYST", "ADMIN", "STEWARD", "KAM", "MANAGER"] },
] as const;
type PageId = (typeof PAGES)[number]["id"];

/** Where a user lands without a page in the URL: the field force on their own home page. */
const HOME_OF_ROLE: Partial<Record<string, PageId>> = { REP: "my-day", MANAGER: "team" };

function pageFromHash(): PageId | null {
  const { page } = parseHashRoute(window.location.hash);
  return PAGES.some((p) => p.id === page) ? (page as PageId) : null;
}

function Workspace({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const api = useApi(session, onSignOut);
  const pages = PAGES.filter((p) => p.roles === null || (p.roles as readonly string[]).includes(session.user.role));
  const [page, setPage] = useState<PageId | null>(pageFromHash);
  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const home = HOME_OF_ROLE[session.user.role] ?? "explore";
  const current = pages.find((p) => p.id === page)?.id ?? home;

  return (
    <div className="app">
      <header>
        <strong>pharmagraph</strong>
        {pages.length > 1 && (
          <nav className="pages">
            {pages.map((p) => (
              <button
                type="button"
                key={p.id}
                data-testid={`nav-${p.id}`}
                aria-current={current === p.id ? "page" : undefined}
                onClick={() => navigate(formatHashRoute(p.id))}
              >
                {p.label}
              </button>
            ))}
          </nav>
        )}
        <span className="user" data-testid="current-user">
          {session.user.name} · {session.user.role}
          {session.user.territories.length > 0 && ` · ${session.user.territories.join(", ")}`}
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {current === "explore" && <ExplorePage api={api} />}
      {current === "my-day" && (
        <div className="page">
          <RepHomePage api={api} userId={session.user.id} />
        </div>
      )}
      {current === "team" && (
        <div className="page">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <ManagerHomePage api={api} territories={session.user.territories} />
          </Suspense>
        </div>
      )}
      {current === "experience" && (
        <div className="page">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <ExperiencePage api={api} ownTerritories={session.user.role === "REP" ? session.user.territories : null} />
          </Suspense>
        </div>
      )}
      {current === "affiliations" && (
        <div className="page">
          <MyAffiliationsPage api={api} />
        </div>
      )}
      {current === "review" && (
        <div className="page">
          <ReviewPage api={api} />
        </div>
      )}
      {current === "import" && (
        <div className="page">
          <ImportPage api={api} token={session.token} />
        </div>
      )}
      {current === "scoring" && (
        <div className="page">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <ScoringPage api={api} />
          </Suspense>
        </div>
      )}
      {current === "rollups" && (
        <div className="page">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <RollupExplorerPage api={api} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
