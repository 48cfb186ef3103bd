import { useState } from 'react';
import type { StaffUser, Ticket, TicketStatus } from '../../../../contract/index.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { SelectField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ticketsApi, type BulkResult, type TicketGroupItem } from '../api.ts';
import { STATUSES, statusLabel } from './format.ts';

interface BulkBarProps {
  selected: string[];
  tickets: Ticket[];
  staff: StaffUser[];
  groups: TicketGroupItem[];
  onDone: () => void;
  onClear: () => void;
}

const KEEP = '';
const NOBODY = 'none';

/** Shown while tickets are selected: assign, group and status for all of them, then each ticket's outcome. */
export function BulkBar({ selected, tickets, staff, groups, onDone, onClear }: BulkBarProps) {
  const me = useMe();
  const [assignee, setAssignee] = useState(KEEP);
  const [group, setGroup] = useState(KEEP);
  const [status, setStatus] = useState<TicketStatus | ''>(KEEP);
  const [result, setResult] = useState<{ items: BulkResult['items']; numbers: Map<string, number> } | null>(null);
  const submission = useSubmit();
  const nothing = assignee === KEEP && group === KEEP && status === KEEP;

  const apply = () =>
    submission.run(async () => {
      const numbers = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
      const body = {
        ticketIds: selected,
        ...(assignee !== KEEP ? { assigneeId: assignee === NOBODY ? null : assignee } : {}),
        ...(group !== KEEP ? { groupId: group === NOBODY ? null : group } : {}),
        ...(status ? { status } : {}),
      };
      const outcome = await ticketsApi.bulk(body);
      setResult({ items: outcome.items, numbers });
      setAssignee(KEEP);
      setGroup(KEEP);
      setStatus(KEEP);
      onDone();
    });

  const others = staff.filter((person) => person.id !== me.user.id);
  const failed = result?.items.filter((item) => !item.ok) ?? [];
  return (
    <section className="tc-bulk" aria-label={t('tc.bulk.label')}>
      {selected.length ? (
        <form
          className="tc-bulk__form"
          onSubmit={(event) => {
            event.preventDefault();
            void apply();
          }}
        >
          <p className="tc-bulk__count" role="status">
            {t('tc.bulk.selected', { count: selected.length })}
          </p>
          <SelectField
            label={t('tc.bulk.assignTo')}
            name="bulkAssignee"
            value={assignee}
            onChange={(event) => setAssignee(event.target.value)}
          >
            <option value={KEEP}>{t('tc.bulk.keep')}</option>
            <option value={me.user.id}>{t('tc.bulk.me', { name: me.user.name })}</option>
            <option value={NOBODY}>{t('tc.filters.unassigned')}</option>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.bulk.setGroup')}
            name="bulkGroup"
            value={group}
            onChange={(event) => setGroup(event.target.value)}
          >
            <option value={KEEP}>{t('tc.bulk.keep')}</option>
            <option value={NOBODY}>{t('tc.filters.noGroup')}</option>
            {groups.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.bulk.setStatus')}
            name="bulkStatus"
            value={status}
            onChange={(event) => setStatus(event.target.value as TicketStatus | '')}
          >
            <option value={KEEP}>{t('tc.bulk.keep')}</option>
            {STATUSES.filter((value) => value !== 'new').map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </SelectField>
          <div className="page-actions">
            <button type="submit" className="btn" disabled={nothing || submission.pending}>
              {t('tc.bulk.apply')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={onClear}>
              {t('tc.bulk.clear')}
            </button>
          </div>
          <FormAlert error={submission.error} />
        </form>
      ) : null}
      {result ? (
        <div className={failed.length ? 'alert alert--error' : 'alert alert--success'} role="status">
          <p>{t('tc.bulk.summary', { ok: result.items.length - failed.length, failed: failed.length })}</p>
          <ul className="tc-bulk__results">
            {result.items.map((item) => (
              <li key={item.id}>
                #{result.numbers.get(item.id) ?? item.ticket?.number ?? '?'}:{' '}
                {item.ok
                  ? t('tc.bulk.itemOk')
                  : t('tc.bulk.itemFailed', { reason: item.code ?? t('tc.bulk.unknownReason') })}
              </li>
            ))}
          </ul>
          <button type="button" className="btn-link" onClick={() => setResult(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
