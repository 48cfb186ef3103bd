import type { Statement, StatementEntry } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { EmptyState, ErrorState, Loading } from '../../ui/common.tsx';
import { day, money } from './format.tsx';

const entryLabel = (entry: StatementEntry) => t(`billing.statement.type.${entry.type}`, { number: entry.number ?? '' });

/** A statement of account, one table per currency, with its CSV; the same for staff and the account's people. */
export function StatementView({ accountId }: { accountId: string }) {
  const statement = useResource<Statement>(`/accounts/${accountId}/billing-statement`);
  if (statement.error) return <ErrorState error={statement.error} onRetry={statement.reload} />;
  if (!statement.data) return <Loading />;
  const { currencies } = statement.data;
  return (
    <section aria-labelledby="statement-title" className="stack billing-statement">
      <div className="page-header">
        <h2 id="statement-title">{t('billing.statement.title')}</h2>
        <div className="page-actions">
          <a className="btn btn--secondary" href={`/api/v1/accounts/${accountId}/billing-statement.pdf`} download>
            {t('billing.statement.pdf')}
          </a>
          <a className="btn btn--secondary" href={`/api/v1/accounts/${accountId}/billing-statement.csv`} download>
            {t('billing.statement.csv')}
          </a>
        </div>
      </div>
      {!currencies.length ? <EmptyState title={t('billing.statement.empty')} /> : null}
      {currencies.map((part) => (
        <div
          key={part.currency}
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('billing.statement.caption', { currency: part.currency })}
        >
          <table>
            <caption className="sr-only">{t('billing.statement.caption', { currency: part.currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('billing.statement.date')}</th>
                <th scope="col">{t('billing.statement.entry')}</th>
                <th scope="col" className="num">
                  {t('billing.statement.debit')}
                </th>
                <th scope="col" className="num">
                  {t('billing.statement.credit')}
                </th>
                <th scope="col" className="num">
                  {t('billing.statement.balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td />
                <td>{t('billing.statement.opening')}</td>
                <td />
                <td />
                <td className="num">{money(part.opening)}</td>
              </tr>
              {part.entries.map((entry, index) => (
                <tr key={`${entry.documentId}-${entry.type}-${index}`}>
                  <td>{day(entry.date)}</td>
                  <td>
                    {entryLabel(entry)}
                    {entry.reference ? ` · ${entry.reference}` : ''}
                  </td>
                  <td className="num">{entry.debit.amount ? money(entry.debit) : ''}</td>
                  <td className="num">{entry.credit.amount ? money(entry.credit) : ''}</td>
                  <td className="num">{money(entry.balance)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4} className="num">
                  {t('billing.statement.closing')}
                </th>
                <td className="num">
                  <strong>{money(part.closing)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
    </section>
  );
}
