import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AgingReport, BillingProfile } from '../../../contract/index.ts';
import { withQuery } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { day, money } from './format.tsx';
import { StatementView } from './StatementView.tsx';

const BUCKETS = [
  ['current', 'billing.aging.current'],
  ['days1to30', 'billing.aging.d1_30'],
  ['days31to60', 'billing.aging.d31_60'],
  ['days61to90', 'billing.aging.d61_90'],
  ['days90plus', 'billing.aging.d90plus'],
  ['total', 'billing.aging.total'],
] as const;

/** The console's accounts receivable: aging per account and currency, and the accountants' CSV exports. */
export function ReceivablesPage() {
  const aging = useResource<AgingReport>('/billing/aging');
  return (
    <>
      <PageHeader title={t('billing.aging.title')} />
      {aging.error ? <ErrorState error={aging.error} onRetry={aging.reload} /> : null}
      {!aging.data && !aging.error ? <Loading /> : null}
      {aging.data && !aging.data.items.length ? <p className="muted">{t('billing.aging.empty')}</p> : null}
      {aging.data?.items.length ? (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('billing.aging.caption', { date: day(aging.data.asOf) })}
        >
          <table>
            <caption>{t('billing.aging.caption', { date: day(aging.data.asOf) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('billing.col.account')}</th>
                {BUCKETS.map(([key, label]) => (
                  <th key={key} scope="col" className="num">
                    {t(label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {aging.data.items.map((row) => (
                <tr key={`${row.accountId}-${row.currency}`}>
                  <td>
                    <Link
                      to={`/console/billing/statements/${row.accountId}`}
                      aria-label={t('billing.aging.statement', { account: row.accountName })}
                    >
                      {row.accountName}
                    </Link>
                  </td>
                  {BUCKETS.map(([key]) => (
                    <td key={key} className="num">
                      {key === 'total' ? <strong>{money(row[key])}</strong> : money(row[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Exports />
    </>
  );
}

function Exports() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const href = (kind: string) => withQuery(`/api/v1/billing/exports/${kind}.csv`, { from, to });
  return (
    <section aria-labelledby="exports-title" className="stack billing-exports-section">
      <h2 id="exports-title">{t('billing.export.title')}</h2>
      <div className="billing-exports">
        <TextField
          label={t('billing.export.from')}
          name="from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t('billing.export.to')}
          name="to"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <a className="btn btn--secondary" href={href('invoices')} download>
          {t('billing.export.invoices')}
        </a>
        <a className="btn btn--secondary" href={href('credit-notes')} download>
          {t('billing.export.creditNotes')}
        </a>
        <a className="btn btn--secondary" href={href('payments')} download>
          {t('billing.export.payments')}
        </a>
      </div>
    </section>
  );
}

/** One account's statement in the console. */
export function ConsoleStatementPage() {
  const { accountId = '' } = useParams();
  const profile = useResource<BillingProfile>(`/accounts/${accountId}/billing-profile`);
  return (
    <>
      <PageHeader title={profile.data?.legalName ?? t('billing.statement.title')} />
      <StatementView accountId={accountId} />
    </>
  );
}
