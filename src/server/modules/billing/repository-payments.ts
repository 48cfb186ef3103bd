import type { Queryable } from '../../platform/db/index.ts';

type Scope = [boolean, string[]];

export interface CheckoutRow {
  id: string;
  account_id: string;
  currency: string;
  amount: number;
  document_ids: string[];
  status: 'open' | 'completed' | 'expired' | 'failed';
  stripe_session_id: string | null;
  stripe_payment_intent: string | null;
  amount_received: number | null;
  created_at: Date;
  completed_at: Date | null;
  line_amounts: number[] | null;
  session_url: string | null;
}

const CHECKOUT = `SELECT id, account_id, currency, amount, document_ids, status, stripe_session_id, stripe_payment_intent,
  amount_received, created_at, completed_at, line_amounts, session_url FROM billing_checkouts`;

/**
 * A new checkout; with an Idempotency-Key, only if this user has no checkout under that key yet. Returns false
 * when one exists (the caller reads it with `findCheckoutByKey`).
 */
export async function insertCheckout(
  db: Queryable,
  row: Pick<CheckoutRow, 'id' | 'account_id' | 'currency' | 'amount' | 'document_ids'> & {
    line_amounts: number[];
    /** Null: an automatic charge, which no person started. */
    created_by: string | null;
    idempotency_key: string | null;
    now: Date;
    /** hosted (Stripe Checkout, the default), card (a saved card in the portal), auto (the automatic charge). */
    kind?: 'hosted' | 'card' | 'auto';
  },
) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_checkouts (id, account_id, currency, amount, document_ids, line_amounts, created_by,
       idempotency_key, created_at, kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING`,
    [
      row.id,
      row.account_id,
      row.currency,
      row.amount,
      row.document_ids,
      row.line_amounts,
      row.created_by,
      row.idempotency_key,
      row.now,
      row.kind ?? 'hosted',
    ],
  );
  return rowCount === 1;
}

/** The checkout this user started with this Idempotency-Key (keys are per user, like the platform's). */
export async function findCheckoutByKey(db: Queryable, userId: string, key: string) {
  const { rows } = await db.query<CheckoutRow>(`${CHECKOUT} WHERE created_by = $1 AND idempotency_key = $2`, [
    userId,
    key,
  ]);
  return rows[0] ?? null;
}

/**
 * After Stripe answered the creation (no scope: the caller created the row a moment ago). A failure also frees the
 * row's Idempotency-Key: nothing was charged, so a retry with the same key starts over.
 */
export async function setCheckoutSession(
  db: Queryable,
  id: string,
  session: { id: string; url: string | null } | null,
) {
  await db.query(
    `UPDATE billing_checkouts SET stripe_session_id = COALESCE($2, stripe_session_id), session_url = $3,
       idempotency_key = CASE WHEN $2::text IS NULL THEN NULL ELSE idempotency_key END,
       status = CASE WHEN $2::text IS NULL THEN 'failed' ELSE status END WHERE id = $1 AND status = 'open'`,
    [id, session?.id ?? null, session?.url ?? null],
  );
}

/** A checkout of one account, in the caller's scope (404 otherwise). */
export async function findCheckout(db: Queryable, id: string, accountId: string, scope: Scope) {
  const { rows } = await db.query<CheckoutRow>(
    `${CHECKOUT} WHERE id = $1 AND account_id = $2 AND ($3::boolean OR account_id = ANY($4::uuid[]))`,
    [id, accountId, ...scope],
  );
  return rows[0] ?? null;
}

/**
 * The checkout a Stripe session pays, locked. No scope: the webhook acts for Stripe, whose signature was checked;
 * the row is found by our own id (client_reference_id) and must match the session when it knows it.
 */
export async function lockCheckoutForSession(db: Queryable, checkoutId: string, sessionId: string) {
  const { rows } = await db.query<CheckoutRow>(
    `${CHECKOUT} WHERE id = $1 AND (stripe_session_id IS NULL OR stripe_session_id = $2) FOR UPDATE`,
    [checkoutId, sessionId],
  );
  return rows[0] ?? null;
}

export async function finishCheckout(
  db: Queryable,
  id: string,
  fields: {
    status: 'completed' | 'expired' | 'failed';
    /** Null for an automatic charge (a PaymentIntent without a session). */
    sessionId: string | null;
    paymentIntent: string | null;
    received: number | null;
    now: Date;
  },
) {
  await db.query(
    `UPDATE billing_checkouts SET status = $2, stripe_session_id = COALESCE($3, stripe_session_id),
       stripe_payment_intent = $4, amount_received = $5,
       completed_at = $6 WHERE id = $1`,
    [id, fields.status, fields.sessionId, fields.paymentIntent, fields.received, fields.now],
  );
}

/**
 * Records that a Stripe event was acted on; false if it already was (a replay). Inside the effect's transaction:
 * two deliveries of one event at once queue on the key, and the second finds the first's row.
 */
export async function claimStripeEvent(db: Queryable, eventId: string, type: string, now: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_stripe_events (event_id, type, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [eventId, type, now],
  );
  return rowCount === 1;
}

export interface OpenInvoiceRow {
  id: string;
  number: string | null;
  status: string;
  due_date: string | null;
  issue_date: string | null;
  open: number;
}

/**
 * The checkout's invoices, locked in id order (the order every payment path locks invoices in, so two webhooks and
 * a manual payment cannot deadlock). No scope: they belong to the checkout's account, which is checked here.
 */
export async function lockInvoices(db: Queryable, ids: string[], accountId: string, currency: string) {
  const { rows } = await db.query<OpenInvoiceRow>(
    `SELECT id, number, status, to_char(due_date, 'YYYY-MM-DD') AS due_date, to_char(issue_date, 'YYYY-MM-DD') AS issue_date,
       CASE WHEN status = 'sent' THEN (total - amount_paid - amount_credited)::bigint ELSE 0 END AS open
     FROM billing_documents WHERE id = ANY($1::uuid[]) AND account_id = $2 AND currency = $3 AND kind = 'invoice'
     ORDER BY id FOR UPDATE`,
    [ids, accountId, currency],
  );
  return rows;
}

/**
 * A credit ledger entry (positive: an overpayment; negative: credit spent) and the balance row kept with it. The
 * caller has made sure a negative entry is covered (see `spendCredit`); the balance's CHECK refuses it otherwise.
 */
export async function insertAccountCredit(
  db: Queryable,
  row: {
    id: string;
    account_id: string;
    currency: string;
    amount: number;
    checkout_id: string | null;
    note: string;
    now: Date;
    document_id?: string | null;
    created_by?: string | null;
  },
) {
  await db.query(
    `INSERT INTO billing_account_credits (id, account_id, currency, amount, checkout_id, note, created_at, document_id,
       created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.account_id,
      row.currency,
      row.amount,
      row.checkout_id,
      row.note,
      row.now,
      row.document_id ?? null,
      row.created_by ?? null,
    ],
  );
  await addToCreditBalance(db, row.account_id, row.currency, row.amount);
}

