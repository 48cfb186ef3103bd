import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Retainer, RetainerList, RetainerOverage } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit, type Resource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useCoalesced } from '../conversations/live.ts';
import { useEventStream } from '../notifications/useEventStream.ts';
import { day, money } from './format.tsx';

export const hours = (minutes: number) =>
  t('billing.retainer.hours', { hours: (minutes / 60).toLocaleString(undefined, { maximumFractionDigits: 2 }) });

/** The account's retainers, reloaded live when time is logged on its tasks or a retainer changes. */
export function useRetainers(accountId: string): Resource<RetainerList> {
  const list = useResource<RetainerList>(`/accounts/${accountId}/billing-retainers`);
  const reload = useCoalesced(list.reload);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected') return reload();
    const { type, accountId: eventAccount } = signal.event;
    if (eventAccount === accountId && (type === 'retainer.updated' || type.startsWith('task.'))) reload();
  });
  return list;
}

const STATUS_TONE = { pending: 'warning', approved: 'success', declined: 'neutral' } as const;

/** One retainer's current period: the meter, what the time was spent on, and its overage requests. */
export function RetainerSummary({
  retainer,
  invoicePath,
  onChange,
}: {
  retainer: Retainer;
  invoicePath: (id: string) => string;
  onChange: (retainer: Retainer) => void;
}) {
  const burn = retainer.burn;
  const inMoney = retainer.unit === 'money';
  const used = burn ? (inMoney ? money(burn.usedAmount) : hours(burn.usedMinutes)) : '—';
  const budget = burn ? (inMoney ? money(burn.budgetAmount) : hours(burn.budgetMinutes)) : '—';
  const left = burn ? (inMoney ? money(burn.leftAmount) : hours(burn.leftMinutes)) : '—';
  const pending = retainer.overages.find((overage) => overage.status === 'pending');
  return (
    <div className="stack retainer">
      <p className="muted">
        {t(`billing.retainer.kind.${retainer.period}`)}
        {burn ? ` · ${t('billing.retainer.period', { from: day(burn.periodStart), to: day(burn.periodEnd) })}` : ''}
        {retainer.endedOn ? ` · ${t('billing.retainer.ended', { date: day(retainer.endedOn) })}` : ''}
      </p>
      {burn ? (
        <>
          <meter
            className="retainer__meter"
            min={0}
            max={Math.max(burn.budgetMinutes, burn.usedMinutes, 1)}
            high={burn.budgetMinutes}
            optimum={0}
            value={burn.usedMinutes}
            aria-label={t('billing.retainer.meter', { used, budget })}
          />
          <dl className="retainer__figures">
            <div>
              <dt>{t('billing.retainer.used')}</dt>
              <dd>{used}</dd>
            </div>
            <div>
              <dt>{t('billing.retainer.left')}</dt>
              <dd>{left}</dd>
            </div>
            <div>
              <dt>{t('billing.retainer.budget')}</dt>
              <dd>{budget}</dd>
            </div>
            {burn.overMinutes > 0 ? (
              <div>
                <dt>{t('billing.retainer.over')}</dt>
                <dd>
                  <strong>{hours(burn.overMinutes)}</strong>
                </dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}
      {pending?.abilities.approve ? <OverageAnswer retainer={retainer} overage={pending} onDone={onChange} /> : null}
      <h3 className="h4">{t('billing.retainer.spentOn')}</h3>
      {burn?.tasks.length || burn?.otherWork.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">{t('billing.retainer.spentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('billing.retainer.col.task')}</th>
                <th scope="col">{t('billing.retainer.col.project')}</th>
                <th scope="col" className="num">
                  {t('billing.retainer.col.time')}
                </th>
              </tr>
            </thead>
            <tbody>
              {burn.tasks.map((task) => (
                <tr key={task.taskId}>
                  <td>{task.title}</td>
                  <td>{task.projectName}</td>
                  <td className="num">{hours(task.minutes)}</td>
                </tr>
              ))}
              {/* Time not on a task: on the account itself, a ticket or a conversation (subjects for staff only). */}
              {burn.otherWork.map((work) => (
                <tr key={`${work.kind}-${work.id}`}>
                  <td>{t(`billing.retainer.work.${work.kind}`, { title: work.title ?? 'none' })}</td>
                  <td>—</td>
                  <td className="num">{hours(work.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('billing.retainer.noTime')}</p>
      )}
      {retainer.overages.length ? <OverageTable retainer={retainer} invoicePath={invoicePath} /> : null}
    </div>
  );
}

function OverageTable({ retainer, invoicePath }: { retainer: Retainer; invoicePath: (id: string) => string }) {
  return (
    <>
      <h3 className="h4">{t('billing.retainer.overages')}</h3>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{t('billing.retainer.overagesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('billing.retainer.col.period')}</th>
              <th scope="col" className="num">
                {t('billing.retainer.col.time')}
              </th>
              <th scope="col" className="num">
                {t('billing.retainer.col.amount')}
              </th>
              <th scope="col">{t('billing.retainer.col.status')}</th>
              <th scope="col">{t('billing.retainer.col.invoice')}</th>
            </tr>
          </thead>
          <tbody>
            {retainer.overages.map((overage) => (
              <tr key={overage.id}>
                <td>{t('billing.retainer.period', { from: day(overage.periodStart), to: day(overage.periodEnd) })}</td>
                <td className="num">{hours(overage.minutes)}</td>
                <td className="num">{money(overage.amount)}</td>
                <td>
                  <Badge tone={STATUS_TONE[overage.status]}>{t(`billing.retainer.status.${overage.status}`)}</Badge>
                  {overage.decided ? (
                    <span className="muted retainer__decided">
                      {' '}
                      {t('billing.retainer.decidedBy', {
                        name: overage.decided.by,
                        date: formatDate(overage.decided.at),
                      })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {overage.invoice ? (
                    <Link to={invoicePath(overage.invoice.id)}>{overage.invoice.number ?? '—'}</Link>
                  ) : overage.status === 'approved' ? (
                    t('billing.retainer.nextInvoice')
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The client admin approves or declines work past the budget (recorded with who and when). */
function OverageAnswer({
  retainer,
  overage,
  onDone,
}: {
  retainer: Retainer;
  overage: RetainerOverage;
  onDone: (retainer: Retainer) => void;
}) {
  const [comment, setComment] = useState('');
  const submission = useSubmit();
  const toast = useToast();
  const answer = (action: 'approve' | 'decline') =>
    submission.run(async () => {
      const updated = await api<Retainer>(
        `/accounts/${retainer.accountId}/billing-retainers/${retainer.id}/overages/${overage.id}/${action}`,
        { method: 'POST', body: { comment } },
      );
      toast(t(action === 'approve' ? 'billing.retainer.approved' : 'billing.retainer.declined'));
      onDone(updated);
    });
  return (
    <section className="card stack retainer__ask" aria-labelledby="retainer-ask">
      <h3 id="retainer-ask" className="h4">
        {t('billing.retainer.askTitle')}
      </h3>
      <p>{t('billing.retainer.askText', { hours: hours(overage.minutes), amount: money(overage.amount) })}</p>
      <FormAlert error={submission.error} fields={['comment']} />
      <TextField
        label={t('billing.retainer.comment')}
        name="comment"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={submission.error}
      />
      <div className="form-actions">
        <button type="button" className="btn" disabled={submission.pending} onClick={() => void answer('approve')}>
          {t('billing.retainer.approve', { amount: money(overage.amount) })}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={submission.pending}
          onClick={() => void answer('decline')}
        >
          {t('billing.retainer.decline')}
        </button>
      </div>
    </section>
  );
}

/** The portal's retainer panel on the billing page: the open retainer's burn, live (nothing when none). */
export function PortalRetainer({ accountId }: { accountId: string }) {
  const list = useRetainers(accountId);
  const retainer = list.data?.items.find((item) => item.endedOn === null) ?? null;
  if (!retainer) return null;
  const replace = (next: Retainer) =>
    list.setData({ ...list.data!, items: list.data!.items.map((item) => (item.id === next.id ? next : item)) });
  return (
    <section className="card stack retainer-panel" aria-labelledby="retainer-title">
      <h2 id="retainer-title" className="h3">
        {t('billing.retainer.titleOf', { name: retainer.name })}
      </h2>
      <p className="muted">{t('billing.retainer.live')}</p>
      <RetainerSummary retainer={retainer} invoicePath={(id) => `/billing/${id}`} onChange={replace} />
    </section>
  );
}
