import { useEffect, useState } from 'react';
import type { Segment, StaffUser, TicketPriority, TicketStatus } from '../../../../contract/index.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { useDebounced } from '../../../ui/useDebounced.ts';
import type { TicketGroupItem } from '../api.ts';
import { PRIORITIES, STATUSES, priorityLabel, statusLabel } from './format.ts';
import type { QueueFilters } from './queueFilters.ts';

interface QueueFilterBarProps {
  filters: QueueFilters;
  /**
   * Applies a change to the filters as they are when it lands (the URL's), not as this render saw them: two quick
   * changes (a select, then a checkbox) must not undo each other.
   */
  onChange: (update: (current: QueueFilters) => QueueFilters) => void;
  staff: StaffUser[];
  groups: TicketGroupItem[];
  segments: Segment[];
}

function toggled<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

/**
 * A toolbar (search, SLA, sort) and, behind "More filters", status, priority, assignee, group, segment and tag, so
 * the queue keeps the width for its columns. Every change lands in the URL.
 * The parent remounts it (key) when a view replaces the filters, which resets the typed text.
 */
export function QueueFilterBar({ filters, onChange, staff, groups, segments }: QueueFilterBarProps) {
  // Typed text (search, tag) is debounced so the URL and the list do not change on every keystroke.
  const [q, setQ] = useState(filters.q);
  const [tag, setTag] = useState(filters.tag);
  const debouncedQ = useDebounced(q, 350);
  const debouncedTag = useDebounced(tag, 350);
  useEffect(() => {
    if (debouncedQ !== filters.q || debouncedTag !== filters.tag)
      onChange((current) => ({ ...current, q: debouncedQ, tag: debouncedTag }));
    // Only the debounced text triggers this; the rest of the filters change through onChange directly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQ, debouncedTag]);
  const set = (patch: Partial<QueueFilters>) => onChange((current) => ({ ...current, ...patch }));
  const account = useApi(filters.accountId ? '/api/v1/accounts/{accountId}' : null, {
    path: { accountId: filters.accountId ?? '' },
  });
  const accountChip = filters.accountId ? (
    <p className="tc-filters__chips">
      <span className="chip">
        {t('tc.filters.account', { name: account.data?.name ?? '…' })}
        <button
          type="button"
          className="btn-link chip__clear"
          aria-label={t('tc.filters.clearAccount')}
          onClick={() => set({ accountId: '' })}
        >
          ×
        </button>
      </span>
    </p>
  ) : null;

  const moreCount =
    filters.status.length +
    filters.priority.length +
    [filters.assignee, filters.groupId, filters.segmentId, filters.tag].filter(Boolean).length;
  const [open, setOpen] = useState(false);

  return (
    <form
      className="tc-filters"
      role="search"
      aria-label={t('tc.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="tc-filters__toolbar">
        <TextField
          label={t('tc.filters.search')}
          name="q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <SelectField
          label={t('tc.filters.sla')}
          name="sla"
          value={filters.sla}
          onChange={(event) => set({ sla: event.target.value as QueueFilters['sla'] })}
        >
          <option value="">{t('tc.filters.anySla')}</option>
          <option value="due_soon">{t('tc.filters.dueSoon')}</option>
          <option value="breached">{t('tc.filters.breached')}</option>
        </SelectField>
        <SelectField
          label={t('tc.filters.sort')}
          name="sort"
          value={filters.sort}
          onChange={(event) => set({ sort: event.target.value as QueueFilters['sort'] })}
        >
          <option value="updated_desc">{t('tc.sort.updated_desc')}</option>
          <option value="updated_asc">{t('tc.sort.updated_asc')}</option>
          <option value="due_asc">{t('tc.sort.due_asc')}</option>
          <option value="created_desc">{t('tc.sort.created_desc')}</option>
          <option value="priority_desc">{t('tc.sort.priority_desc')}</option>
        </SelectField>
        <button
          type="button"
          className="btn btn--secondary tc-filters__more"
          aria-expanded={open}
          aria-controls="tc-filters-panel"
          onClick={() => setOpen(!open)}
        >
          {moreCount ? t('tc.filters.moreActive', { count: moreCount }) : t('tc.filters.more')}
        </button>
      </div>
      {accountChip}
      <div id="tc-filters-panel" className="tc-filters__panel" hidden={!open}>
        <fieldset className="tc-checks">
          <legend>{t('tc.filters.status')}</legend>
          {STATUSES.map((status: TicketStatus) => (
            <label key={status} className="tc-check">
              <input
                type="checkbox"
                checked={filters.status.includes(status)}
                onChange={(event) => {
                  const on = event.target.checked;
                  onChange((current) => ({ ...current, status: toggled(current.status, status, on) }));
                }}
              />
              {statusLabel(status)}
            </label>
          ))}
        </fieldset>
        <fieldset className="tc-checks">
          <legend>{t('tc.filters.priority')}</legend>
          {PRIORITIES.map((priority: TicketPriority) => (
            <label key={priority} className="tc-check">
              <input
                type="checkbox"
                checked={filters.priority.includes(priority)}
                onChange={(event) => {
                  const on = event.target.checked;
                  onChange((current) => ({ ...current, priority: toggled(current.priority, priority, on) }));
                }}
              />
              {priorityLabel(priority)}
            </label>
          ))}
        </fieldset>
        <div className="tc-filters__row">
          <SelectField
            label={t('tc.filters.assignee')}
            name="assignee"
            value={filters.assignee}
            onChange={(event) => set({ assignee: event.target.value })}
          >
            <option value="">{t('tc.filters.anyone')}</option>
            <option value="me">{t('tc.filters.me')}</option>
            <option value="none">{t('tc.filters.unassigned')}</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.filters.group')}
            name="groupId"
            value={filters.groupId}
            onChange={(event) => set({ groupId: event.target.value })}
          >
            <option value="">{t('tc.filters.anyGroup')}</option>
            <option value="none">{t('tc.filters.noGroup')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.filters.segment')}
            name="segmentId"
            value={filters.segmentId}
            onChange={(event) => set({ segmentId: event.target.value })}
          >
            <option value="">{t('tc.filters.anySegment')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('tc.filters.tag')}
            name="tag"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          />
        </div>
      </div>
    </form>
  );
}