/**
 * A positive ledger entry named by its source (`return:<id>`), once: a second insert of the same source changes
 * nothing and answers false. The unique index settles concurrent retries (the loser waits, then finds the row).
 */
export async function insertSourcedCreditOnce(
  db: Queryable,
  row: {
    id: string;
    account_id: string;
    currency: string;
    amount: number;
    note: string;
    now: Date;
    created_by: string | null;
    source_key: string;
  },
) {
  const inserted = await db.query(
    `INSERT INTO billing_account_credits (id, account_id, currency, amount, note, created_at, created_by, source_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO NOTHING`,
    [row.id, row.account_id, row.currency, row.amount, row.note, row.now, row.created_by, row.source_key],
  );
  if (inserted.rowCount === 0) return false;
  await addToCreditBalance(db, row.account_id, row.currency, row.amount);
  return true;
}

async function addToCreditBalance(db: Queryable, accountId: string, currency: string, amount: number) {
  const row = { account_id: accountId, currency, amount };
  // Update first: an insert's CHECK would see a negative entry alone, before ON CONFLICT could add it to the balance.
  const updated = await db.query(
    'UPDATE billing_credit_balances SET balance = balance + $3 WHERE account_id = $1 AND currency = $2',
    [row.account_id, row.currency, row.amount],
  );
  if (updated.rowCount === 0)
    await db.query(
      `INSERT INTO billing_credit_balances AS b (account_id, currency, balance) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, currency) DO UPDATE SET balance = b.balance + EXCLUDED.balance`,
      [row.account_id, row.currency, row.amount],
    );
}

/**
 * The account's credit in one currency, its balance row locked until the transaction ends: concurrent spends of
 * the same credit queue here and each sees what the one before left. No scope: the caller has loaded the invoice
 * of this account in the caller's scope.
 */
export async function lockCreditBalance(db: Queryable, accountId: string, currency: string) {
  const { rows } = await db.query<{ balance: number }>(
    'SELECT balance FROM billing_credit_balances WHERE account_id = $1 AND currency = $2 FOR UPDATE',
    [accountId, currency],
  );
  return Number(rows[0]?.balance ?? 0);
}

