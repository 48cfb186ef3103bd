import { Link, useSearchParams } from 'react-router-dom';
import { useApiPages } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { EmptyState, LoadMore, PageHeader } from '../../../ui/common.tsx';
import { useCoalesced } from '../../conversations/live.ts';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { DONE_STATUSES, OPEN_STATUSES, ticketQuery } from '../api.ts';
import { TicketListItem } from './TicketListItem.tsx';

type Filter = 'open' | 'done' | 'all';
const FILTERS: Filter[] = ['open', 'done', 'all'];

function statusesFor(filter: Filter) {
  if (filter === 'open') return OPEN_STATUSES;
  if (filter === 'done') return DONE_STATUSES;
  return undefined;
}

/** `/tickets`: the tickets the API lets this customer see (their own, copied ones, or the account's for admins). */
export function TicketsListPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: Filter = raw === 'done' || raw === 'all' ? raw : 'open';
  const status = statusesFor(filter);
  const list = useApiPages('/api/v1/tickets', {
    query: ticketQuery({ limit: 25, ...(status ? { status: [...status] } : {}) }) as Record<string, string>,
  });
  const reload = useCoalesced(list.reload, 300);
  useEventStream((signal) => {
    if (
      signal.kind === 'reconnected' ||
      signal.event.type.startsWith('ticket.') ||
      signal.event.type === 'notification.created'
    )
      reload();
  });

  const empty = !list.items.length && !list.loading && !list.error;
  return (
    <>
      <PageHeader
        title={t('tickets.portal.title')}
        description={t('tickets.portal.intro')}
        actions={
          <Link to="/tickets/new" className="btn">
            {t('tickets.portal.new')}
          </Link>
        }
      />
      <div className="ticket-filters">
        <div className="field">
          <label htmlFor="ticket-filter">{t('tickets.portal.filter')}</label>
          <select
            id="ticket-filter"
            value={filter}
            onChange={(event) => {
              const next = event.target.value as Filter;
              setParams(next === 'open' ? {} : { status: next }, { replace: true });
            }}
          >
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`tickets.portal.filter.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {empty ? (
        <EmptyState title={t('tickets.portal.empty')}>
          <p className="muted">{t('tickets.portal.emptyHint')}</p>
          <p className="actions">
            <Link to="/knowledge-base" className="btn btn--secondary">
              {t('tickets.portal.openHelp')}
            </Link>{' '}
            <Link to="/tickets/new" className="btn">
              {t('tickets.portal.new')}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <>
          {list.items.length ? (
            <ul className="ticket-list" aria-label={t('tickets.portal.list')}>
              {list.items.map((ticket) => (
                <TicketListItem key={ticket.id} ticket={ticket} selfId={me.user.id} />
              ))}
            </ul>
          ) : null}
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loading}
            error={list.error}
            onLoadMore={list.items.length ? list.loadMore : list.reload}
          />
        </>
      )}
    </>
  );
}
