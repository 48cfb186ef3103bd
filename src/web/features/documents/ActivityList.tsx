import type { DocumentActivity } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../ui/common.tsx';

/** Activity of one file or one account (staff): who did what, when; client views are the "viewed by client" receipts. */
export function ActivityList({ path, showDocument }: { path: string; showDocument: boolean }) {
  const list = usePagedList<DocumentActivity>(path, { limit: 50 });
  return (
    <section aria-labelledby="activity-heading" className="panel">
      <h2 id="activity-heading">{t('documents.activity.title')}</h2>
      {!list.loading && !list.error && !list.items.length ? <EmptyState title={t('documents.activity.empty')} /> : null}
      <ul className="activity-list">
        {list.items.map((entry) => {
          const who = entry.actor ? entry.actor.name : t('documents.activity.someone');
          const role = entry.actor && !entry.actor.isStaff ? ` (${t('documents.activity.client')})` : '';
          return (
            <li key={entry.id} data-testid="activity-entry">
              <time dateTime={entry.occurredAt} className="muted small">
                {formatDateTime(entry.occurredAt)}
              </time>{' '}
              {t(`documents.activity.${entry.action}`, {
                who: who + role,
                name: showDocument ? entry.documentName : t('documents.activity.thisFile'),
                number: entry.versionNumber ?? '',
              })}
            </li>
          );
        })}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
    </section>
  );
}
