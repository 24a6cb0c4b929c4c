import { useEffect, useState } from "react";
import { devToken, listDevUsers, type DevUser } from "../../api/client.ts";
import type { Session } from "../../api/session.ts";

const ROLE_ORDER = ["REP", "KAM", "STEWARD", "ANALYST", "MANAGER", "ADMIN"];

/** Development login: pick a seeded user; the server signs a token for them. */
export function LoginPicker({ onLogin }: { onLogin: (session: Session) => void }) {
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [filter, setFilter] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listDevUsers().then(setUsers, (err: Error) => setError(err.message));
  }, []);

  const choose = async (user: DevUser) => {
    try {
      onLogin({ token: await devToken(user.id), user });
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const shown = (users ?? [])
    .filter((u) => `${u.id} ${u.name} ${u.role} ${u.territories.join(" ")}`.toLowerCase().includes(filter.toLowerCase()))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id.localeCompare(b.id))
    .slice(0, 200);

  return (
    <div className="login">
      <h1>pharmagraph</h1>
      <p className="muted">Development login: choose who you are. Production deployments use your identity provider.</p>
      <input
        data-testid="login-filter"
        placeholder="Filter by name, role or territory"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {error && <p className="error">{error}</p>}
      {users === null && !error && <p className="muted">Loading users…</p>}
      {users?.length === 0 && <p className="muted">No users yet: seed the database (`npm run seed -- --scale demo`).</p>}
      <ul className="login-list">
        {shown.map((u) => (
          <li key={u.id}>
            <button type="button" data-testid={`login-user-${u.id}`} onClick={() => void choose(u)}>
              <span className={`role role-${u.role.toLowerCase()}`}>{u.role}</span>
              <span className="login-name">{u.name}</span>
              <span className="muted">{u.id}</span>
              {u.territories.length > 0 && <span className="muted">{u.territories.join(", ")}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
