import { Link } from 'react-router-dom';
import type { Ticket } from '../../../../contract/index.ts';
import { formatDateTime, t } from '../../../i18n/index.ts';
import { dueTone, priorityLabel, statusLabel } from './format.ts';

interface QueueTableProps {
  tickets: Ticket[];
  selected: Set<string>;
  onSelect: (ids: string[], on: boolean) => void;
}

/**
 * The queue's rows, narrow enough for a 1280 px screen: requester and account under the subject, the group under
 * the assignee. Due times in the viewer's time zone, red when breached, amber within the hour.
 */
export function QueueTable({ tickets, selected, onSelect }: QueueTableProps) {
  const allSelected = tickets.length > 0 && tickets.every((ticket) => selected.has(ticket.id));
  return (
    <div className="table-wrap">
      <table className="tc-queue">
        <caption className="sr-only">{t('tc.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('tc.queue.selectAll')}
                checked={allSelected}
                onChange={(event) =>
                  onSelect(
                    tickets.map((ticket) => ticket.id),
                    event.target.checked,
                  )
                }
              />
            </th>
            <th scope="col" className="num">
              {t('tc.col.number')}
            </th>
            <th scope="col">{t('tc.col.subjectRequester')}</th>
            <th scope="col">{t('tc.col.status')}</th>
            <th scope="col">{t('tc.col.priority')}</th>
            <th scope="col">{t('tc.col.assigneeGroup')}</th>
            <th scope="col">{t('tc.col.due')}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => {
            const tone = dueTone(ticket.sla);
            return (
              <tr key={ticket.id} data-selected={selected.has(ticket.id) || undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('tc.queue.select', { number: String(ticket.number) })}
                    checked={selected.has(ticket.id)}
                    onChange={(event) => onSelect([ticket.id], event.target.checked)}
                  />
                </td>
                <td className="num">{ticket.number}</td>
                <td className="tc-queue__subject">
                  <Link to={`/console/tickets/${ticket.id}`}>{ticket.subject}</Link>
                  <span className="tc-queue__meta">
                    {ticket.requester?.name ?? '—'}
                    {ticket.requester?.name === ticket.accountName ? null : <> · {ticket.accountName}</>}
                  </span>
                </td>
                <td>
                  <span className={`tc-status tc-status--${ticket.status}`}>{statusLabel(ticket.status)}</span>
                </td>
                <td>
                  <span className={`tc-priority tc-priority--${ticket.priority}`}>
                    {priorityLabel(ticket.priority)}
                  </span>
                </td>
                <td>
                  {ticket.assignee?.name ?? <span className="muted">{t('tc.filters.unassigned')}</span>}
                  {ticket.group ? <span className="tc-queue__meta">{ticket.group.name}</span> : null}
                </td>
                <td className={`tc-due tc-due--${tone}`}>
                  {ticket.sla.dueAt ? (
                    <>
                      <time dateTime={ticket.sla.dueAt}>
                        {formatDateTime(ticket.sla.dueAt, { dateStyle: 'short' })}
                      </time>
                      {tone === 'breached' ? <span className="tc-due__note"> {t('tc.due.breached')}</span> : null}
                      {tone === 'soon' ? <span className="tc-due__note"> {t('tc.due.soon')}</span> : null}
                    </>
                  ) : tone === 'breached' ? (
                    t('tc.due.breached')
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
