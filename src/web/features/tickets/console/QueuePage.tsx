import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi, useApiPages } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { EmptyState, LoadMore, PageHeader } from '../../../ui/common.tsx';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { ticketQuery, ticketsApi } from '../api.ts';
import { BulkBar } from './BulkBar.tsx';
import { QueueFilterBar } from './QueueFilterBar.tsx';
import { QueueTable } from './QueueTable.tsx';
import { ViewRail } from './ViewRail.tsx';
import { SaveViewDialog } from './SaveViewDialog.tsx';
import { useGroupOptions, useSegmentList, useStaffOptions } from './options.ts';
import { filtersFromParams, filtersToParams, toQuery, type QueueFilters } from './queueFilters.ts';

/** `/console/tickets`: saved views, filters (in the URL), the ticket table, bulk changes and CSV export. */
export function QueuePage() {
  const [params, setParams] = useSearchParams();
  // The filters live in state and are written to the URL: router navigations render in a transition, so a
  // checkbox bound to the URL alone would spring back until that render lands. The URL still wins when it
  // changes by itself (back and forward, a shared link).
  const [filters, setFilters] = useState(() => filtersFromParams(params));
  const filtersNow = useRef(filters);
  const written = useRef(params.toString());
  const paramsKey = params.toString();
  useEffect(() => {
    if (paramsKey === written.current) return;
    written.current = paramsKey;
    filtersNow.current = filtersFromParams(new URLSearchParams(paramsKey));
    setFilters(filtersNow.current);
  }, [paramsKey]);
  const writeFilters = (next: QueueFilters, viewId?: string) => {
    filtersNow.current = next;
    setFilters(next);
    const nextParams = filtersToParams(next, viewId);
    written.current = nextParams.toString();
    setParams(nextParams, { replace: viewId === undefined });
  };
  const viewId = params.get('view') ?? '';
  const query = useMemo(() => ticketQuery({ ...toQuery(filters), limit: 50 }), [filters]);
  const list = useApiPages('/api/v1/tickets', { query: query as Record<string, string> });
  const views = useApi('/api/v1/ticket-views');
  const staff = useStaffOptions();
  const { groups } = useGroupOptions();
  const segments = useSegmentList();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  // Remounts the filter bar when a view replaces the filters (its typed text starts over).
  const [filterBarKey, setFilterBarKey] = useState(0);
  // Tickets changing elsewhere offer a refresh instead of reshuffling the rows under the agent's cursor.
  const [stale, setStale] = useState(false);
  // The agent's own bulk change echoes back as events right after the list reloaded: those are not news.
  const quietUntil = useRef(0);
  useEventStream((signal) => {
    if (Date.now() < quietUntil.current) return;
    if (
      signal.kind === 'reconnected' ||
      signal.event.type === 'ticket.created' ||
      signal.event.type === 'ticket.updated'
    )
      setStale(true);
  });
  const refresh = () => {
    quietUntil.current = Date.now() + 3000;
    setStale(false);
    list.reload();
  };

  const change = (update: (current: QueueFilters) => QueueFilters) => {
    setSelected(new Set());
    writeFilters(update(filtersNow.current));
  };
  const chooseView = (id: string, next: QueueFilters) => {
    setSelected(new Set());
    setFilterBarKey((n) => n + 1);
    writeFilters(next, id);
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('tc.queue.title')}
        actions={
          <>
            <button type="button" className="btn btn--secondary" onClick={() => setSaving(true)}>
              {t('tc.queue.saveView')}
            </button>
            <a className="btn btn--secondary" href={ticketsApi.exportCsvUrl(toQuery(filters))} download>
              {t('tc.queue.export')}
            </a>
            <Link className="btn btn--secondary" to="/console/tickets/settings">
              {t('tc.queue.settings')}
            </Link>
          </>
        }
      />
      <div className="tc-queue-layout">
        <ViewRail views={views.data?.items ?? []} activeId={viewId} onChoose={chooseView} onDeleted={views.reload} />
        <div className="tc-queue-main">
          <QueueFilterBar
            key={filterBarKey}
            filters={filters}
            onChange={change}
            staff={staff}
            groups={groups}
            segments={segments}
          />
          <BulkBar
            selected={[...selected]}
            tickets={list.items}
            staff={staff}
            groups={groups}
            onDone={() => {
              setSelected(new Set());
              refresh();
            }}
            onClear={() => setSelected(new Set())}
          />
          <div role="status" className="tc-stale">
            {stale ? (
              <button type="button" className="btn btn--secondary btn--small" onClick={refresh}>
                {t('tc.queue.changed')}
              </button>
            ) : null}
          </div>
          {list.items.length ? (
            <QueueTable tickets={list.items} selected={selected} onSelect={select} />
          ) : !list.loading && !list.error ? (
            <EmptyState title={t('tc.queue.empty')} />
          ) : null}
          <div className="tc-next-page">
            <LoadMore
              hasMore={list.hasMore}
              loading={list.loading}
              error={list.error}
              onLoadMore={list.items.length ? list.loadMore : list.reload}
            />
          </div>
        </div>
      </div>
      {saving ? (
        <SaveViewDialog
          filters={filters}
          onClose={() => setSaving(false)}
          onSaved={(view) => {
            setSaving(false);
            views.reload();
            setParams(filtersToParams(filters, view.id), { replace: true });
          }}
        />
      ) : null}
    </>
  );
}
