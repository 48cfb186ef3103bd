import { NavLink } from 'react-router-dom';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';

/** The portal's "Tickets" navigation item, shown when the active account's segment has the tickets module. */
export function TicketsNavItem() {
  const me = useMe();
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId);
  if (!membership?.modules.includes('tickets')) return null;
  return (
    <li>
      <NavLink to="/tickets">{t('nav.tickets')}</NavLink>
    </li>
  );
}
