import type { TicketView } from '../../../../contract/index.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { ticketQuery, ticketsApi } from '../api.ts';
import { countLabel } from './format.ts';
import { BUILT_IN_VIEWS, filtersOfView, toQuery, type QueueFilters } from './queueFilters.ts';
import { useConfirmedDelete } from '../../../ui/useConfirmedDelete.ts';

interface ViewRailProps {
  views: TicketView[];
  activeId: string;
  onChoose: (id: string, filters: QueueFilters) => void;
  onDeleted: () => void;
}

/** A view's ticket count (capped: "1,000+"), read from the counts endpoint with the view's filters. */
function ViewCount({ filters }: { filters: QueueFilters }) {
  const counts = useApi('/api/v1/tickets/counts', { query: ticketQuery(toQuery(filters)) as Record<string, string> });
  return counts.data ? <span className="count-badge">{countLabel(counts.data)}</span> : null;
}

function ViewButton({
  id,
  label,
  filters,
  active,
  onChoose,
}: {
  id: string;
  label: string;
  filters: QueueFilters;
  active: boolean;
  onChoose: ViewRailProps['onChoose'];
}) {
  return (
    <button
      type="button"
      className="tc-rail__view"
      aria-current={active ? 'true' : undefined}
      onClick={() => onChoose(id, filters)}
    >
      <span>{label}</span>
      <ViewCount filters={filters} />
    </button>
  );
}

/** The queue's left rail: built-in views, then shared views and the agent's own. */
export function ViewRail({ views, activeId, onChoose, onDeleted }: ViewRailProps) {
  const shared = views.filter((view) => view.shared);
  const mine = views.filter((view) => !view.shared);
  const confirmedDelete = useConfirmedDelete();
  const remove = (view: TicketView) =>
    confirmedDelete(t('tc.views.deleteConfirm', { name: view.name }), () => ticketsApi.deleteView(view.id), onDeleted);
  const section = (title: string, items: TicketView[]) =>
    items.length ? (
      <>
        <h2 className="tc-rail__heading">{title}</h2>
        <ul>
          {items.map((view) => (
            <li key={view.id} className="tc-rail__item">
              <ViewButton
                id={view.id}
                label={view.name}
                filters={filtersOfView(view)}
                active={activeId === view.id}
                onChoose={onChoose}
              />
              {view.abilities.delete ? (
                <button
                  type="button"
                  className="btn-link tc-rail__delete"
                  aria-label={t('tc.views.delete', { name: view.name })}
                  onClick={() => void remove(view)}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <nav className="tc-rail" aria-label={t('tc.views.label')}>
      <ul>
        {BUILT_IN_VIEWS.map((view) => (
          <li key={view.id} className="tc-rail__item">
            <ViewButton
              id={view.id}
              label={t(view.label)}
              filters={view.filters}
              active={activeId === view.id}
              onChoose={onChoose}
            />
          </li>
        ))}
      </ul>
      {section(t('tc.views.shared.heading'), shared)}
      {section(t('tc.views.mine'), mine)}
    </nav>
  );
}
