import type { z } from 'zod';
import { currencyExponent, type Checkout, type CreateCheckout } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import { accountScopeOf, scopeParams } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { mailBaseFor } from '../../branding/index.ts';
import { paymentsOff, stripeAmountProblem, stripeClient, stripeUnavailable } from '../payments/stripe-client.ts';
import { billingPolicy } from '../policy.ts';
import { balanceOf } from '../presenters.ts';
import {
  accountCredit,
  findCheckout,
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
 */
export async function createCheckoutUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: z.infer<typeof CreateCheckout>,
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
  if (actor.staffRole !== null) throw forbidden('Online payment is for the account’s people; record payments instead.');
  const unpayable = rows.find((row) => !billingPolicy.canPay(actor, facts(row)));
  if (unpayable)
    throw conflict(`Invoice ${unpayable.number ?? unpayable.id} has nothing left to pay online.`, 'not_payable');
  const currency = rows[0]!.currency;
  const amount = rows.reduce((sum, row) => sum + balanceOf(row), 0);
  const problem = stripeAmountProblem(amount, currencyExponent(currency));
  if (problem) throw conflict(problem, 'currency_not_supported');

  const id = newId();
  const now = ctx.clock.now();
  await insertCheckout(ctx.db, {
    id,
    account_id: accountId,
    currency,
    amount,
    document_ids: ids,
    created_by: actor.userId,
    now,
  });
  // The payer comes back to their segment's portal (its domain, where their session is).
  const base = await mailBaseFor(ctx, ctx.db, { accountId });
  const returnUrl = `${base}/billing/pay/${accountId}/${id}`;
  let session;
  try {
    session = await stripeClient(config).checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: id,
        metadata: { portico_checkout: id, portico_account: accountId },
        payment_intent_data: { metadata: { portico_checkout: id } },
        line_items: rows.map((row) => ({
          quantity: 1,
          price_data: {
            currency: currency.toLowerCase(),
            unit_amount: balanceOf(row),
            product_data: { name: `Invoice ${row.number}` },
          },
        })),
        success_url: returnUrl,
        cancel_url: `${returnUrl}?cancelled=1`,
      },
      // Our id as the key: a retry of this call (the client's own) cannot open a second session.
      { idempotencyKey: `checkout-${id}` },
    );
  } catch (error) {
    ctx.logger.warn({ err: error, checkoutId: id }, 'Stripe checkout session creation failed');
    await setCheckoutSession(ctx.db, id, null);
    throw stripeUnavailable(error);
  }
  await setCheckoutSession(ctx.db, id, session.id);
  const row = await findCheckout(ctx.db, id, accountId, [true, []]);
  return presentCheckout(row!, session.url);
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
