import { useState } from 'react';
import type { TimeEntry, TimeTotals } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useConfirmedDelete } from '../../ui/useConfirmedDelete.ts';
import { day } from '../projects/format.tsx';
import { duration, TimeTotalsList } from '../projects/TaskTime.tsx';
import { TimeEntryForm } from '../projects/TimeEntryForm.tsx';

/** What the time is logged on: the account itself, or one of its tickets or conversation threads. */
export type TimeSubject = { kind: 'account' } | { kind: 'ticket' | 'thread'; id: string };

interface AccountTimePage {
  items: TimeEntry[];
  nextCursor: string | null;
  totals: TimeTotals;
  abilities: { create: boolean };
}

/** The last 90 days: what staff look back on while logging (the retainer panel shows the period's burn). */
const periodQuery = () => {
  const to = new Date();
  const from = new Date(to.getTime() - 90 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), limit: 100 };
};

const subjectLabel = (entry: TimeEntry) => {
  if (entry.subject.kind === 'task') return t('billing.time.on.task', { title: entry.taskTitle ?? '—' });
  if (entry.subject.kind === 'account') return t('billing.time.on.account');
  return t(`billing.time.on.${entry.subject.kind}`, { title: entry.subject.title ?? '—' });
};

/**
 * Staff's time on an account (its billing tab), a ticket or a conversation thread: the entries, and a form to log
 * more. Who may log, edit or delete is the server's answer (the list's and each entry's abilities); a caller who
 * may not read the account's time (a person of the account, a module switched off) sees nothing. The retainer
 * panel's burn follows by its own live event.
 */
export function AccountTime({ accountId, subject }: { accountId: string; subject: TimeSubject }) {
  const [query] = useState(() => ({
    ...periodQuery(),
    ...(subject.kind === 'account' ? {} : { subjectId: subject.id }),
  }));
  const list = useResource<AccountTimePage>(`/accounts/${accountId}/time-entries`, query);
  const [editing, setEditing] = useState<TimeEntry | null>(null);
  const confirmDelete = useConfirmedDelete();
  if (!list.data) return null;
  const { items, totals, abilities } = list.data;
  const done = () => {
    setEditing(null);
    list.reload();
  };
  return (
    <section className="card stack account-time" aria-labelledby={`time-${subject.kind}`}>
      <h2 id={`time-${subject.kind}`} className="h3">
        {t(`billing.time.title.${subject.kind}`)}
      </h2>
      {subject.kind === 'account' ? <TimeTotalsList totals={totals} /> : null}
      {items.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('billing.time.caption')}>
          <table>
            <caption className="sr-only">{t('billing.time.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('time.col.date')}</th>
                <th scope="col">{t('time.col.duration')}</th>
                {subject.kind === 'account' ? <th scope="col">{t('billing.time.col.on')}</th> : null}
                <th scope="col">{t('time.col.person')}</th>
                <th scope="col">{t('time.col.note')}</th>
                <th scope="col">{t('time.col.billable')}</th>
                <th scope="col">
                  <span className="sr-only">{t('time.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td>{day(entry.date)}</td>
                  <td>{duration(entry.minutes)}</td>
                  {subject.kind === 'account' ? <td>{subjectLabel(entry)}</td> : null}
                  <td>{entry.person?.name ?? '—'}</td>
                  <td className="pre-wrap">{entry.note}</td>
                  <td>{entry.billable ? t('time.yes') : t('time.no')}</td>
                  <td className="row-actions">
                    {entry.abilities.update ? (
                      <button
                        type="button"
                        className="btn-link"
                        aria-label={t('billing.time.edit', { date: day(entry.date) })}
                        onClick={() => setEditing(entry)}
                      >
                        {t('billing.time.editShort')}
                      </button>
                    ) : null}
                    {entry.abilities.delete ? (
                      <button
                        type="button"
                        className="btn-link"
                        aria-label={t('time.delete', { date: day(entry.date) })}
                        onClick={() =>
                          void confirmDelete(
                            t('time.deleteQuestion'),
                            () => api(`/time-entries/${entry.id}`, { method: 'DELETE' }),
                            done,
                          )
                        }
                      >
                        {t('billing.time.deleteShort')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('time.none')}</p>
      )}
      {editing ? (
        <TimeForm key={editing.id} accountId={accountId} subject={subject} entry={editing} onDone={done} />
      ) : abilities.create ? (
        <TimeForm key="new" accountId={accountId} subject={subject} entry={null} onDone={done} />
      ) : null}
    </section>
  );
}

/** The account form's entry: logged on the account, or on its ticket or thread; an entry's own edit keeps its subject. */
function TimeForm({
  accountId,
  subject,
  entry,
  onDone,
}: {
  accountId: string;
  subject: TimeSubject;
  entry: TimeEntry | null;
  onDone: () => void;
}) {
  const linked =
    subject.kind === 'ticket' ? { ticketId: subject.id } : subject.kind === 'thread' ? { threadId: subject.id } : {};
  return (
    <TimeEntryForm
      headingId={`time-form-${subject.kind}`}
      entry={entry}
      duration="flexible"
      billableHint={t('billing.time.billableHint')}
      save={(values, idempotencyKey) =>
        entry
          ? api<TimeEntry>(`/time-entries/${entry.id}`, { method: 'PATCH', ifMatch: entry.version, body: values })
          : api<TimeEntry>(`/accounts/${accountId}/time-entries`, {
              method: 'POST',
              idempotencyKey,
              body: { ...values, ...linked },
            })
      }
      onDone={onDone}
    />
  );
}
