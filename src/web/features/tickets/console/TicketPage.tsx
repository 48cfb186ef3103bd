import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Ticket } from '../../../../contract/index.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { formatDateTime, t, type MessageKey } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { MergeDialog } from './MergeDialog.tsx';
import { TicketConversation } from './TicketConversation.tsx';
import { TicketSidePanel } from './TicketSidePanel.tsx';
import { useTicketPresence } from './useTicketPresence.ts';

/** `/console/tickets/:ticketId`: the conversation with notes on the left, the ticket's fields and SLA on the right. */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const ticket = useApi('/api/v1/tickets/{ticketId}', { path: { ticketId } });
  if (ticket.error) {
    return (
      <>
        <PageHeader title={t('tc.ticket.title')} />
        <ErrorState error={ticket.error} onRetry={ticket.reload} />
      </>
    );
  }
  if (!ticket.data) return <Loading />;
  return (
    <TicketScreen
      key={ticketId}
      ticket={ticket.data}
      reload={ticket.reload}
      setTicket={(next) => ticket.setData(next)}
    />
  );
}

function TicketScreen({
  ticket,
  reload,
  setTicket,
}: {
  ticket: Ticket;
  reload: () => void;
  setTicket: (ticket: Ticket) => void;
}) {
  const me = useMe();
  const [replying, setReplying] = useState(false);
  const [merging, setMerging] = useState(false);
  const others = useTicketPresence(ticket.id, me.user.id, replying, ticket.presence);
  const typing = others.filter((item) => item.state === 'replying');
  const viewing = others.filter((item) => item.state === 'viewing');

  // Another agent's change (status, assignee, a merge) refreshes the panel.
  useEventStream((signal) => {
    if (signal.kind !== 'event') return;
    const { event } = signal;
    if (event.type.startsWith('ticket.') && event.type !== 'ticket.presence' && event.data.ticketId === ticket.id)
      reload();
  });

  return (
    <>
      <p>
        <Link to="/console/tickets">← {t('tc.ticket.back')}</Link>
      </p>
      <PageHeader
        title={`#${ticket.number} ${ticket.subject}`}
        description={
          <>
            {ticket.requester?.name ?? t('common.unknown')} ·{' '}
            <Link to={`/console/accounts/${ticket.accountId}`}>{ticket.accountName}</Link> ·{' '}
            {t('tc.ticket.created', { when: formatDateTime(ticket.createdAt) })} ·{' '}
            {t(`tc.channel.${ticket.channel}` as MessageKey)}
          </>
        }
        actions={
          ticket.abilities.merge && !ticket.mergedIntoTicketId ? (
            <button type="button" className="btn btn--secondary" onClick={() => setMerging(true)}>
              {t('tc.merge.open')}
            </button>
          ) : null
        }
      />
      <div role="status" aria-live="polite">
        {typing.length ? (
          <p className="alert tc-collision tc-collision--replying">
            {t('tc.presence.replying', {
              names: typing.map((item) => item.user.name).join(', '),
              count: typing.length,
            })}
          </p>
        ) : viewing.length ? (
          <p className="alert alert--info tc-collision">
            {t('tc.presence.viewing', {
              names: viewing.map((item) => item.user.name).join(', '),
              count: viewing.length,
            })}
          </p>
        ) : null}
      </div>
      {ticket.mergedIntoTicketId ? (
        <p className="alert">
          {t('tc.merge.mergedInto')}{' '}
          <Link to={`/console/tickets/${ticket.mergedIntoTicketId}`}>{t('tc.merge.openTarget')}</Link>
        </p>
      ) : null}
      <div className="tc-ticket">
        <div className="tc-ticket__main">
          <TicketConversation ticket={ticket} onReplying={setReplying} onSent={reload} />
        </div>
        <TicketSidePanel ticket={ticket} onSaved={setTicket} reload={reload} />
      </div>
      {merging ? <MergeDialog ticket={ticket} onClose={() => setMerging(false)} /> : null}
    </>
  );
}
