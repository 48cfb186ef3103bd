import { Navigate, Route, Routes } from 'react-router-dom';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../../ui/common.tsx';
import { NotFoundPage } from '../../../ui/NotFoundPage.tsx';
import { NewTicketPage } from './NewTicketPage.tsx';
import { TicketPage } from './TicketPage.tsx';
import { TicketsListPage } from './TicketsListPage.tsx';

/** The portal's Tickets section: `/tickets`, `/tickets/new`, `/tickets/:ticketId`. */
export function PortalTickets() {
  const me = useMe();
  const membership = me.memberships.find((item) => item.accountId === me.activeAccountId);
  if (!membership && !me.abilities.useConsole) {
    return (
      <>
        <PageHeader title={t('tickets.portal.title')} />
        <EmptyState title={t('tickets.portal.noAccount')} />
      </>
    );
  }
  return (
    <Routes>
      {/* Staff work tickets in the console's queue. */}
      <Route
        index
        element={
          membership ? <TicketsListPage key={membership.accountId} /> : <Navigate to="/console/tickets" replace />
        }
      />
      <Route
        path="new"
        element={
          membership ? (
            <NewTicketPage
              key={membership.accountId}
              accountId={membership.accountId}
              segmentId={membership.segment.id}
            />
          ) : (
            <NotFoundPage />
          )
        }
      />
      <Route path=":ticketId" element={<TicketPage />} />
    </Routes>
  );
}