/** Account credit per currency of an account in the caller's scope. */
export async function accountCredit(db: Queryable, accountId: string, scope: Scope) {
  const { rows } = await db.query<{ currency: string; amount: number }>(
    `SELECT currency, balance AS amount FROM billing_credit_balances
     WHERE account_id = $1 AND ($2::boolean OR account_id = ANY($3::uuid[])) AND balance <> 0 ORDER BY currency`,
    [accountId, ...scope],
  );
  return rows.map((row) => ({ currency: row.currency, amount: Number(row.amount) }));
}

/** What account credit paid of an invoice the caller has loaded in scope (hence no scope of its own). */
export async function creditAppliedTo(db: Queryable, documentId: string) {
  const { rows } = await db.query<{ amount: string | null }>(
    `SELECT sum(amount) AS amount FROM billing_payments
     WHERE document_id = $1 AND source = 'credit' AND reversed_at IS NULL`,
    [documentId],
  );
  return Number(rows[0]?.amount ?? 0);
}

export interface RefundablePaymentRow {
  id: string;
  account_id: string;
  document_id: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  source: 'manual' | 'stripe';
  stripe_payment_intent: string | null;
}

/** A payment of an invoice the caller has loaded in scope (hence no scope of its own), locked. */
export async function lockPayment(db: Queryable, paymentId: string, documentId: string) {
  const { rows } = await db.query<RefundablePaymentRow>(
    `SELECT id, account_id, document_id, amount, amount_refunded, currency, source, stripe_payment_intent
     FROM billing_payments WHERE id = $1 AND document_id = $2 FOR UPDATE`,
    [paymentId, documentId],
  );
  return rows[0] ?? null;
}

/** Moves a payment's refunded amount (a reservation up, a failed refund's release down). */
export async function adjustRefunded(db: Queryable, paymentId: string, delta: number) {
  await db.query('UPDATE billing_payments SET amount_refunded = amount_refunded + $2 WHERE id = $1', [
    paymentId,
    delta,
  ]);
}

export interface RefundRow {
  id: string;
  payment_id: string;
  amount: number;
  currency: string;
  status: 'pending' | 'succeeded' | 'failed';
  reason: string;
  created_at: Date;
}

export async function insertRefund(
  db: Queryable,
  row: Omit<RefundRow, 'status' | 'created_at'> & { account_id: string; created_by: string; now: Date },
) {
  await db.query(
    `INSERT INTO billing_refunds (id, account_id, payment_id, amount, currency, status, reason, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8)`,
    [row.id, row.account_id, row.payment_id, row.amount, row.currency, row.reason, row.created_by, row.now],
  );
}

/** Settles a pending refund (no scope: the refund was created by this request in scope). */
export async function settleRefund(
  db: Queryable,
  id: string,
  status: 'succeeded' | 'failed',
  stripeRefundId: string | null,
) {
  const { rows } = await db.query<RefundRow>(
    `UPDATE billing_refunds SET status = $2, stripe_refund_id = $3 WHERE id = $1 AND status = 'pending'
     RETURNING id, payment_id, amount, currency, status, reason, created_at`,
    [id, status, stripeRefundId],
  );
  return rows[0] ?? null;
}

/** A refund takes money back off a (locked) invoice: a settled invoice reopens. */
export async function reversePayment(db: Queryable, invoiceId: string, amount: number, now: Date) {
  await db.query(
    `UPDATE billing_documents SET amount_paid = amount_paid - $2, updated_at = $3, version = version + 1,
       status = CASE WHEN status = 'paid' AND amount_paid - $2 + amount_credited < total THEN 'sent' ELSE status END,
       paid_at = CASE WHEN status = 'paid' AND amount_paid - $2 + amount_credited < total THEN NULL ELSE paid_at END
     WHERE id = $1 AND kind = 'invoice'`,
    [invoiceId, amount, now],
  );
}

export interface CreditApplicationRow {
  id: string;
  account_id: string;
  document_id: string;
  amount: number;
  currency: string;
  reversed_at: Date | null;
}

/** A credit application (payment of source 'credit') of an invoice the caller has locked in scope, locked. */
export async function lockCreditApplication(db: Queryable, paymentId: string, documentId: string) {
  const { rows } = await db.query<CreditApplicationRow>(
    `SELECT id, account_id, document_id, amount, currency, reversed_at FROM billing_payments
     WHERE id = $1 AND document_id = $2 AND source = 'credit' FOR UPDATE`,
    [paymentId, documentId],
  );
  return rows[0] ?? null;
}

/** Marks a locked, unreversed credit application reversed (the caller then reopens the invoice and refills the credit). */
export async function markCreditReversed(db: Queryable, paymentId: string, userId: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE billing_payments SET reversed_at = $2, reversed_by = $3 WHERE id = $1 AND reversed_at IS NULL',
    [paymentId, now, userId],
  );
  return rowCount === 1;
}
