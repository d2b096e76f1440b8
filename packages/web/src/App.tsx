import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded, setCsrfToken } from './api/api-client.ts';
import { isApiError } from './api/api-error.ts';
import { getSession, logout } from './api/endpoints.ts';
import type { Session } from './api/types.ts';
import { LoginPage, type LoginNotice } from './auth/LoginPage.tsx';
import { useIdleCheck } from './auth/use-idle-check.ts';
import { UsersPage } from './admin/UsersPage.tsx';
import { MetricsPage } from './admin/MetricsPage.tsx';
import { ErrorMessage } from './common/ErrorMessage.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { navigate, usePath } from './routing/navigation.ts';
import { resolvePage } from './routing/nav-items.ts';
import { MyVisitsPage } from './visits/MyVisitsPage.tsx';
import { MyLabResultsPage } from './lab-results/MyLabResultsPage.tsx';
import { TodayVisitsPage } from './visits/TodayVisitsPage.tsx';
import { VisitWorkspacePage } from './workspace/VisitWorkspacePage.tsx';
import { PrecheckApp } from './precheck/PrecheckApp.tsx';
import { isPrecheckPath } from './precheck/precheck-paths.ts';
import { CHECKIN_PATH, CheckinApp } from './followup/CheckinApp.tsx';
import { FollowupPanelPage } from './followup/FollowupPanelPage.tsx';

type Boot = { state: 'checking' } | { state: 'failed'; error: unknown } | { state: 'done' };

/** Patients reach their pre-consultation by link or code, without signing in; everything else is staff. */
export function App() {
  const path = usePath();
  if (path === CHECKIN_PATH) return <CheckinApp />; // follow-up check-in link: patient, no login
  return isPrecheckPath(path) ? <PrecheckApp path={path} /> : <SignedInApp path={path} />;
}

function SignedInApp({ path }: { path: string }) {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'checking' });
  const [session, setSession] = useState<Session | null>(null);
  const [notice, setNotice] = useState<LoginNotice>(null);

  const signIn = useCallback((s: Session) => {
    setCsrfToken(s.csrfToken);
    setNotice(null);
    setSession(s);
  }, []);

  const restore = useCallback(() => {
    setBoot({ state: 'checking' });
    getSession().then(
      (s) => {
        signIn(s);
        setBoot({ state: 'done' });
      },
      (err: unknown) => {
        // 401 simply means "not signed in"; anything else (server down) deserves a message.
        setBoot(isApiError(err) && err.status === 401 ? { state: 'done' } : { state: 'failed', error: err });
      },
    );
  }, [signIn]);

  useEffect(restore, [restore]);

  // Any 401 on an authenticated call: idle timeout, absolute lifetime, disabled account, logout elsewhere.
  useEffect(
    () =>
      onSessionEnded((reason) => {
        setSession(null);
        setNotice(reason);
      }),
    [],
  );

  useIdleCheck(session !== null, getSession, session?.idleTimeoutMs);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // The local sign-out below still happens; the server session expires on its own.
    }
    setCsrfToken(null);
    setSession(null);
    setNotice('loggedOut');
    navigate('/', { replace: true });
  }, []);

  const page = session ? resolvePage(session.user.role, path) : null;
  useEffect(() => {
    // Normalise "/" and paths the role may not open to the role's home page.
    if (page && page.path !== path) navigate(page.path, { replace: true });
  }, [page, path]);

  if (boot.state === 'checking') {
    return (
      <p className="boot" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (boot.state === 'failed') {
    return (
      <main id="main" className="boot">
        <ErrorMessage error={boot.error} onRetry={restore} />
      </main>
    );
  }
  if (!session || !page) return <LoginPage notice={notice} onSignedIn={signIn} />;

  const { user } = session;
  return (
    // Keyed by user so nothing from one person's screen survives into the next person's.
    <AppShell key={user.id} user={user} current={page} onLogout={() => void signOut()}>
      {page.page === 'todayVisits' && <TodayVisitsPage user={user} />}
      {page.page === 'myVisits' && <MyVisitsPage />}
      {page.page === 'myLabResults' && <MyLabResultsPage />}
      {page.page === 'users' && <UsersPage me={user} />}
      {page.page === 'metrics' && <MetricsPage />}
      {page.page === 'followupPanel' && <FollowupPanelPage />}
      {page.page === 'visitDetail' && (
        <VisitWorkspacePage key={page.path} visitId={page.path.split('/')[2] ?? ''} user={user} />
      )}
    </AppShell>
  );
}
