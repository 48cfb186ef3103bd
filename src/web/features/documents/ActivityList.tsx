import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../ui/common.tsx';

/** Activity of one file or one account (staff): who did what, when; client views are the "viewed by client" receipts. */
export function ActivityList({ of }: { of: { accountId: string } | { documentId: string } }) {
  const query = { limit: 50 };
  // Both lists are declared (hooks cannot be conditional); the one not asked for loads nothing.
  const ofAccount = useApiPages('accountId' in of ? '/api/v1/accounts/{accountId}/documents-activity' : null, {
    path: { accountId: 'accountId' in of ? of.accountId : '' },
    query,
  });
  const ofDocument = useApiPages('documentId' in of ? '/api/v1/documents/{documentId}/activity' : null, {
    path: { documentId: 'documentId' in of ? of.documentId : '' },
    query,
  });
  const showDocument = 'accountId' in of;
  const list = showDocument ? ofAccount : ofDocument;
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
