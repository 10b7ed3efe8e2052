import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useSession, useSignIn, useSignOut, type Session } from './api/hooks';
import { ROUTES, useRoute, type RouteId } from './route';
import { Join } from './screens/Join';
import { Progress } from './screens/Progress';
import { SignIn } from './screens/SignIn';
import { Team } from './screens/Team';
import { Tips } from './screens/Tips';
import { codeFromHash } from './team/invite-link';
import { applyTheme, storedThemeChoice, type ThemeChoice } from './theme';
import { Status } from './ui/Status';

// The guideline editor carries the coaching engine and its lexicon (most of the bundle): it loads on first use,
// so signing in and the other screens stay quick.
const Guidelines = lazy(() => import('./screens/Guidelines').then((m) => ({ default: m.Guidelines })));

function subscribeHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function ThemeSwitch({ choice, onChange }: { choice: ThemeChoice; onChange: (c: ThemeChoice) => void }) {
  return (
    <div className="field inline" style={{ margin: 0 }}>
      <label htmlFor="theme">Theme</label>
      <select
        id="theme"
        value={choice}
        style={{ width: 'auto' }}
        onChange={(e) => onChange(e.target.value as ThemeChoice)}
      >
        <option value="system">Like my system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}

function Screen({ route, session, theme }: { route: RouteId; session: Session; theme: string }) {
  switch (route) {
    case 'guidelines':
      return <Guidelines session={session} />;
    case 'tips':
      return <Tips session={session} />;
    case 'progress':
      return <Progress session={session} theme={theme} />;
    case 'team':
      return <Team session={session} />;
  }
}

export function App() {
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(storedThemeChoice);
  const route = useRoute();
  const joinCode = useSyncExternalStore(subscribeHash, () => codeFromHash(window.location.hash));
  const session = useSession();
  const signIn = useSignIn();
  const signOut = useSignOut();

  useEffect(() => applyTheme(themeChoice), [themeChoice]);
  useEffect(() => {
    const label = ROUTES.find((r) => r.id === route)?.label;
    document.title = session.data && label ? `${label} — Attune dashboard` : 'Attune — team dashboard';
  }, [route, session.data]);

  const theme = document.documentElement.dataset.theme ?? 'light';
  const header = (
    <header className="app-header">
      <p className="brand">Attune</p>
      {session.data ? (
        <nav aria-label="Dashboard">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.id}>
                <a href={`#/${r.id}`} aria-current={r.id === route ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <span className="spacer" />
      <ThemeSwitch choice={themeChoice} onChange={setThemeChoice} />
      {session.data ? (
        <>
          <span>
            {session.data.member.displayName} · {session.data.team.name}
          </span>
          <button type="button" className="secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </button>
        </>
      ) : null}
    </header>
  );

  let body;
  if (joinCode) body = <Join code={joinCode} serverUrl={window.location.origin} />;
  else if (session.isPending)
    body = (
      <main id="main" tabIndex={-1}>
        <p role="status">Loading…</p>
      </main>
    );
  else if (session.isError)
    body = (
      <main id="main" tabIndex={-1}>
        <Status error={session.error} />
      </main>
    );
  else if (!session.data) body = <SignIn onSignIn={(credentials) => signIn.mutateAsync(credentials)} />;
  else {
    body = (
      <Suspense
        fallback={
          <main id="main" tabIndex={-1}>
            <p role="status">Loading…</p>
          </main>
        }
      >
        <Screen route={route} session={session.data} theme={theme} />
      </Suspense>
    );
  }

  return (
    <>
      {/* The hash holds the route, so the skip link moves focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      {header}
      <Status error={signOut.error} />
      {body}
    </>
  );
}
