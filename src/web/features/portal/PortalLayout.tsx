import { Link, NavLink } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { AppShell } from '../../ui/AppShell.tsx';
import { BrandFooter } from '../../ui/BrandFooter.tsx';
import { BrandMark } from '../../ui/common.tsx';
import { useSignOut } from '../auth/hooks.ts';
import { AccountSwitcher } from './AccountSwitcher.tsx';
import { MessagesNavItem } from '../conversations/MessagesNavItem.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { TicketsNavItem } from '../tickets/portal/TicketsNavItem.tsx';
import { useApi } from '../../api/typed-hooks.ts';

/** The portal shell: header with logo, account switcher, navigation (a menu on narrow screens) and sign-out. */
export function PortalLayout() {
  const me = useMe();
  const signOut = useSignOut();
  const account = useApi(me.activeAccountId ? '/api/v1/accounts/{accountId}' : null, {
    path: { accountId: me.activeAccountId ?? '' },
  });
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId);
  const hasDocuments = Boolean(membership?.modules.includes('documents'));
  const hasKnowledgeBase = Boolean(membership?.modules.includes('knowledge_base'));
  const hasBilling = Boolean(membership?.modules.includes('billing'));
  const hasProjects = Boolean(membership?.modules.includes('projects'));
  const hasApprovals = Boolean(membership?.modules.includes('approvals'));
  const hasForms = Boolean(membership?.modules.includes('forms'));
  const hasOnboarding = Boolean(membership?.modules.includes('onboarding'));
  const hasSignatures = Boolean(membership?.modules.includes('signatures'));
  const hasOrders = Boolean(membership?.modules.includes('orders'));
  const hasReturns = Boolean(membership?.modules.includes('returns'));
  const canManageTeam = Boolean(
    account.data && (account.data.abilities.invite || account.data.abilities.manageMembers),
  );

  return (
    <AppShell
      kind="portal"
      footer={<BrandFooter />}
      bar={
        <>
          <Link to="/" className="brand-link">
            <BrandMark />
          </Link>
          <AccountSwitcher />
          <NotificationBell console={false} />
        </>
      }
      renderNav={(open) => (
        <nav id="app-nav" aria-label={t('nav.main')} className="top-nav" data-open={open}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {hasOnboarding ? (
              <li>
                <NavLink to="/onboarding">{t('nav.onboarding')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
            </li>
            {hasDocuments ? (
              <li>
                <NavLink to="/documents">{t('nav.documents')}</NavLink>
              </li>
            ) : null}
            <MessagesNavItem />
            {hasProjects ? (
              <>
                <li>
                  <NavLink to="/projects">{t('nav.projects')}</NavLink>
                </li>
                <li>
                  <NavLink to="/tasks">{t('nav.myTasks')}</NavLink>
                </li>
              </>
            ) : null}
            {hasApprovals ? (
              <li>
                <NavLink to="/approvals">{t('nav.approvals')}</NavLink>
              </li>
            ) : null}
            {hasForms ? (
              <li>
                <NavLink to="/forms">{t('nav.forms')}</NavLink>
              </li>
            ) : null}
            {hasSignatures ? (
              <li>
                <NavLink to="/signatures">{t('nav.signatures')}</NavLink>
              </li>
            ) : null}
            {hasBilling ? (
              <li>
                <NavLink to="/billing">{t('nav.billing')}</NavLink>
              </li>
            ) : null}
            {hasOrders ? (
              <li>
                <NavLink to="/orders">{t('nav.orders')}</NavLink>
              </li>
            ) : null}
            {hasOrders && hasReturns ? (
              <li>
                <NavLink to="/returns">{t('nav.returns')}</NavLink>
              </li>
            ) : null}
            <TicketsNavItem />
            {hasKnowledgeBase ? (
              <li>
                <NavLink to="/knowledge-base">{t('nav.help')}</NavLink>
              </li>
            ) : null}
            {canManageTeam ? (
              <li>
                <NavLink to="/team">{t('nav.team')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/profile">{t('nav.profile')}</NavLink>
            </li>
            <li>
              <NavLink to="/security">{t('nav.security')}</NavLink>
            </li>
            <li>
              <NavLink to="/sessions">{t('nav.sessions')}</NavLink>
            </li>
            {me.abilities.useConsole ? (
              <li>
                <NavLink to="/console">{t('nav.console')}</NavLink>
              </li>
            ) : null}
            <li className="top-nav__end">
              <button type="button" className="btn-link" onClick={() => void signOut()}>
                {t('common.signOut')}
              </button>
            </li>
          </ul>
        </nav>
      )}
    />
  );
}
