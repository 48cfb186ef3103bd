import type { z } from 'zod';
import type { BillingTotals } from '../../../contract/index.ts';
import type { Query } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { money } from './format.tsx';

/** The totals of the filtered list, one line per currency (amounts in different currencies are never added). */
export function ListTotals({ filters }: { filters: Query }) {
  const totals = useResource<z.infer<typeof BillingTotals>>('/billing-documents/totals', filters);
  if (!totals.data?.items.length) return null;
  return (
    <dl className="billing-totals" aria-label={t('billing.totals.label')}>
      {totals.data.items.map((row) => (
        <div key={row.currency}>
          <dt className="sr-only">{row.currency}</dt>
          <dd>{t('billing.totals.row', { count: row.count, total: money(row.total), balance: money(row.balance) })}</dd>
        </div>
      ))}
    </dl>
  );
}
