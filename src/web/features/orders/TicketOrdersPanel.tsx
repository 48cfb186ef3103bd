import { Link } from 'react-router-dom';
import type { OrderSummary } from '../../../contract/index.ts';
import type { Page } from '../../api/hooks.ts';
import { useResource } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { money } from '../billing/format.tsx';
import { OrderStatusBadge } from './format.tsx';

/** Beside a ticket in the console: the order(s) the customer filed it about; nothing when there are none. */
export function TicketOrdersPanel({ ticketId }: { ticketId: string }) {
  const orders = useResource<Page<OrderSummary>>('/orders', { ticketId, limit: 5 });
  const items = orders.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section className="panel tc-orders" aria-labelledby="tc-orders-title">
      <h2 id="tc-orders-title">{t('orders.ticketPanel.title')}</h2>
      <ul className="tc-orders__list">
        {items.map((order) => (
          <li key={order.id}>
            <Link to={`/console/orders/${order.id}`}>{t('orders.titleOf', { number: order.number })}</Link>{' '}
            <OrderStatusBadge status={order.status} />
            <div className="small muted">
              {formatDate(order.placedAt)} · {money(order.total)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
