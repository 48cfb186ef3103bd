import type { CatalogItem, Subscription, SubscriptionDetail } from '../../../contract/index.ts';
import { QUANTITY_SCALE } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { recurringPolicy } from './policy-recurring.ts';
import type { CatalogItemRow } from './repository-catalog.ts';
import type { PeriodRow, SubscriptionLineRow, SubscriptionRow } from './repository-recurring.ts';

export function presentCatalogItem(row: CatalogItemRow, actor: Actor): CatalogItem {
  const manage = recurringPolicy.canManageCatalog(actor);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    prices: Object.entries(row.prices)
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    taxRateId: row.tax_rate_id,
    kind: row.kind,
    interval:
      row.interval_unit && row.interval_count
        ? { unit: row.interval_unit, every: row.interval_count, count: row.period_count }
        : null,
    archived: row.archived_at !== null,
    version: row.version,
    abilities: { update: manage, archive: manage },
  };
}

export function presentSubscription(row: SubscriptionRow, actor: Actor): Subscription {
  const live = row.status === 'active';
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    name: row.name,
    status: row.status,
    interval: { unit: row.interval_unit, every: row.interval_count, dayOfMonth: row.day_of_month },
    startDate: row.start_date,
    endDate: row.end_date,
    count: row.period_count,
    periodsBilled: row.periods_billed,
    // A paused plan bills nothing until resumed, so it has no next date to promise.
    nextBillingDate: live ? row.next_period_start : null,
    amount: { amount: Number(row.total), currency: row.currency },
    autoSend: row.auto_send,
    autoCharge: row.auto_charge,
    notes: row.notes,
    sourceDocumentId: row.source_document_id,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    abilities: recurringPolicy.subscriptionAbilities(actor, row.status),
  };
}

export function presentSubscriptionDetail(
  row: SubscriptionRow,
  lines: SubscriptionLineRow[],
  periods: PeriodRow[],
  actor: Actor,
  seesDrafts: boolean,
): SubscriptionDetail {
  return {
    ...presentSubscription(row, actor),
    lines: lines.map((line) => ({
      catalogItemId: line.catalog_item_id,
      description: line.description,
      quantity: Number(line.quantity) / QUANTITY_SCALE,
      unitPrice: { amount: Number(line.unit_price), currency: row.currency },
      taxRateIds: line.tax_rate_ids,
    })),
    periods: periods.map((period) => {
      // People never see drafts: a period whose invoice waits as a draft shows no document to them.
      const visible = period.document_id !== null && (seesDrafts || period.document_status !== 'draft');
      return {
        periodStart: period.period_start,
        periodEnd: period.period_end,
        documentId: visible ? period.document_id : null,
        documentNumber: visible ? period.document_number : null,
      };
    }),
  };
}
