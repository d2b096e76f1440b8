import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../api/types.ts';
import { departmentName, formatDateTime } from '../common/format.ts';

interface Props {
  user: AdminUser;
  isSelf: boolean;
  busy: boolean;
  onDisable: (user: AdminUser) => void;
}

export function UserRow({ user, isSelf, busy, onDisable }: Props) {
  const { t, i18n } = useTranslation();
  // Disabling ends the person's sessions at once, so it takes a second, explicit click.
  const [confirming, setConfirming] = useState(false);
  const lng = i18n.language;

  return (
    <tr
      data-testid="user-row"
      data-username={user.username}
      className={user.disabled ? 'row-disabled' : undefined}
    >
      <th scope="row">
        <span className="mono">{user.username}</span>
        {isSelf && <span className="muted"> {t('admin.you')}</span>}
      </th>
      <td data-label={t('admin.displayName')}>{user.displayName}</td>
      <td data-label={t('admin.role')}>{t(`roles.${user.role}`)}</td>
      <td data-label={t('admin.department')}>
        {departmentName(user.department, lng) || t('admin.noDepartment')}
      </td>
      <td data-label={t('admin.status')}>
        <span className={user.disabled ? 'badge badge-cancelled' : 'badge badge-finished'}>
          {user.disabled ? t('admin.disabled') : t('admin.active')}
        </span>
      </td>
      <td data-label={t('admin.lastLogin')}>
        {user.lastLoginAt ? (
          <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt, lng)}</time>
        ) : (
          <span className="muted">{t('admin.never')}</span>
        )}
      </td>
      <td data-label={t('admin.actions')} className="actions">
        {!user.disabled && !isSelf && !confirming && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setConfirming(true)}
          >
            {t('admin.disable')}
            <span className="visually-hidden"> {user.username}</span>
          </button>
        )}
        {!user.disabled && !isSelf && confirming && (
          <span className="confirm">
            <button
              type="button"
              className="button button-danger button-small"
              disabled={busy}
              autoFocus
              onClick={() => onDisable(user)}
            >
              {t('admin.confirmDisable', { username: user.username })}
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setConfirming(false)}
            >
              {t('admin.cancel')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
