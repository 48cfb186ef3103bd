import type { PaymentMethodSetup, SavedPaymentMethodList } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { mailBaseFor } from '../../branding/index.ts';
import { cardExpiryOf } from '../card-expiry-schedule.ts';
import { paymentsOff, stripeClient, stripeUnavailable, type StripeConfig } from '../payments/stripe-client.ts';
import { billingPolicy } from '../policy.ts';
import {
  findStripeCustomer,
  insertSetupSession,
  insertStripeCustomer,
  listPaymentMethods,
  lockPaymentMethod,
  markPaymentMethodDefault,
  markPaymentMethodRemoved,
  setSetupSession,
} from '../repository-autopay.ts';
import { findProfile } from '../repository-setup.ts';

async function accountInScope(ctx: AppContext, actor: Actor, accountId: string) {
  const profile = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!profile) throw notFound();
  return profile;
}

/** The account's saved cards: its people and staff in scope read them (brand, last 4, expiry). */
export async function listPaymentMethodsUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
): Promise<SavedPaymentMethodList> {
  const profile = await accountInScope(ctx, actor, accountId);
  const rows = await listPaymentMethods(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  const online = ctx.config.stripe !== null;
  const now = ctx.clock.now();
  return {
    items: rows.map((row, index) => {
      const expiry = cardExpiryOf(row.exp_month, row.exp_year, now);
      return {
        id: row.id,
        brand: row.brand,
        last4: row.last4,
        expMonth: row.exp_month,
        expYear: row.exp_year,
        usedForAutoCharge: index === 0,
        expiry,
        createdAt: row.created_at.toISOString(),
        abilities: {
          remove: online && billingPolicy.canManagePaymentMethods(actor, accountId),
          makeDefault: index > 0 && billingPolicy.canManagePaymentMethods(actor, accountId),
          replace: billingPolicy.canReplaceCard(actor, accountId, { usedForAutoCharge: index === 0, expiry }, online),
        },
      };
    }),
    canSave: online && billingPolicy.canSavePaymentMethod(actor, accountId),
    autoCharge: profile.auto_charge,
  };
}

/** The account's Stripe Customer, made on first use (our account id as Stripe's idempotency key: one customer). */
async function customerOf(ctx: AppContext, config: StripeConfig, accountId: string, name: string) {
  const existing = await findStripeCustomer(ctx.db, accountId);
  if (existing) return existing;
  const customer = await (
    await stripeClient(config)
  ).customers.create({ name, metadata: { portico_account: accountId } }, { idempotencyKey: `customer-${accountId}` });
  await insertStripeCustomer(ctx.db, accountId, customer.id, ctx.clock.now());
  return (await findStripeCustomer(ctx.db, accountId))!;
}

/**
 * A person of the account saves a card: a Checkout Session in setup mode on the account's Stripe Customer. The
 * card is recorded when Stripe's signed webhook says the setup completed, never from the return page.
 */
export async function startPaymentMethodSetupUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
): Promise<PaymentMethodSetup> {
  const profile = await accountInScope(ctx, actor, accountId);
  const config = ctx.config.stripe;
  if (!config) throw paymentsOff();
  if (!billingPolicy.canSavePaymentMethod(actor, accountId))
    throw forbidden('The account’s people save their cards themselves.');
  const id = newId();
  await insertSetupSession(ctx.db, { id, account_id: accountId, created_by: actor.userId, now: ctx.clock.now() });
  // The person comes back to their segment's portal (its domain, where their session is).
  const base = await mailBaseFor(ctx, ctx.db, { accountId });
  try {
    const customer = await customerOf(ctx, config, accountId, profile.legal_name ?? profile.account_name);
    const session = await (
      await stripeClient(config)
    ).checkout.sessions.create(
      {
        mode: 'setup',
        customer,
        payment_method_types: ['card'],
        client_reference_id: id,
        metadata: { portico_setup: id, portico_account: accountId },
        success_url: `${base}/billing?card=saved`,
        cancel_url: `${base}/billing?card=cancelled`,
      },
      { idempotencyKey: `setup-${id}` },
    );
    await setSetupSession(ctx.db, id, session.id);
    return { id, url: session.url! };
  } catch (error) {
    ctx.logger.warn({ err: error, setupId: id }, 'Stripe setup session creation failed');
    await setSetupSession(ctx.db, id, null);
    throw stripeUnavailable(error);
  }
}

/** Removes a saved card: detached from the Stripe Customer first, so it can never be charged again. */
export async function removePaymentMethodUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const scope = scopeParams(accountScopeOf(actor));
  await accountInScope(ctx, actor, accountId);
  if (!(await lockPaymentMethod(ctx.db, id, accountId, scope))) throw notFound();
  const config = ctx.config.stripe;
  if (!config) throw paymentsOff();
  if (!billingPolicy.canManagePaymentMethods(actor, accountId)) throw forbidden();
  const row = (await lockPaymentMethod(ctx.db, id, accountId, scope))!;
  // Stripe first, outside a transaction (no row held across a network call): once detached it cannot be charged.
  try {
    await (await stripeClient(config)).paymentMethods.detach(row.stripe_payment_method_id);
  } catch (error) {
    // Already detached at Stripe (a concurrent removal, or removed there): the card is gone either way.
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 400 && status !== 404) throw stripeUnavailable(error);
  }
  await ctx.db.transaction(async (tx) => {
    if (!(await lockPaymentMethod(tx, id, accountId, scope))) return; // a concurrent removal recorded it
    const now = ctx.clock.now();
    await markPaymentMethodRemoved(tx, id, now);
    await recordAudit(tx, {
      action: 'billing.payment_method_removed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_payment_method', id, label: `${row.brand} •••• ${row.last4}` },
      accountId,
      details: { brand: row.brand, last4: row.last4 },
      occurredAt: now,
    });
  });
}

/** Chooses the card charged automatically (the account's people, or owners and admins for them). */
export async function setDefaultPaymentMethodUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const scope = scopeParams(accountScopeOf(actor));
  await accountInScope(ctx, actor, accountId);
  if (!(await lockPaymentMethod(ctx.db, id, accountId, scope))) throw notFound();
  if (!billingPolicy.canManagePaymentMethods(actor, accountId)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const row = await lockPaymentMethod(tx, id, accountId, scope);
    if (!row) throw notFound(); // removed meanwhile
    const now = ctx.clock.now();
    await markPaymentMethodDefault(tx, id, now);
    await recordAudit(tx, {
      action: 'billing.payment_method_default_set',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_payment_method', id, label: `${row.brand} •••• ${row.last4}` },
      accountId,
      details: { brand: row.brand, last4: row.last4 },
      occurredAt: now,
    });
  });
  return listPaymentMethodsUseCase(ctx, actor, accountId);
}
