import type Stripe from 'stripe';
import type { Config } from '../../../config.ts';
import { AppError } from '../../../platform/http/errors.ts';

export type StripeConfig = NonNullable<Config['stripe']>;

const clients = new WeakMap<StripeConfig, Promise<Stripe>>();

/**
 * The official client, one per configuration. STRIPE_API_BASE (tests) points it at a local fake through the
 * client's own host/port/protocol options; retries are the client's (idempotency keys make them safe).
 * The package is loaded on first use: its ~150 modules were a tenth of every start, with or without Stripe keys.
 */
export function stripeClient(config: StripeConfig): Promise<Stripe> {
  let client = clients.get(config);
  if (!client) {
    const base = config.apiBase ? new URL(config.apiBase) : null;
    client = import('stripe').then(
      ({ default: StripeClient }) =>
        new StripeClient(config.secretKey, {
          maxNetworkRetries: 2,
          timeout: 20_000,
          ...(base && {
            host: base.hostname,
            port: base.port || (base.protocol === 'https:' ? 443 : 80),
            protocol: base.protocol === 'https:' ? 'https' : 'http',
          }),
        }),
    );
    clients.set(config, client);
  }
  return client;
}

/** A card Stripe refused (Stripe's own error type, read by its `type`: the class lives in the lazily loaded package). */
export function isStripeCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return error instanceof Error && (error as { type?: unknown }).type === 'StripeCardError';
}

/** Stripe could not be reached or refused the call: the caller may try again later, nothing was recorded. */
export const stripeUnavailable = (error: unknown) =>
  new AppError(
    503,
    'payment_provider_unavailable',
    'Service unavailable',
    `The payment provider did not answer: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}. Try again in a moment.`,
  );

/** Online payment is not configured (no Stripe keys): the routes exist, the feature does not. */
export const paymentsOff = () =>
  new AppError(409, 'online_payment_unavailable', 'Conflict', 'Online payment is not set up on this portal.');

/**
 * Stripe takes amounts in the currency's smallest unit like ISO 4217, except that for three-decimal currencies the
 * last digit must be 0 (Stripe's "three-decimal currencies"). Returns why an amount cannot be charged, or null.
 */
export function stripeAmountProblem(amount: number, exponent: number): string | null {
  if (exponent === 3 && amount % 10 !== 0)
    return 'Stripe takes amounts in this currency only in whole hundredths; pay by bank transfer instead.';
  if (exponent > 3) return 'Stripe does not take this currency.';
  return null;
}
