import type { z } from 'zod';
import { currencyExponent, type Checkout, type CreateCheckout } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import { accountScopeOf, scopeParams } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { idempotencyKeyReused } from '../../../platform/http/idempotency.ts';
import { newId } from '../../../platform/ids.ts';
import { mailBaseFor } from '../../branding/index.ts';
import {
  paymentsOff,
  stripeAmountProblem,
  stripeClient,
  stripeUnavailable,
  type StripeConfig,
} from '../payments/stripe-client.ts';
import { billingPolicy } from '../policy.ts';
import { balanceOf } from '../presenters.ts';
import {
  accountCredit,
  findCheckout,
  findCheckoutByKey,
  insertCheckout,
  setCheckoutSession,
  type CheckoutRow,
} from '../repository-payments.ts';
import type { DocumentRow } from '../repository-documents.ts';
import { findProfile } from '../repository-setup.ts';
import { loadDocument } from './load.ts';

const money = (amount: number, currency: string) => ({ amount, currency });

function presentCheckout(row: CheckoutRow, url: string | null = null): Checkout {
  return {
    id: row.id,
    accountId: row.account_id,
    status: row.status,
    amount: money(row.amount, row.currency),
    amountReceived: row.amount_received === null ? null : money(row.amount_received, row.currency),
    documentIds: row.document_ids,
    url: row.status === 'open' ? url : null,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/**
 * A Checkout Session for open invoices of one account and one currency. Every amount is the server's: each
 * invoice's balance now. The row is written before Stripe is asked, so the webhook always finds it; if Stripe fails
 * the row is marked failed and the caller gets a 503 (nothing was charged).
 *
 * With an Idempotency-Key (the web sends one per click), a repeat by the same person answers with the first
 * checkout's session instead of opening a second: the key is unique per user on the checkout row, and a repeat that
 * arrives while the first is still asking Stripe asks again with the first row's id as Stripe's idempotency key and
 * its stored amounts, so Stripe itself hands back the one session.
 */
export async function createCheckoutUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: z.infer<typeof CreateCheckout>,
  idempotencyKey: string | null = null,
): Promise<Checkout> {
  const config = ctx.config.stripe;
  const ids = [...new Set(input.documentIds)];
  const rows: DocumentRow[] = [];
  for (const id of ids) {
    const row = await loadDocument(ctx, actor, id);
    // Another account's invoice is missing as far as this account is concerned.
    if (row.account_id !== accountId) throw notFound();
    rows.push(row);
  }
  // After the lookups, so another account's invoice is 404 here too, with or without keys.
  if (!config) throw paymentsOff();
  if (actor.staffRole !== null) throw forbidden('Online payment is for the account’s people; record payments instead.');
  if (idempotencyKey) {
    const first = await findCheckoutByKey(ctx.db, actor.userId, idempotencyKey);
    if (first) return replayCheckout(ctx, config, first, rows, accountId);
  }
  const currencies = new Set(rows.map((row) => row.currency));
  if (currencies.size > 1) throw conflict('Pay invoices of one currency at a time.', 'mixed_currencies');
  const facts = (row: (typeof rows)[number]) => ({
    accountId: row.account_id,
    kind: row.kind,
    status: row.status,
    amountPaid: row.amount_paid,
    open: balanceOf(row),
    onlinePayment: true,
  });
  const unpayable = rows.find((row) => !billingPolicy.canPay(actor, facts(row)));
  if (unpayable)
    throw conflict(`Invoice ${unpayable.number ?? unpayable.id} has nothing left to pay online.`, 'not_payable');
  const currency = rows[0]!.currency;
  const lineAmounts = rows.map(balanceOf);
  const amount = lineAmounts.reduce((sum, line) => sum + line, 0);
  const problem = stripeAmountProblem(amount, currencyExponent(currency));
  if (problem) throw conflict(problem, 'currency_not_supported');

  const id = newId();
  const inserted = await insertCheckout(ctx.db, {
    id,
    account_id: accountId,
    currency,
    amount,
    document_ids: ids,
    line_amounts: lineAmounts,
    created_by: actor.userId,
    idempotency_key: idempotencyKey,
    now: ctx.clock.now(),
  });
  if (!inserted) {
    // A concurrent request with the same key wrote its row first: answer with its session.
    const first = await findCheckoutByKey(ctx.db, actor.userId, idempotencyKey!);
    if (!first)
      throw conflict('A request with this Idempotency-Key is still being processed.', 'idempotency_in_progress');
    return replayCheckout(ctx, config, first, rows, accountId);
  }
  const row = await openSession(ctx, config, (await findCheckout(ctx.db, id, accountId, [true, []]))!, rows);
  return presentCheckout(row, row.session_url);
}

/** The first checkout under this key, for the same invoices; its session is asked for if it has none yet. */
async function replayCheckout(
  ctx: AppContext,
  config: StripeConfig,
  first: CheckoutRow,
  rows: DocumentRow[],
  accountId: string,
) {
  const sameRequest =
    first.account_id === accountId &&
    first.document_ids.length === rows.length &&
    rows.every((row) => first.document_ids.includes(row.id));
  if (!sameRequest) throw idempotencyKeyReused();
  if (first.stripe_session_id || first.status !== 'open') return presentCheckout(first, first.session_url);
  const ordered = first.document_ids.map((id) => rows.find((row) => row.id === id)!);
  const row = await openSession(ctx, config, first, ordered);
  return presentCheckout(row, row.session_url);
}

/** Asks Stripe for the checkout's session (our row id is Stripe's idempotency key) and keeps its id and page. */
async function openSession(ctx: AppContext, config: StripeConfig, checkout: CheckoutRow, rows: DocumentRow[]) {
  // The payer comes back to their segment's portal (its domain, where their session is).
  const base = await mailBaseFor(ctx, ctx.db, { accountId: checkout.account_id });
  const returnUrl = `${base}/billing/pay/${checkout.account_id}/${checkout.id}`;
  const amounts = checkout.line_amounts ?? rows.map(balanceOf);
  let session;
  try {
    session = await (
      await stripeClient(config)
    ).checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: checkout.id,
        metadata: { portico_checkout: checkout.id, portico_account: checkout.account_id },
        payment_intent_data: { metadata: { portico_checkout: checkout.id } },
        line_items: rows.map((row, index) => ({
          quantity: 1,
          price_data: {
            currency: checkout.currency.toLowerCase(),
            unit_amount: Number(amounts[index]),
            product_data: { name: `Invoice ${row.number}` },
          },
        })),
        success_url: returnUrl,
        cancel_url: `${returnUrl}?cancelled=1`,
      },
      // Our id as the key: a retry of this call (the client's own, or a repeat of the request) gets the same session.
      { idempotencyKey: `checkout-${checkout.id}` },
    );
  } catch (error) {
    ctx.logger.warn({ err: error, checkoutId: checkout.id }, 'Stripe checkout session creation failed');
    await setCheckoutSession(ctx.db, checkout.id, null);
    throw stripeUnavailable(error);
  }
  await setCheckoutSession(ctx.db, checkout.id, { id: session.id, url: session.url });
  return (await findCheckout(ctx.db, checkout.id, checkout.account_id, [true, []]))!;
}

/** A checkout of the caller's account: the return page polls it until the webhook has confirmed the payment. */
export async function getCheckoutUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const row = await findCheckout(ctx.db, id, accountId, scopeParams(accountScopeOf(actor)));
  if (!row) throw notFound();
  return presentCheckout(row);
}

export async function accountCreditUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  const scope = scopeParams(accountScopeOf(actor));
  if (!(await findProfile(ctx.db, accountId, scope))) throw notFound();
  const rows = await accountCredit(ctx.db, accountId, scope);
  return { items: rows.map((row) => money(row.amount, row.currency)) };
}
