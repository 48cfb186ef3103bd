import type { AppContext } from '../../../platform/context.ts';
import { isDatabaseUnavailable, type Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { startPeriodic } from '../../../platform/periodic.ts';
import { recordAudit } from '../../audit/index.ts';
import { modulesOfAccount } from '../../segments/index.ts';
import { periodEnd, periodStart, withinTerm } from '../recurring-schedule.ts';
import { findDocument, insertDocument } from '../repository-documents.ts';
import {
  advanceSubscription,
  claimPeriod,
  findSubscription,
  listDueAutoSendSubscriptions,
  listSubscriptionLines,
  setPeriodDocument,
  type SubscriptionRow,
} from '../repository-recurring.ts';
import { findProfile } from '../repository-setup.ts';
import { computeFromInput, todayOf } from './load.ts';
import { invoiceLinesOf, scheduleOf } from './recurring-create.ts';
import { issueDraftInTransaction } from './send-document.ts';
import { queueAutoCharge } from './auto-charge.ts';
import { billDraftBatch, type BatchResult } from './recurring-batch.ts';

/** Subscriptions per batch transaction (and per page of auto-send ones): a few statements bill a whole batch. */
const BATCH = 200;
/** The sweep acts for the portal, not for a person: the whole scope. */
const ALL: [boolean, string[]] = [true, []];

type Outcome = 'billed' | 'skipped' | 'none';

/** Makes the period's invoice: a draft, or sent through the send path (number, PDF, mail) when auto-send is on. */
async function invoicePeriod(
  ctx: AppContext,
  tx: Queryable,
  row: SubscriptionRow,
  period: { start: string; end: string },
  now: Date,
  stored: string[],
) {
  const profile = await findProfile(tx, row.account_id, ALL);
  const computed = await computeFromInput(tx, {
    notes: [`${row.name}: ${period.start} – ${period.end}`, row.notes].filter(Boolean).join('\n'),
    dueDate: null,
    paymentTermsId: profile?.payment_terms_id ?? null,
    discount: null,
    lines: invoiceLinesOf(await listSubscriptionLines(tx, row.id)),
  });
  const id = newId();
  await insertDocument(
    tx,
    {
      id,
      accountId: row.account_id,
      kind: 'invoice',
      currency: row.currency,
      language: profile?.language ?? 'en',
      // The staff member who set the subscription up (null once they are deleted: the column allows it).
      createdBy: row.created_by as string,
      now,
    },
    computed,
  );
  await setPeriodDocument(tx, row.id, period.start, id);
  if (!row.auto_send) return id;
  const draft = (await findDocument(tx, id, ALL, todayOf(now), false, true))!;
  await issueDraftInTransaction(ctx, tx, draft, now, null, stored);
  // The saved card is charged by the auto-charge job (use-cases/auto-charge.ts), queued with the invoice.
  if (row.auto_charge) await queueAutoCharge(tx, id, now);
  return id;
}

/**
 * Bills the next due period of one subscription, in one transaction under its row lock: the period is claimed by
 * inserting its (subscription, period_start) row, the invoice made (and sent), the subscription moved on. Another
 * process sweeping at the same time waits for the lock and then sees the period gone; a crash rolls everything
 * back, so the period is billed by the next sweep, once.
 */
async function billNextPeriod(ctx: AppContext, id: string): Promise<Outcome> {
  const now = ctx.clock.now();
  const today = todayOf(now);
  const stored: string[] = [];
  try {
    return await ctx.db.transaction(async (tx): Promise<Outcome> => {
      const row = await findSubscription(tx, id, null, ALL, true);
      if (!row || row.status !== 'active' || !row.next_period_start || row.next_period_start > today) return 'none';
      const schedule = scheduleOf(row);
      const index = row.next_index;
      const period = { start: row.next_period_start, end: periodEnd(schedule, index) };
      const nextStart = periodStart(schedule, index + 1);
      // An account whose segment no longer has billing is not billed; its periods pass as skipped.
      const billingOn = (await modulesOfAccount(tx, row.account_id)).includes('billing');
      const claimed = await claimPeriod(tx, {
        subscriptionId: id,
        periodStart: period.start,
        periodEnd: period.end,
        documentId: null,
        now,
      });
      const billed = claimed && billingOn ? 1 : 0;
      const documentId = billed ? await invoicePeriod(ctx, tx, row, period, now, stored) : null;
      const more = withinTerm(schedule, nextStart, row.periods_billed + billed);
      await advanceSubscription(tx, id, { index: index + 1, start: more ? nextStart : null, billed }, now);
      if (billed)
        await recordAudit(tx, {
          action: 'billing.subscription_billed',
          actor: null,
          target: { type: 'billing_subscription', id, label: row.name },
          accountId: row.account_id,
          details: { periodStart: period.start, periodEnd: period.end, documentId, autoSend: row.auto_send },
          occurredAt: now,
        });
      return billed ? 'billed' : 'skipped';
    });
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/** Bills every due period of one subscription one by one; false (logged) when it failed and stays due. */
async function billOneByOne(ctx: AppContext, id: string, result: Record<'billed' | 'skipped', number>) {
  try {
    for (let outcome = await billNextPeriod(ctx, id); outcome !== 'none'; outcome = await billNextPeriod(ctx, id))
      result[outcome] += 1;
    return true;
  } catch (error) {
    ctx.logger.error({ err: error, subscriptionId: id }, 'recurring billing of a subscription failed');
    return false;
  }
}

/**
 * One pass of recurring billing: every active subscription with periods due is billed period by period up to
 * today, so a process that was down bills the missed periods, each once (a subscription with several due comes
 * back in the next batch for the next one). Draft subscriptions are billed in batches (recurring-batch.ts); a batch
 * that fails is rolled back whole and its subscriptions billed one by one, so one bad subscription (an archived
 * tax rate, a constraint) costs the others nothing. Auto-send subscriptions go one by one through the send path.
 * A subscription that fails is logged and left due for the next pass; the others go on. Safe in several processes.
 */
export async function runRecurringBilling(ctx: AppContext, options: { batchSize?: number } = {}) {
  const batchSize = options.batchSize ?? BATCH;
  const result = { billed: 0, skipped: 0 };
  // Failed in this pass: not claimed again by it (else a bad subscription would come back in every batch).
  const failed = new Set<string>();
  for (;;) {
    const claimed: string[] = [];
    let batch: BatchResult;
    try {
      batch = await billDraftBatch(ctx, [...failed], batchSize, claimed);
    } catch (error) {
      // No database: nothing one by one would do better; the periodic runner logs it and the next pass retries.
      if (isDatabaseUnavailable(error) || !claimed.length) throw error;
      ctx.logger.warn({ err: error, subscriptions: claimed.length }, 'recurring batch failed; billing it one by one');
      batch = { billed: 0, skipped: 0, unbillable: claimed };
    }
    if (!claimed.length) break;
    result.billed += batch.billed;
    result.skipped += batch.skipped;
    for (const id of batch.unbillable) if (!(await billOneByOne(ctx, id, result))) failed.add(id);
  }
  const today = todayOf(ctx.clock.now());
  let after: [string, string] | null = null;
  for (;;) {
    const due = await listDueAutoSendSubscriptions(ctx.db, today, after, BATCH);
    for (const candidate of due) await billOneByOne(ctx, candidate.id, result);
    if (due.length < BATCH) break;
    const last = due[due.length - 1]!;
    after = [last.next_period_start, last.id];
  }
  return result;
}

/** Runs the sweep every `intervalSeconds` (0: never) on the periodic runner; returns the stop function. */
export function startRecurringBilling(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'recurring billing', intervalSeconds * 1000, () => runRecurringBilling(ctx));
}
