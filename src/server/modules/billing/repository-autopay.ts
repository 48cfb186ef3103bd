import type { Queryable } from '../../platform/db/index.ts';

type Scope = [boolean, string[]];

export interface PaymentMethodRow {
  id: string;
  account_id: string;
  stripe_payment_method_id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  created_at: Date;
}

const METHOD = `SELECT id, account_id, stripe_payment_method_id, brand, last4, exp_month, exp_year, created_at
  FROM billing_payment_methods`;

/**
 * The account's saved cards (not removed) in the caller's scope, the one charged automatically first: the latest
 * chosen as default or saved (COALESCE(default_at, created_at)), then newest.
 */
export async function listPaymentMethods(db: Queryable, accountId: string, scope: Scope) {
  const { rows } = await db.query<PaymentMethodRow>(
    `${METHOD} WHERE account_id = $1 AND removed_at IS NULL AND ($2::boolean OR account_id = ANY($3::uuid[]))
     ORDER BY COALESCE(default_at, created_at) DESC, created_at DESC, id DESC LIMIT 20`,
    [accountId, ...scope],
  );
  return rows;
}

/** One saved card of the account, in the caller's scope, locked (removal). */
export async function lockPaymentMethod(db: Queryable, id: string, accountId: string, scope: Scope) {
  const { rows } = await db.query<PaymentMethodRow>(
    `${METHOD} WHERE id = $1 AND account_id = $2 AND removed_at IS NULL AND ($3::boolean OR account_id = ANY($4::uuid[]))
     FOR UPDATE`,
    [id, accountId, ...scope],
  );
  return rows[0] ?? null;
}

/** A card found (and locked) through lockPaymentMethod (hence no scope) becomes the one charged automatically. */
export async function markPaymentMethodDefault(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE billing_payment_methods SET default_at = $2 WHERE id = $1', [id, now]);
}

export async function markPaymentMethodRemoved(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE billing_payment_methods SET removed_at = $2 WHERE id = $1', [id, now]);
}

