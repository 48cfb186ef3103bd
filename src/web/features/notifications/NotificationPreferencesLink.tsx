import { Link, useLocation } from 'react-router-dom';
import { t } from '../../i18n/index.ts';

/** On the Profile page (portal and console): the way to the notification email preferences. */
export function NotificationPreferencesLink() {
  const { pathname } = useLocation();
  const base = pathname.startsWith('/console') ? '/console' : '';
  return (
    <p className="profile-links">
      <Link to={`${base}/profile/notifications`}>{t('notifications.preferencesLink')}</Link>
    </p>
  );
}
