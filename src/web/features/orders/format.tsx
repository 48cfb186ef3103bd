import type { OrderStatus } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';

export const ORDER_STATUS_OPTIONS: OrderStatus[] = [
  'placed',
  'paid',
  'partially_fulfilled',
  'fulfilled',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
];

const TONE: Record<OrderStatus, 'neutral' | 'success' | 'warning'> = {
  placed: 'neutral',
  paid: 'neutral',
  partially_fulfilled: 'neutral',
  fulfilled: 'neutral',
  shipped: 'neutral',
  delivered: 'success',
  cancelled: 'warning',
  returned: 'warning',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONE[status]}>{t(`orders.status.${status}`)}</Badge>;
}
