import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disableUser, listDepartments, listUsers } from '../api/endpoints.ts';
import type { AdminUser, SessionUser } from '../api/types.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApiData } from '../common/use-api-data.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { UserRow } from './UserRow.tsx';

// Kept as a key plus username (not a finished sentence) so it follows a language switch.
type Done = { key: 'admin.created' | 'admin.disabledDone'; username: string } | null;

const loadPage = () =>
  Promise.all([listUsers(), listDepartments()]).then(([u, d]) => ({
    users: u.users,
    departments: d.departments,
  }));

export function UsersPage({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const [result, reload] = useApiData(loadPage);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [done, setDone] = useState<Done>(null);

  const disable = useCallback(
    async (user: AdminUser) => {
      setBusyId(user.id);
      setActionError(null);
      setDone(null);
      try {
        await disableUser(user.id);
        setDone({ key: 'admin.disabledDone', username: user.username });
        reload();
      } catch (err) {
        setActionError(err);
      } finally {
        setBusyId(null);
      }
    },
    [reload],
  );

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page-header">
        <h1 id="page-title">{t('admin.usersTitle')}</h1>
      </header>
      <p className="status-line" role="status" data-testid="admin-message">
        {done && t(done.key, { username: done.username })}
      </p>
      {actionError !== null && <ErrorMessage error={actionError} />}
      {result.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {result.state === 'error' && <ErrorMessage error={result.error} onRetry={reload} />}
      {result.state === 'ready' && (
        <>
          <div className="table-wrap">
            <table className="table" aria-label={t('admin.usersListLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.username')}</th>
                  <th scope="col">{t('admin.displayName')}</th>
                  <th scope="col">{t('admin.role')}</th>
                  <th scope="col">{t('admin.department')}</th>
                  <th scope="col">{t('admin.status')}</th>
                  <th scope="col">{t('admin.lastLogin')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.users.map((u) => (
                  <UserRow
                    key={u.id}
                    user={u}
                    isSelf={u.id === me.id}
                    busy={busyId === u.id}
                    onDisable={disable}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <CreateUserForm
            departments={result.data.departments}
            onCreated={(u) => {
              setActionError(null);
              setDone({ key: 'admin.created', username: u.username });
              reload();
            }}
          />
        </>
      )}
    </section>
  );
}
