import type { OrderStatus } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';

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

/** The status filter of both order lists (portal and console): any status, or one. */
export function OrderStatusFilter({ value, onChange }: { value: string; onChange: (status: string) => void }) {
  return (
    <SelectField
      label={t('orders.filter.status')}
      name="status"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('orders.filter.anyStatus')}</option>
      {ORDER_STATUS_OPTIONS.map((option) => (
        <option key={option} value={option}>
          {t(`orders.status.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** The search of both order lists: number, SKU or product name. */
export function OrderSearchField({ value, onChange }: { value: string; onChange: (search: string) => void }) {
  return (
    <TextField
      label={t('orders.search')}
      name="q"
      type="search"
      value={value}
      maxLength={100}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
