import { NavLink, useLocation } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { useUnreadCounts } from './live.ts';

/** The portal's "Messages" navigation item with the active account's unread count (when the module is on). */
export function MessagesNavItem() {
  const me = useMe();
  const { pathname } = useLocation();
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId);
  const enabled = Boolean(membership?.modules.includes('messages'));
  const counts = useUnreadCounts(enabled);
  if (!enabled) return null;
  const unread = counts?.accounts.find((item) => item.accountId === me.activeAccountId)?.unreadCount ?? 0;
  return (
    <li>
      <NavLink
        to="/messages"
        className={({ isActive }) => (isActive || pathname.startsWith('/threads/') ? 'active' : undefined)}
      >
        {t('nav.messages')}
        {unread ? (
          <>
            <span className="count-badge" aria-hidden="true">
              {unread}
            </span>
            <span className="sr-only">, {t('conversations.unread', { count: unread })}</span>
          </>
        ) : null}
      </NavLink>
    </li>
  );
}
