import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, type AuditEvent } from '../../../../contract/index.ts';
import { API_BASE, withQuery } from '../../../api/client.ts';
import { usePagedList } from '../../../api/hooks.ts';
import { formatDateTime, t, viewerTimeZone, zonedDayToIso } from '../../../i18n/index.ts';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { EmptyState, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';

interface Filters {
  action: string;
  actorId: string;
  accountId: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { action: '', actorId: '', accountId: '', from: '', to: '' };

function target(event: AuditEvent): string {
  const { type, label, id } = event.target;
  const name = label ?? id ?? '';
  return type ? `${type}${name ? `: ${name}` : ''}` : name;
}

export function AuditLogPage() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const filters = {
    action: applied.action,
    actorId: applied.actorId.trim(),
    accountId: applied.accountId.trim(),
    from: applied.from ? zonedDayToIso(applied.from, 'start') : undefined,
    to: applied.to ? zonedDayToIso(applied.to, 'end') : undefined,
  };
  const list = usePagedList<AuditEvent>('/audit-events', { ...filters, limit: 50 });

  const update = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.zone', { zone: viewerTimeZone() })}
        actions={
          <a className="btn btn--secondary" href={withQuery(`${API_BASE}/audit-events/export.csv`, filters)} download>
            {t('audit.exportCsv')}
          </a>
        }
      />
      <form className="filters" onSubmit={onSubmit} aria-label={t('audit.filters')}>
        <SelectField
          label={t('audit.field.action')}
          name="action"
          value={draft.action}
          onChange={update('action')}
          error={list.error}
        >
          <option value="">{t('common.all')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('audit.field.actorId')}
          name="actorId"
          value={draft.actorId}
          onChange={update('actorId')}
          error={list.error}
        />
        <TextField
          label={t('audit.field.accountId')}
          name="accountId"
          value={draft.accountId}
          onChange={update('accountId')}
          error={list.error}
        />
        <TextField
          label={t('audit.field.from')}
          name="from"
          type="date"
          value={draft.from}
          onChange={update('from')}
          error={list.error}
        />
        <TextField
          label={t('audit.field.to')}
          name="to"
          type="date"
          value={draft.to}
          onChange={update('to')}
          error={list.error}
        />
        <div className="filters__actions">
          <button type="submit" className="btn">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <PagedTable
        list={list}
        caption={t('audit.title')}
        rowKey={(event) => event.id}
        empty={<EmptyState title={t('audit.empty')} />}
        columns={[
          {
            header: t('audit.col.time'),
            cell: (event) => (
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, { timeStyle: 'medium' })}</time>
            ),
          },
          { header: t('audit.col.action'), cell: (event) => <code>{event.action}</code> },
          {
            header: t('audit.col.actor'),
            cell: (event) =>
              event.actor.type === 'service_token'
                ? t('audit.integration', { name: event.actor.label ?? '' })
                : (event.actor.label ?? event.actor.id ?? t('audit.system')),
          },
          { header: t('audit.col.target'), cell: target },
          { header: t('audit.col.ip'), cell: (event) => event.ip ?? '' },
          {
            header: t('audit.col.userAgent'),
            cell: (event) => (
              <span className="audit-user-agent" title={event.userAgent ?? undefined}>
                {event.userAgent ?? ''}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
