import { Link } from 'react-router-dom';
import type { Order, OrderAddress, OrderReturnSteps } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { money } from '../billing/format.tsx';
import { ReturnStatusBadge } from '../returns/format.tsx';
import { OrderStatusBadge } from './format.tsx';

type TimelineEntry =
  | { kind: 'order'; status: Order['history'][number]['status']; at: string }
  | ({ kind: 'return' } & OrderReturnSteps['items'][number]);

/** The order's status changes and its returns' steps in one list, oldest first (a stable sort keeps ties in order). */
function timelineOf(order: Order, steps: OrderReturnSteps['items']): TimelineEntry[] {
  return [
    ...order.history.map((change) => ({ kind: 'order' as const, ...change })),
    ...steps.map((step) => ({ kind: 'return' as const, ...step })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function Address({ title, address }: { title: string; address: OrderAddress | null }) {
  if (!address) return null;
  return (
    <div>
      <h3>{title}</h3>
      <address>
        {[
          address.name,
          address.company,
          address.line1,
          address.line2,
          [address.postalCode, address.city].filter(Boolean).join(' '),
          address.region,
          address.country,
        ]
          .filter(Boolean)
          .map((part, index) => (
            <span key={index}>
              {part}
              <br />
            </span>
          ))}
      </address>
    </div>
  );
}

/**
 * One order as both sides read it: the status timeline (with its returns' steps when `returnBase` is given: the
 * returns module is on), shipments with tracking links, lines and totals, addresses.
 */
export function OrderView({
  order,
  ticketPath,
  returnBase,
}: {
  order: Order;
  ticketPath: (id: string) => string;
  returnBase: string | null;
}) {
  const steps = useResource<OrderReturnSteps>(returnBase ? `/orders/${order.id}/return-steps` : null);
  const timeline = timelineOf(order, steps.data?.items ?? []);
  return (
    <div className="order stack">
      <section className="panel" aria-labelledby="order-timeline">
        <h2 id="order-timeline">{t('orders.timeline')}</h2>
        <ol className="order-timeline">
          {timeline.map((entry, index) => (
            <li
              key={index}
              className={entry.kind === 'return' ? 'order-timeline-return' : undefined}
              aria-current={index === timeline.length - 1 ? 'step' : undefined}
            >
              {entry.kind === 'order' ? (
                <OrderStatusBadge status={entry.status} />
              ) : (
                <>
                  <Link to={`${returnBase}/${entry.returnId}`}>
                    {t('orders.timelineReturn', { number: entry.number })}
                  </Link>{' '}
                  <ReturnStatusBadge status={entry.status} />
                </>
              )}{' '}
              <time dateTime={entry.at} className="small muted">
                {formatDateTime(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="order-shipments">
        <h2 id="order-shipments">{t('orders.shipments')}</h2>
        {order.shipments.length ? (
          <ul className="order-shipments">
            {order.shipments.map((shipment, index) => (
              <li key={index}>
                <strong>{shipment.carrier}</strong> <span className="break-all">{shipment.trackingNumber}</span>
                {shipment.shippedAt ? (
                  <span className="small muted">
                    {' '}
                    · {t('orders.shippedAt', { date: formatDateTime(shipment.shippedAt) })}
                  </span>
                ) : null}
                {shipment.deliveredAt ? (
                  <span className="small muted">
                    {' '}
                    · {t('orders.deliveredAt', { date: formatDateTime(shipment.deliveredAt) })}
                  </span>
                ) : null}
                {shipment.trackingUrl ? (
                  <div>
                    <a href={shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
                      {t('orders.track', { number: shipment.trackingNumber })}
                    </a>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('orders.noShipments')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="order-lines">
        <h2 id="order-lines">{t('orders.lines')}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('orders.lines')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('orders.col.item')}</th>
                <th scope="col" className="num">
                  {t('orders.col.quantity')}
                </th>
                <th scope="col" className="num order-lines__unit">
                  {t('orders.col.unitPrice')}
                </th>
                <th scope="col" className="num">
                  {t('orders.col.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line, index) => (
                <tr key={index}>
                  <td>
                    {line.name}
                    <div className="small muted">{line.sku}</div>
                  </td>
                  <td className="num">{line.quantity}</td>
                  <td className="num order-lines__unit">{money(line.unitPrice)}</td>
                  <td className="num">{money(line.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="num">
                  {t('orders.subtotal')}
                </th>
                <td className="order-lines__unit" />
                <td className="num">{money(order.subtotal)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2} className="num">
                  {t('orders.tax')}
                </th>
                <td className="order-lines__unit" />
                <td className="num">{money(order.tax)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2} className="num">
                  {t('orders.total')}
                </th>
                <td className="order-lines__unit" />
                <td className="num">
                  <strong>{money(order.total)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      {order.shippingAddress || order.billingAddress ? (
        <section className="panel order-addresses" aria-label={t('orders.addresses')}>
          <Address title={t('orders.shippingAddress')} address={order.shippingAddress} />
          <Address title={t('orders.billingAddress')} address={order.billingAddress} />
        </section>
      ) : null}
      {order.ticketIds.length ? (
        <section className="panel" aria-labelledby="order-tickets">
          <h2 id="order-tickets">{t('orders.tickets')}</h2>
          <ul>
            {order.ticketIds.map((id, index) => (
              <li key={id}>
                <Link to={ticketPath(id)}>{t('orders.ticketLink', { n: index + 1 })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
