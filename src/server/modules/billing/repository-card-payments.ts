import type { Queryable } from '../../platform/db/index.ts';

/*
 * Card payments in the portal and 3-D Secure. No caller scope in these queries: the use cases authorize the caller
 * for the invoice first (loadDocument, in scope) and then look up its checkouts by the invoice's id; the webhook
 * acts for Stripe, whose signature was checked.
 */
export interface CardCheckoutRow {
  id: string;
  account_id: string;
  kind: 'card' | 'auto';
  amount: number;
  currency: string;
  stripe_payment_intent: string | null;
  action_url: string | null;
  /** For an automatic charge: its attempt waits on the client's authentication. */
  awaiting_authentication: boolean;
}

/**
 * The invoice's card payment still open: the portal's own ('card') or an automatic charge whose attempt waits on
 * authentication ('auto'). At most one of each; the portal's first.
 */
export async function findOpenCardCheckout(db: Queryable, documentId: string) {
  const { rows } = await db.query<CardCheckoutRow>(
    `SELECT c.id, c.account_id, c.kind, c.amount, c.currency, c.stripe_payment_intent, c.action_url,
       EXISTS (SELECT 1 FROM billing_charge_attempts a WHERE a.checkout_id = c.id AND a.status = 'requires_action')
         AS awaiting_authentication
     FROM billing_checkouts c
     WHERE c.document_ids[1] = $1 AND cardinality(c.document_ids) = 1 AND c.status = 'open'
       AND (c.kind = 'card' OR (c.kind = 'auto' AND EXISTS (
         SELECT 1 FROM billing_charge_attempts a WHERE a.checkout_id = c.id AND a.status = 'requires_action')))
     ORDER BY c.kind = 'card' DESC, c.created_at DESC LIMIT 1`,
    [documentId],
  );
  return rows[0] ?? null;
}

/**
 * The invoice's automatic charge in flight: its checkout open and its attempt not yet answered by Stripe (the job
 * claimed it and is asking, or crashed while asking and will ask again with the same idempotency key). Read under
 * the invoice's row lock, which the job also takes to claim an attempt: the portal's Pay waits for it instead of
 * charging beside it.
 */
export async function findAutoChargeInFlight(db: Queryable, documentId: string) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM billing_checkouts c JOIN billing_charge_attempts a ON a.checkout_id = c.id
     WHERE c.document_ids[1] = $1 AND cardinality(c.document_ids) = 1 AND c.status = 'open' AND c.kind = 'auto'
       AND a.status = 'pending' LIMIT 1`,
    [documentId],
  );
  return rows[0] ?? null;
}

/** Keeps the PaymentIntent Stripe answered with and, while it waits on the customer, the bank's challenge. */
export async function setCheckoutIntent(
  db: Queryable,
  checkoutId: string,
  paymentIntent: string | null,
  actionUrl: string | null,
) {
  await db.query(
    `UPDATE billing_checkouts SET stripe_payment_intent = COALESCE($2, stripe_payment_intent), action_url = $3
     WHERE id = $1`,
    [checkoutId, paymentIntent, actionUrl],
  );
}

/** The checkout's kind and status, locked (the webhook's failed intents). */
export async function lockCheckoutKind(db: Queryable, checkoutId: string) {
  const { rows } = await db.query<{ id: string; kind: string; status: string; account_id: string }>(
    'SELECT id, kind, status, account_id FROM billing_checkouts WHERE id = $1 FOR UPDATE',
    [checkoutId],
  );
  return rows[0] ?? null;
}

/** Closes a card checkout (declined, or failed authentication): the invoice's next Pay starts a new one. */
export async function failCardCheckout(db: Queryable, checkoutId: string, now: Date) {
  await db.query(
    `UPDATE billing_checkouts SET status = 'failed', completed_at = $2, action_url = NULL
     WHERE id = $1 AND status = 'open'`,
    [checkoutId, now],
  );
}

/** Whether an automatic charge's attempt behind this checkout waits on the client's authentication. */
export async function awaitsAuthentication(db: Queryable, checkoutId: string) {
  const { rows } = await db.query(
    `SELECT 1 FROM billing_charge_attempts WHERE checkout_id = $1 AND status = 'requires_action'`,
    [checkoutId],
  );
  return rows.length > 0;
}
