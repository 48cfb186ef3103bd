import { QUANTITY_SCALE, type DecideOverage } from '../../../../contract/index.ts';
import { requireModule, accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { emitWebhookEvent } from '../../../platform/webhook-events.ts';
import { t } from '../../../i18n/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { retainerPolicy } from '../policy-retainers.ts';
import { discountToApi } from '../presenters.ts';
import { priceOfMinutes } from '../retainer-burn.ts';
import { findDocument, listLines, writeComputed, type DocumentRow } from '../repository-documents.ts';
import {
  claimApprovedOverages,
  decideOverage,
  findOverage,
  findRetainer,
  insertOverage,
} from '../repository-retainers.ts';
import { findTaxRates } from '../repository-setup.ts';
import { computeFromInput, todayOf } from './load.ts';
import { burnOfRetainer, getRetainerUseCase, loadRetainer, publishRetainerEvent } from './retainers.ts';

/**
 * Staff ask the client to approve the current period's overage not yet asked: one pending request per retainer,
 * computed under the retainer's row lock so two requests at once cannot both cover the same minutes.
 */
export async function requestOverageUseCase(ctx: AppContext, actor: Actor, accountId: string, retainerId: string) {
  await loadRetainer(ctx, actor, accountId, retainerId);
  if (!retainerPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = (await findRetainer(tx, accountId, retainerId, [true, []], true))!;
    const burn = await burnOfRetainer(tx, row, todayOf(now));
    const minutes = burn.figures.unrequestedMinutes;
    if (minutes <= 0) throw conflict('Nothing past the budget waits for approval.', 'no_overage');
    const id = newId();
    const amount = priceOfMinutes(minutes, row.hourly_rate);
    const made = await insertOverage(tx, {
      id,
      retainerId,
      accountId,
      periodStart: burn.period.start,
      periodEnd: burn.period.end,
      minutes,
      amount,
      currency: row.currency,
      requestedBy: actor.userId,
      now,
      taxRateIds: row.tax_rate_ids,
    });
    if (!made) throw conflict('A request for approval is already waiting for the client.', 'overage_pending');
    await recordAudit(tx, {
      action: 'billing.overage_requested',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_retainer_overage', id, label: row.name },
      accountId,
      details: { retainerId, minutes, amount, currency: row.currency, periodStart: burn.period.start },
      occurredAt: now,
    });
    await emitWebhookEvent(
      tx,
      {
        type: 'retainer.overage_requested',
        accountId,
        data: {
          overageId: id,
          retainerId,
          periodStart: burn.period.start,
          periodEnd: burn.period.end,
          minutes,
          amount: { amount, currency: row.currency },
        },
      },
      now,
    );
    await publishRetainerEvent(tx, accountId, retainerId, now);
  });
  return getRetainerUseCase(ctx, actor, accountId, retainerId);
}

/**
 * The client's answer to a waiting request, recorded with who, when, IP and user agent. Only a pending request
 * changes: a replay or a second answer at once is 409 `already_decided`.
 */
export async function decideOverageUseCase(
  ctx: AppContext,
  actor: Actor,
  ids: { accountId: string; retainerId: string; overageId: string },
  approve: boolean,
  input: DecideOverage,
  meta: { ip: string | null; userAgent: string | null },
) {
  const overage = await findOverage(
    ctx.db,
    ids.accountId,
    ids.retainerId,
    ids.overageId,
    scopeParams(accountScopeOf(actor)),
  );
  if (!overage) throw notFound();
  const mayAnswer = retainerPolicy.canApproveOverage(actor, { accountId: ids.accountId, status: 'pending' });
  if (!mayAnswer) throw forbidden('Only an admin of the account may answer for it.', 'not_allowed');
  if (overage.status !== 'pending') throw conflict('This request was already answered.', 'already_decided');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const changed = await decideOverage(tx, ids.overageId, {
      status: approve ? 'approved' : 'declined',
      userId: actor.userId,
      name: actor.name || actor.email,
      comment: input.comment,
      ip: meta.ip,
      userAgent: meta.userAgent,
      now,
    });
    if (!changed) throw conflict('This request was already answered.', 'already_decided');
    await recordAudit(tx, {
      action: approve ? 'billing.overage_approved' : 'billing.overage_declined',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_retainer_overage', id: ids.overageId, label: null },
      accountId: ids.accountId,
      details: { retainerId: ids.retainerId, minutes: overage.minutes, amount: overage.amount },
      occurredAt: now,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await publishRetainerEvent(tx, ids.accountId, ids.retainerId, now);
  });
  return getRetainerUseCase(ctx, actor, ids.accountId, ids.retainerId);
}

