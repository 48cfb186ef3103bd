import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { t, type MessageKey } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { AppShell } from '../../ui/AppShell.tsx';
import { BrandMark } from '../../ui/common.tsx';
import { useSignOut } from '../auth/hooks.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { TicketsNavCount } from '../tickets/console/TicketsNavCount.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  show: boolean;
  badge?: ReactNode;
}

/** The staff console shell: sidebar navigation (a menu on narrow screens). */
export function ConsoleLayout() {
  const me = useMe();
  const signOut = useSignOut();

  const work: NavItem[] = [
    { to: '/console', label: 'console.nav.home', show: true },
    { to: '/console/accounts', label: 'console.nav.accounts', show: true },
    { to: '/console/inbox', label: 'console.nav.inbox', show: true },
    { to: '/console/tickets', label: 'console.nav.tickets', show: true, badge: <TicketsNavCount /> },
    { to: '/console/support-reports', label: 'console.nav.supportReports', show: true },
    { to: '/console/billing', label: 'console.nav.billing', show: true },
    { to: '/console/projects', label: 'console.nav.projects', show: true },
    { to: '/console/tasks', label: 'console.nav.myTasks', show: true },
    { to: '/console/approvals', label: 'console.nav.approvals', show: true },
    { to: '/console/forms', label: 'console.nav.forms', show: true },
    { to: '/console/onboarding', label: 'console.nav.onboarding', show: true },
    { to: '/console/signatures', label: 'console.nav.signatures', show: true },
    {
      to: '/console/signatures/certificate',
      label: 'console.nav.signingCertificate',
      show: me.abilities.readSigningCertificate,
    },
    { to: '/console/orders', label: 'console.nav.orders', show: true },
    { to: '/console/returns', label: 'console.nav.returns', show: true },
    { to: '/console/knowledge-base', label: 'console.nav.knowledgeBase', show: true },
    { to: '/console/segments', label: 'console.nav.segments', show: me.abilities.manageSegments },
    { to: '/console/staff', label: 'console.nav.staff', show: me.abilities.manageStaff },
    { to: '/console/settings', label: 'console.nav.settings', show: me.abilities.manageSettings },
    { to: '/console/audit-log', label: 'console.nav.audit', show: me.abilities.readAuditLog },
    { to: '/console/mail', label: 'console.nav.mail', show: me.abilities.readMailOutbox },
    { to: '/console/jobs', label: 'console.nav.jobs', show: me.abilities.manageJobs },
    { to: '/console/webhooks', label: 'console.nav.webhooks', show: me.abilities.manageWebhooks },
    {
      to: '/console/deletion-requests',
      label: 'console.nav.deletionRequests',
      show: me.abilities.manageDeletionRequests,
    },
    { to: '/console/integrations', label: 'console.nav.integrations', show: me.abilities.manageServiceTokens },
    { to: '/console/single-sign-on', label: 'sso.console.nav', show: me.abilities.manageSettings },
  ];
  const personal: NavItem[] = [
    { to: '/console/profile', label: 'nav.profile', show: true },
    { to: '/console/security', label: 'nav.security', show: true },
    { to: '/console/sessions', label: 'nav.sessions', show: true },
    { to: '/console/api-tokens', label: 'nav.apiTokens', show: true },
  ];

  return (
    <AppShell
      kind="console"
      bar={
        <>
          <Link to="/console" className="brand-link">
            <BrandMark />
            <span className="console-tag">{t('nav.console')}</span>
          </Link>
          <NotificationBell console />
        </>
      }
      renderNav={(open) => (
        <nav id="app-nav" className="console-nav" data-open={open} aria-label={t('nav.console')}>
          <ul>
            {work
              .filter((item) => item.show)
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/console'}>
                    {t(item.label)}
                    {item.badge}
                  </NavLink>
                </li>
              ))}
          </ul>
          <p className="console-nav__heading" id="console-nav-me">
            {me.user.name}
          </p>
          <ul aria-labelledby="console-nav-me">
            {personal.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/" end>
                {t('nav.portal')}
              </NavLink>
            </li>
            <li>
              <button type="button" className="btn-link nav-button" onClick={() => void signOut()}>
                {t('common.signOut')}
              </button>
            </li>
          </ul>
        </nav>
      )}
    />
  );
}
