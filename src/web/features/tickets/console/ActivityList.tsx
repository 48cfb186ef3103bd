import { useEffect, useRef } from 'react';
import { useApiPages } from '../../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../../ui/common.tsx';
import { changeSentence } from './activityText.ts';

const PAGE = 20;

/**
 * The ticket's history of field changes, newest first, with "Load more". `version` is the ticket's: every change
 * (this agent's save, a reply that moved the status, another agent's change arriving as an event) bumps it, and
 * the first page is read again.
 */
export function ActivityList({ ticketId, version }: { ticketId: string; version: number }) {
  const list = useApiPages('/api/v1/tickets/{ticketId}/activity', { path: { ticketId }, query: { limit: PAGE } });
  const reload = useRef(list.reload);
  reload.current = list.reload;
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload.current();
  }, [version]);

  return (
    <section className="panel tc-activity" aria-labelledby="tc-activity-title">
      <h2 id="tc-activity-title">{t('tc.activity.title')}</h2>
      {!list.loading && !list.error && !list.items.length ? <EmptyState title={t('tc.activity.empty')} /> : null}
      <ul className="activity-list">
        {list.items.map((entry) => (
          <li key={entry.id} data-testid="ticket-activity-entry">
            <strong>{entry.actor ? entry.actor.name : t('tc.activity.system')}</strong>{' '}
            <time dateTime={entry.occurredAt} className="muted small">
              {formatDateTime(entry.occurredAt)}
            </time>
            {/* Lines, not a nested list: .activity-list rules every li. */}
            {entry.changes.map((change, index) => (
              <div key={index}>{changeSentence(change)}</div>
            ))}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
    </section>
  );
}