const ALL: [boolean, string[]] = [true, []];

/**
 * At an invoice's send, inside its transaction with the draft locked: the account's approved, unbilled overage in
 * the invoice's currency becomes lines of this invoice (claimed for it, so exactly once), and the figures are
 * computed again before the number and the PDF. Returns the row to send (the same one when there was none).
 */
export async function billApprovedOverageInTransaction(
  ctx: AppContext,
  tx: Queryable,
  row: DocumentRow,
  now: Date,
  auditActor: { id: string; label: string } | null,
): Promise<DocumentRow> {
  if (row.kind !== 'invoice') return row;
  const claimed = await claimApprovedOverages(tx, row.account_id, row.currency, row.id, now);
  if (!claimed.length) return row;
  const existing = (await listLines(tx, row.id)).map((line) => ({
    description: line.description,
    quantity: line.quantity / QUANTITY_SCALE,
    unitPrice: line.unit_price,
    discount: discountToApi(line.discount),
    taxRateIds: line.tax_rates.map((rate) => rate.id),
  }));
  // The overage's tax rates as they are now: one archived since the request is left off (a sent invoice only
  // carries live rates) and the audit entry says so.
  const rates = new Map(
    (await findTaxRates(tx, [...new Set(claimed.flatMap((overage) => overage.tax_rate_ids))])).map((rate) => [
      rate.id,
      rate,
    ]),
  );
  const liveRates = (ids: string[]) => ids.filter((id) => rates.get(id) && !rates.get(id)!.archived_at);
  // One line per approved request at its approved amount (quantity 1, net of tax): the client approved that sum,
  // and its taxes are computed like any line's, with the one rounding rule of contract/money.ts.
  const added = claimed.map((overage) => ({
    description: t(
      'billing.retainer.overageLine',
      {
        name: overage.retainer_name,
        from: overage.period_start,
        to: overage.period_end,
        hours: (overage.minutes / 60).toFixed(2),
      },
      row.language,
    ).slice(0, 500),
    quantity: 1,
    unitPrice: overage.amount,
    discount: null,
    taxRateIds: liveRates(overage.tax_rate_ids),
  }));
  const computed = await computeFromInput(tx, {
    notes: row.notes,
    dueDate: row.due_date,
    paymentTermsId: row.payment_terms_id,
    discount: discountToApi(row.discount),
    lines: [...existing, ...added],
  });
  await writeComputed(tx, row.id, computed, now, null);
  for (const overage of claimed) {
    await recordAudit(tx, {
      action: 'billing.overage_billed',
      actor: auditActor,
      target: { type: 'billing_retainer_overage', id: overage.id, label: overage.retainer_name },
      accountId: row.account_id,
      details: {
        invoiceId: row.id,
        amount: overage.amount,
        currency: row.currency,
        minutes: overage.minutes,
        taxRateIds: liveRates(overage.tax_rate_ids),
        archivedTaxRateIds: overage.tax_rate_ids.filter((id) => !liveRates(overage.tax_rate_ids).includes(id)),
      },
      occurredAt: now,
    });
    await publishRetainerEvent(tx, row.account_id, overage.retainer_id, now);
  }
  return (await findDocument(tx, row.id, ALL, todayOf(now), false, true))!;
}
