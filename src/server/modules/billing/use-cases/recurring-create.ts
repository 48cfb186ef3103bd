import type { BillingLineInput, CreateSubscription, SubscriptionFromQuote } from '../../../../contract/index.ts';
import { QUANTITY_SCALE } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { recurringPolicy } from '../policy-recurring.ts';
import { periodStart, withinTerm, type Schedule } from '../recurring-schedule.ts';
import { findCatalogItems } from '../repository-catalog.ts';
import { listLines } from '../repository-documents.ts';
import {
  findSubscriptionOfQuote,
  insertSubscription,
  type SubscriptionLineRow,
  type SubscriptionRow,
} from '../repository-recurring.ts';
import { findProfile } from '../repository-setup.ts';
import { computeFromInput, loadDocument } from './load.ts';
import { getSubscriptionUseCase } from './recurring-read.ts';

type Terms = Omit<CreateSubscription, 'lines' | 'name'> & { name: string };

export const scheduleOf = (row: SubscriptionRow): Schedule => ({
  unit: row.interval_unit,
  every: row.interval_count,
  dayOfMonth: row.day_of_month,
  startDate: row.start_date,
  endDate: row.end_date,
  count: row.period_count,
});

/** The invoice lines of a subscription's lines (quantities back in units, as staff type them). */
export const invoiceLinesOf = (lines: SubscriptionLineRow[]): BillingLineInput[] =>
  lines.map((line) => ({
    description: line.description,
    quantity: Number(line.quantity) / QUANTITY_SCALE,
    unitPrice: Number(line.unit_price),
    taxRateIds: line.tax_rate_ids,
  }));

/** Catalogue lines take the item's name, its price in the subscription's currency and its tax rate. */
async function resolveLines(db: Queryable, lines: CreateSubscription['lines'], currency: string) {
  const ids = lines.flatMap((line) => (line.catalogItemId ? [line.catalogItemId] : []));
  const items = new Map((await findCatalogItems(db, ids)).map((item) => [item.id, item]));
  const errors: FieldError[] = [];
  const resolved = lines.map((line, index): SubscriptionLineRow => {
    if (!line.catalogItemId)
      return {
        position: index,
        catalog_item_id: null,
        // The contract requires both on a line without a catalogue item.
        description: line.description!,
        quantity: Math.round(line.quantity * QUANTITY_SCALE),
        unit_price: line.unitPrice!,
        tax_rate_ids: [...new Set(line.taxRateIds)],
      };
    const item = items.get(line.catalogItemId);
    const price = item?.prices[currency];
    if (!item || item.archived_at || price === undefined)
      errors.push({
        path: `lines.${index}.catalogItemId`,
        code: item ? 'no_price_in_currency' : 'unknown_catalog_item',
        message: item
          ? `This item has no price in ${currency}.`
          : 'Choose a current product or service from the catalogue.',
      });
    return {
      position: index,
      catalog_item_id: line.catalogItemId,
      description: item?.name ?? '',
      quantity: Math.round(line.quantity * QUANTITY_SCALE),
      unit_price: price ?? 0,
      tax_rate_ids: item?.tax_rate_id ? [item.tax_rate_id] : line.taxRateIds,
    };
  });
  if (errors.length) throw invalid(errors);
  return resolved;
}

/** Inserts the subscription after checking its figures (tax rates current, totals in range) and its first period. */
async function create(
  ctx: AppContext,
  actor: Actor,
  target: { accountId: string; currency: string; sourceDocumentId: string | null },
  terms: Terms,
  lines: SubscriptionLineRow[],
  lockSource?: (tx: Queryable) => Promise<void>,
) {
  const computed = await computeFromInput(ctx.db, {
    notes: terms.notes,
    dueDate: null,
    paymentTermsId: null,
    discount: null,
    lines: invoiceLinesOf(lines),
  });
  const schedule: Schedule = {
    unit: terms.interval.unit,
    every: terms.interval.every,
    dayOfMonth: terms.interval.dayOfMonth,
    startDate: terms.startDate,
    endDate: terms.endDate,
    count: terms.count,
  };
  const first = periodStart(schedule, 0);
  if (!withinTerm(schedule, first, 0))
    throw fieldError('endDate', 'no_period', `The first billing date (${first}) is after the end date.`);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await lockSource?.(tx);
    await insertSubscription(
      tx,
      {
        id,
        ...target,
        name: terms.name,
        unit: schedule.unit,
        every: schedule.every,
        dayOfMonth: schedule.dayOfMonth,
        startDate: schedule.startDate,
        endDate: schedule.endDate,
        count: schedule.count,
        nextPeriodStart: first,
        autoSend: terms.autoSend,
        autoCharge: terms.autoCharge,
        notes: terms.notes,
        total: computed.total,
        createdBy: actor.userId,
        now,
      },
      lines,
    );
    await recordAudit(tx, {
      action: 'billing.subscription_created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_subscription', id, label: terms.name },
      accountId: target.accountId,
      details: { total: computed.total, currency: target.currency, interval: terms.interval, first },
      occurredAt: now,
    });
  });
  return getSubscriptionUseCase(ctx, actor, target.accountId, id);
}

/** A subscription for an account, in the account's billing currency; its first period is billed by the sweep. */
export async function createSubscriptionUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateSubscription,
) {
  const profile = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!profile) throw notFound();
  if (!recurringPolicy.canManageSubscriptions(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  if (!profile.currency)
    throw conflict(
      'Set up the billing profile of this account (currency, legal name) first.',
      'billing_profile_missing',
    );
  const lines = await resolveLines(ctx.db, input.lines, profile.currency);
  return create(ctx, actor, { accountId, currency: profile.currency, sourceDocumentId: null }, input, lines);
}

/**
 * An accepted quote becomes a subscription: its accepted lines (all, or the positions staff chose, e.g. the
 * recurring ones) are billed every period in the quote's currency. Line discounts are not carried over. One quote,
 * one subscription (409 the second time, checked under the quote's row lock and by a unique index).
 */
export async function subscriptionFromQuoteUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  input: SubscriptionFromQuote,
) {
  const quote = await loadDocument(ctx, actor, documentId);
  if (!recurringPolicy.canManageSubscriptions(actor)) throw forbidden();
  requireModule(actor, quote.account_id, 'billing');
  if (quote.kind !== 'quote' || quote.status !== 'accepted')
    throw conflict('Only an accepted quote can become a subscription.', 'quote_not_accepted');
  // The lines the client accepted: an optional line left unticked is not part of the deal.
  const all = (await listLines(ctx.db, documentId)).filter((line) => line.selected);
  const chosen = input.linePositions ? all.filter((line) => input.linePositions!.includes(line.position)) : all;
  if (!chosen.length || (input.linePositions && chosen.length !== new Set(input.linePositions).size))
    throw fieldError('linePositions', 'unknown_line', 'Choose lines of the quote.');
  const lines = chosen.map((line, index) => ({
    position: index,
    catalog_item_id: null,
    description: line.description,
    quantity: line.quantity,
    unit_price: line.unit_price,
    tax_rate_ids: line.tax_rates.map((rate) => rate.id),
  }));
  const name = input.name ?? `${quote.number ?? 'Quote'}: ${chosen[0]!.description}`.slice(0, 120);
  return create(
    ctx,
    actor,
    { accountId: quote.account_id, currency: quote.currency, sourceDocumentId: documentId },
    { ...input, name },
    lines,
    async (tx) => {
      await loadDocument(ctx, actor, documentId, tx, true);
      if (await findSubscriptionOfQuote(tx, documentId))
        throw conflict('This quote already became a subscription.', 'already_subscribed');
    },
  );
}
