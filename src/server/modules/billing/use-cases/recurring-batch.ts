import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudits, type AuditEntry } from '../../audit/index.ts';
import { periodEnd, periodStart, withinTerm } from '../recurring-schedule.ts';
import {
  advanceSubscriptions,
  claimDueDraftSubscriptions,
  claimPeriods,
  insertDraftInvoices,
  listLinesOfSubscriptions,
  type DraftInvoice,
} from '../repository-recurring-batch.ts';
import { findTaxRates } from '../repository-setup.ts';
import { computeWithRates, todayOf } from './load.ts';
import { invoiceLinesOf, scheduleOf } from './recurring-create.ts';

export interface BatchResult {
  billed: number;
  skipped: number;
  /** Claimed but left untouched (their invoice cannot be computed): the caller bills them one by one. */
  unbillable: string[];
}

/**
 * Bills the next due period of up to `limit` draft subscriptions (auto-send off) in one transaction, with a few
 * set-based statements instead of a dozen per subscription: claim the subscriptions (FOR UPDATE SKIP LOCKED, so
 * concurrent sweeps share the work instead of waiting), claim their periods (the unique key: a period is billed
 * once, whoever retries), insert the draft invoices and their lines, move the subscriptions on, audit each
 * invoice. All or nothing: a crash or an error rolls the whole batch back and it stays due. A subscription whose
 * invoice cannot be computed (an archived tax rate) is left as it was and returned in `unbillable` for the
 * one-by-one path (which logs why). Drafts get no number, mail, webhook event or charge at creation (those come at
 * their send), so the audit entry is all that happens per invoice here; auto-send subscriptions go through the
 * one-by-one path (recurring-sweep.ts), the send path's number, PDF, mail, event and charge included.
 * `claimed` receives the ids claimed, so that a caller whose batch failed knows which to bill one by one.
 */
export async function billDraftBatch(
  ctx: AppContext,
  excluded: readonly string[],
  limit: number,
  claimed: string[],
): Promise<BatchResult> {
  const now = ctx.clock.now();
  const today = todayOf(now);
  return ctx.db.transaction(async (tx) => {
    const rows = await claimDueDraftSubscriptions(tx, today, excluded, limit);
    claimed.push(...rows.map((row) => row.id));
    const result: BatchResult = { billed: 0, skipped: 0, unbillable: [] };
    if (!rows.length) return result;
    const lines = await listLinesOfSubscriptions(
      tx,
      rows.filter((row) => row.billing_on).map((row) => row.id),
    );
    const rateIds = [...new Set([...lines.values()].flat().flatMap((line) => line.tax_rate_ids))];
    const rates = new Map((await findTaxRates(tx, rateIds)).map((rate) => [rate.id, rate]));
    const due = [];
    const invoices = new Map<string, DraftInvoice>();
    for (const row of rows) {
      const schedule = scheduleOf(row);
      const period = { start: row.next_period_start!, end: periodEnd(schedule, row.next_index) };
      if (row.billing_on)
        try {
          const computed = computeWithRates(rates, {
            notes: [`${row.name}: ${period.start} – ${period.end}`, row.notes].filter(Boolean).join('\n'),
            dueDate: null,
            paymentTermsId: row.payment_terms_id,
            discount: null,
            lines: invoiceLinesOf(lines.get(row.id) ?? []),
          });
          invoices.set(row.id, {
            id: newId(),
            accountId: row.account_id,
            currency: row.currency,
            language: row.language,
            // The staff member who set the subscription up (null once they are deleted: the column allows it).
            createdBy: row.created_by,
            computed,
            subscriptionId: row.id,
            periodStart: period.start,
          });
        } catch {
          result.unbillable.push(row.id);
          continue;
        }
      due.push({ row, schedule, period });
    }
    // Only the periods not claimed before are billed; the others pass as skipped, as in the one-by-one path.
    const fresh = await claimPeriods(
      tx,
      due.map(({ row, period }) => ({ subscriptionId: row.id, ...period })),
      now,
    );
    const billedRows = due.filter(({ row }) => fresh.has(row.id) && invoices.has(row.id));
    await insertDraftInvoices(
      tx,
      billedRows.map(({ row }) => invoices.get(row.id)!),
      now,
    );
    const billed = new Set(billedRows.map(({ row }) => row.id));
    await advanceSubscriptions(
      tx,
      due.map(({ row, schedule }) => {
        const nextStart = periodStart(schedule, row.next_index + 1);
        const count = billed.has(row.id) ? 1 : 0;
        const more = withinTerm(schedule, nextStart, row.periods_billed + count);
        return { id: row.id, index: row.next_index + 1, start: more ? nextStart : null, billed: count };
      }),
      now,
    );
    await recordAudits(
      tx,
      billedRows.map(
        ({ row, period }): AuditEntry => ({
          action: 'billing.subscription_billed',
          actor: null,
          target: { type: 'billing_subscription', id: row.id, label: row.name },
          accountId: row.account_id,
          details: {
            periodStart: period.start,
            periodEnd: period.end,
            documentId: invoices.get(row.id)!.id,
            autoSend: false,
          },
          occurredAt: now,
        }),
      ),
    );
    result.billed = billedRows.length;
    result.skipped = due.length - billedRows.length;
    return result;
  });
}
