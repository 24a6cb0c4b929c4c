import { lazy, Suspense, useCallback, useState } from "react";
import { loadSession, saveSession, type Session } from "./api/session.ts";
import { useApi } from "./api/use-api.ts";
import { LoginPicker } from "./features/login/LoginPicker.tsx";
import { RepHomePage } from "./features/field/rep/RepHomePage.tsx";
import { formatHashRoute, navigate } from "./app/hash-route.ts";
import { useHashRoute } from "./app/use-hash-route.ts";

// Every page but a rep's day is loaded when first opened, so nobody downloads Cytoscape, ECharts
// or the import wizard before they need them. A rep's page is in the main bundle: it must work
// offline once the app is open.
const ExplorePage = lazy(() => import("./features/explore/ExplorePage.tsx").then((m) => ({ default: m.ExplorePage })));
const ImportPage = lazy(() => import("./features/import/ImportPage.tsx").then((m) => ({ default: m.ImportPage })));
const ReviewPage = lazy(() => import("./features/changes/ReviewPage.tsx").then((m) => ({ default: m.ReviewPage })));
const MyAffiliationsPage = lazy(() => import("./features/changes/MyAffiliationsPage.tsx").then((m) => ({ default: m.MyAffiliationsPage })));
const ManagerHomePage = lazy(() => import("./features/field/manager/ManagerHomePage.tsx").then((m) => ({ default: m.ManagerHomePage })));
const ExperiencePage = lazy(() => import("./features/experience/ExperiencePage.tsx").then((m) => ({ default: m.ExperiencePage })));
const KeyAccountsPage = lazy(() => import("./features/home/KeyAccountsPage.tsx").then((m) => ({ default: m.KeyAccountsPage })));
const AdminHomePage = lazy(() => import("./features/home/AdminHomePage.tsx").then((m) => ({ default: m.AdminHomePage })));
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
  { id: "accounts", label: "Key accounts", roles: ["KAM", "ANALYST", "MANAGER", "STEWARD", "ADMIN"] },
  { id: "admin", label: "Admin", roles: ["ADMIN"] },
  { id: "explore", label: "Explore", roles: null },
  { id: "experience", label: "Experience", roles: ["ANALYST", "MANAGER", "KAM", "REP"] },
  { id: "affiliations", label: "My affiliations", roles: ["REP"] },
  { id: "review", label: "Review", roles: ["STEWARD", "ADMIN"] },
  { id: "import", label: "Import", roles: ["STEWARD", "ADMIN"] },
  { id: "scoring", label: "Scoring", roles: ["ANALYST", "ADMIN"] },
  { id: "rollups", label: "Roll-ups", roles: ["ANALYST", "ADMIN", "STEWARD", "KAM", "MANAGER"] },
] as const;
type PageId = (typeof PAGES)[number]["id"];

/** Where a user lands without a page in the URL: each role on what it works on. */
const HOME_OF_ROLE: Partial<Record<string, PageId>> = {
  REP: "my-day",
  KAM: "accounts",
  STEWARD: "review",
  ANALYST: "rollups",
  MANAGER: "team",
  ADMIN: "admin",
};

function Workspace({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const api = useApi(session, onSignOut);
  const pages = PAGES.filter((p) => p.roles === null || (p.roles as readonly string[]).includes(session.user.role));
  const { page } = useHashRoute();
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
      <Suspense fallback={<PageLoading />}>
        {current === "explore" ? (
          <ExplorePage api={api} />
        ) : (
          <div className="page">
            {current === "my-day" && <RepHomePage api={api} userId={session.user.id} />}
            {current === "team" && <ManagerHomePage api={api} territories={session.user.territories} />}
            {current === "accounts" && <KeyAccountsPage api={api} />}
            {current === "admin" && <AdminHomePage api={api} />}
            {current === "experience" && (
              <ExperiencePage api={api} ownTerritories={session.user.role === "REP" ? session.user.territories : null} />
            )}
            {current === "affiliations" && <MyAffiliationsPage api={api} />}
            {current === "review" && <ReviewPage api={api} />}
            {current === "import" && <ImportPage api={api} token={session.token} />}
            {current === "scoring" && <ScoringPage api={api} />}
            {current === "rollups" && <RollupExplorerPage api={api} />}
          </div>
        )}
      </Suspense>
    </div>
  );
}

function PageLoading() {
  return (
    <p className="muted page" role="status">
      Loading…
    </p>
  );
}
