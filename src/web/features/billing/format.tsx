import type { BillingDocumentStatus, BillingDocumentSummary, Money } from '../../../contract/index.ts';
import { displayMoney } from '../../../contract/index.ts';
import { formatDate, t, viewerLocale } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';

/** Money in the viewer's locale, always with the currency's own number of decimals. */
export const money = (value: Money) => displayMoney(value.amount, value.currency, viewerLocale());
export const day = (value: string | null) => (value ? formatDate(`${value}T00:00:00Z`, { timeZone: 'UTC' }) : '—');

const TONE: Record<BillingDocumentStatus, 'neutral' | 'success' | 'warning'> = {
  draft: 'neutral',
  sent: 'neutral',
  paid: 'success',
  void: 'neutral',
  accepted: 'success',
  declined: 'warning',
};

export function StatusBadge({
  document,
}: {
  document: Pick<BillingDocumentSummary, 'status' | 'overdue'> & { expired?: boolean };
}) {
  if (document.overdue) return <Badge tone="warning">{t('billing.overdue')}</Badge>;
  if (document.expired) return <Badge tone="warning">{t('billing.expired')}</Badge>;
  return <Badge tone={TONE[document.status]}>{t(`billing.status.${document.status}`)}</Badge>;
}

export const titleOf = (document: Pick<BillingDocumentSummary, 'kind' | 'number'>) =>
  `${t(`billing.kind.${document.kind}`)} ${document.number ?? t('billing.draftNumber')}`;
