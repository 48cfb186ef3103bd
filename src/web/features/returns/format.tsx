import type { ReturnStatus, ReturnSummary } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { Link } from 'react-router-dom';

const TONE: Record<ReturnStatus, 'neutral' | 'success' | 'warning'> = {
  requested: 'neutral',
  approved: 'success',
  rejected: 'warning',
  received: 'neutral',
  inspected: 'neutral',
  refunded: 'success',
  exchanged: 'success',
};

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  return <Badge tone={TONE[status]}>{t(`returns.status.${status}`)}</Badge>;
}

/** The returns of one order, on its page (both sides): number, status, opened. */
export function OrderReturnsList({ orderId, base }: { orderId: string; base: string }) {
  const list = usePagedList<ReturnSummary>('/returns', { orderId });
  if (!list.items.length) return null;
  return (
    <section className="panel" aria-labelledby="order-returns">
      <h2 id="order-returns">{t('returns.ofOrder')}</h2>
      <ul className="order-shipments">
        {list.items.map((item) => (
          <li key={item.id}>
            <Link to={`${base}/${item.id}`}>{item.number}</Link> <ReturnStatusBadge status={item.status} />{' '}
            <span className="small muted">{t('returns.openedOn', { date: formatDate(item.createdAt) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
