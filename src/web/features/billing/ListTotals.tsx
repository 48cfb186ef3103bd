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
  // A live region: the totals follow the filters as they change.
  return (
    <div className="billing-totals" role="status" aria-label={t('billing.totals.label')}>
      {totals.data.items.map((row) => (
        <p key={row.currency}>
          {t('billing.totals.row', { count: row.count, total: money(row.total), balance: money(row.balance) })}
        </p>
      ))}
    </div>
  );
}
