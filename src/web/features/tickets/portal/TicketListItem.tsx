import { Link } from 'react-router-dom';
import type { Ticket } from '../../../../contract/index.ts';
import { formatDateTime, formatRelative, t } from '../../../i18n/index.ts';
import { Badge } from '../../../ui/common.tsx';
import { replyByLine, statusLabel, statusTone, ticketNumber } from '../format.ts';

/** One row of My tickets: number, subject, status, the reply-by promise, last update and unread messages. */
export function TicketListItem({ ticket, selfId }: { ticket: Ticket; selfId: string }) {
  const unread = ticket.unreadCount > 0;
  const promise = replyByLine(ticket);
  const someoneElse = ticket.requester && ticket.requester.id !== selfId ? ticket.requester.name : null;
  return (
    <li className={unread ? 'ticket-item ticket-item--unread' : 'ticket-item'}>
      <div className="ticket-item__main">
        <Link to={`/tickets/${ticket.id}`} className="ticket-item__subject">
          <span className="ticket-item__number">{ticketNumber(ticket)}</span>
          {ticket.subject}
          {unread ? (
            <span className="sr-only">, {t('tickets.portal.unread', { count: ticket.unreadCount })}</span>
          ) : null}
        </Link>
        {someoneElse ? (
          <p className="ticket-item__line muted small">{t('tickets.portal.requestedBy', { name: someoneElse })}</p>
        ) : null}
        {ticket.lastMessagePreview ? (
          <p className="ticket-item__line thread-item__preview muted small">{ticket.lastMessagePreview}</p>
        ) : null}
        {promise ? (
          <p className="ticket-sla">
            <time dateTime={ticket.sla.dueAt ?? undefined}>{promise}</time>
          </p>
        ) : null}
      </div>
      <div className="ticket-item__meta">
        <Badge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</Badge>
        <time dateTime={ticket.updatedAt} title={formatDateTime(ticket.updatedAt)} className="small muted">
          {t('tickets.portal.updated', { time: formatRelative(ticket.updatedAt) })}
        </time>
        {unread ? (
          <span className="count-badge" aria-hidden="true">
            {ticket.unreadCount}
          </span>
        ) : null}
      </div>
    </li>
  );
}