/** Records a card Stripe saved; a second delivery of the same card changes nothing. No scope: the webhook's. */
export async function insertPaymentMethod(
  db: Queryable,
  row: Omit<PaymentMethodRow, 'created_at'> & { created_by: string | null; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_payment_methods (id, account_id, stripe_payment_method_id, brand, last4, exp_month, exp_year,
       created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (stripe_payment_method_id) DO NOTHING`,
    [
      row.id,
      row.account_id,
      row.stripe_payment_method_id,
      row.brand,
      row.last4,
      row.exp_month,
      row.exp_year,
      row.created_by,
      row.now,
    ],
  );
  return rowCount === 1;
}

/** The Stripe Customer of an account (no scope: the caller checked the account, or is the charge job). */
export async function findStripeCustomer(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ stripe_customer_id: string }>(
    'SELECT stripe_customer_id FROM billing_stripe_customers WHERE account_id = $1',
    [accountId],
  );
  return rows[0]?.stripe_customer_id ?? null;
}

/** Keeps the first customer made for the account (two first saves at once: Stripe's idempotency made one). */
export async function insertStripeCustomer(db: Queryable, accountId: string, customerId: string, now: Date) {
  await db.query(
    `INSERT INTO billing_stripe_customers (account_id, stripe_customer_id, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (account_id) DO NOTHING`,
    [accountId, customerId, now],
  );
}

export async function insertSetupSession(
  db: Queryable,
  row: { id: string; account_id: string; created_by: string; now: Date },
) {
  await db.query(
    'INSERT INTO billing_setup_sessions (id, account_id, created_by, created_at) VALUES ($1, $2, $3, $4)',
    [row.id, row.account_id, row.created_by, row.now],
  );
}

/** After Stripe answered (no scope: this request made the row); null: Stripe failed, the row is closed. */
export async function setSetupSession(db: Queryable, id: string, sessionId: string | null) {
  await db.query(
    `UPDATE billing_setup_sessions SET stripe_session_id = $2,
       status = CASE WHEN $2::text IS NULL THEN 'failed' ELSE status END WHERE id = $1`,
    [id, sessionId],
  );
}

/** The setup a Stripe session completes, locked (no scope: the webhook, whose signature was checked). */
export async function lockSetupSession(db: Queryable, id: string, sessionId: string) {
  const { rows } = await db.query<{ id: string; account_id: string; status: string; created_by: string | null }>(
    `SELECT id, account_id, status, created_by FROM billing_setup_sessions
     WHERE id = $1 AND (stripe_session_id IS NULL OR stripe_session_id = $2) FOR UPDATE`,
    [id, sessionId],
  );
  return rows[0] ?? null;
}

export async function completeSetupSession(db: Queryable, id: string, sessionId: string) {
  await db.query(`UPDATE billing_setup_sessions SET status = 'completed', stripe_session_id = $2 WHERE id = $1`, [
    id,
    sessionId,
  ]);
}

export interface ChargeAttemptRow {
  document_id: string;
  attempt: number;
  account_id: string;
  checkout_id: string | null;
  status: 'pending' | 'succeeded' | 'failed' | 'requires_action';
  first_attempt_at: Date;
}

/**
 * Claims an attempt: inserted now, or the pending one a crashed run left (its checkout id is reused, and with it
 * Stripe's idempotency key). Null: this attempt already ended. No scope: the charge job acts for the portal.
 */
export async function claimChargeAttempt(
  db: Queryable,
  row: {
    document_id: string;
    attempt: number;
    account_id: string;
    checkout_id: string;
    payment_method_id: string | null;
    first_attempt_at: Date;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO billing_charge_attempts (document_id, attempt, account_id, checkout_id, payment_method_id,
       first_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (document_id, attempt) DO NOTHING`,
    [
      row.document_id,
      row.attempt,
      row.account_id,
      row.checkout_id,
      row.payment_method_id,
      row.first_attempt_at,
      row.now,
    ],
  );
  const { rows } = await db.query<ChargeAttemptRow>(
    `SELECT document_id, attempt, account_id, checkout_id, status, first_attempt_at FROM billing_charge_attempts
     WHERE document_id = $1 AND attempt = $2 FOR UPDATE`,
    [row.document_id, row.attempt],
  );
  return rows[0]!.status === 'pending' ? rows[0]! : null;
}

/**
 * Ends the attempt behind a checkout (no scope: the job or the verified webhook, under the checkout's lock). An
 * attempt waiting on the client's authentication ends too when its intent succeeds (or its checkout fails).
 */
export async function endChargeAttempt(
  db: Queryable,
  checkoutId: string,
  status: 'succeeded' | 'failed' | 'requires_action',
  failureCode: string | null,
) {
  const { rows } = await db.query<ChargeAttemptRow>(
    `UPDATE billing_charge_attempts SET status = $2, failure_code = $3
     WHERE checkout_id = $1 AND (status = 'pending' OR (status = 'requires_action' AND $2 <> 'requires_action'))
     RETURNING document_id, attempt, account_id, checkout_id, status, first_attempt_at`,
    [checkoutId, status, failureCode],
  );
  return rows[0] ?? null;
}

/** A checkout by id, locked (no scope: the job and the webhook, see above). */
export async function lockCheckoutById(db: Queryable, id: string) {
  const { rows } = await db.query<{ id: string; status: string; amount: number; currency: string }>(
    'SELECT id, status, amount, currency FROM billing_checkouts WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] ?? null;
}

/** Staff who act on money (owners and admins, active): told when automatic charging gave up. Not account data. */
export async function findBillingStaffEmails(db: Queryable) {
  const { rows } = await db.query<{ email: string }>(
    `SELECT email FROM users WHERE staff_role IN ('owner', 'admin') AND deactivated_at IS NULL ORDER BY email`,
  );
  return rows.map((row) => row.email);
}

/** The active users behind billing addresses (lower-cased email -> id), for their email preference. Not account data. */
export async function findUsersByEmail(db: Queryable, emails: string[]) {
  const { rows } = await db.query<{ id: string; email: string }>(
    `SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[]) AND deactivated_at IS NULL`,
    [emails.map((email) => email.toLowerCase())],
  );
  return new Map(rows.map((row) => [row.email, row.id]));
}
