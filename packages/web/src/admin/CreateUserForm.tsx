import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../api/endpoints.ts';
import type { AdminUser, Department, NewUser, StaffRole } from '../api/types.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { departmentName } from '../common/format.ts';
import { fieldIssues } from './field-issues.ts';

const ROLES: readonly StaffRole[] = ['doctor', 'nurse', 'admin'];
// Clinical staff belong to a department (it decides which patients they may see); others do not.
const needsDepartment = (role: StaffRole) => role === 'doctor' || role === 'nurse';

interface Props {
  departments: readonly Department[];
  onCreated: (user: AdminUser) => void;
}

export function CreateUserForm({ departments, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<StaffRole>('doctor');
  const [departmentId, setDepartmentId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = fieldIssues(error);
  const invalid = (field: string) => issues.fields.has(field) || undefined;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: NewUser = { username: username.trim(), displayName: displayName.trim(), role, password };
    if (needsDepartment(role) && departmentId) body.departmentId = departmentId;
    try {
      const { user } = await createUser(body);
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated(user);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card form-grid"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      data-testid="create-user"
    >
      <h2 id={`${id}-title`}>{t('admin.createTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-username`}>{t('admin.username')}</label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={64}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={invalid('username')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-display`}>{t('admin.displayName')}</label>
        <input
          id={`${id}-display`}
          name="displayName"
          autoComplete="off"
          required
          maxLength={100}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={invalid('displayName')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.role')}</label>
        <select
          id={`${id}-role`}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as StaffRole)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {needsDepartment(role) && (
        <div className="field">
          <label htmlFor={`${id}-dept`}>{t('admin.department')}</label>
          <select
            id={`${id}-dept`}
            name="departmentId"
            required
            value={departmentId}
            onChange={(e) => setDepartmentId(e.target.value)}
            aria-invalid={invalid('departmentId')}
          >
            <option value="">{t('admin.chooseDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {departmentName(d, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('admin.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid('password')}
          aria-describedby={`${id}-password-hint${issues.passwordProblems.length ? ` ${id}-password-problems` : ''}`}
        />
        <p id={`${id}-password-hint`} className="hint">
          {t('admin.passwordHint')}
        </p>
        {issues.passwordProblems.length > 0 && (
          <ul id={`${id}-password-problems`} className="field-problems" data-testid="password-problems">
            {issues.passwordProblems.map((p) => (
              <li key={p}>{t(`admin.passwordProblems.${p}`)}</li>
            ))}
          </ul>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('admin.creating') : t('admin.create')}
        </button>
      </div>
    </form>
  );
}
