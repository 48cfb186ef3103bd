import type { Queryable } from '../../platform/db/index.ts';
import { accountModuleOnSql } from '../segments/index.ts';
import type { ComputedDocument } from './repository-documents.ts';
import { SUBSCRIPTION_COLUMNS, type SubscriptionLineRow, type SubscriptionRow } from './repository-recurring.ts';

/*
 * The recurring run's batch path (use-cases/recurring-batch.ts): a few statements for a whole batch of due draft
 * subscriptions instead of a dozen per subscription. No account scope anywhere here: the sweep acts for the portal,
 * over every account, and only on rows it claimed (and holds locked) in the same transaction.
 */

export interface DueSubscriptionRow extends SubscriptionRow {
  /** The account's segment switches billing on (off: the period passes as skipped, as in the one-by-one path). */
  billing_on: boolean;
  language: string;
  payment_terms_id: string | null;
}

/**
 * Claims up to `limit` due draft subscriptions (auto-send off), locked until the caller's transaction ends.
 * SKIP LOCKED: a second process sweeping at once takes the next ones instead of waiting, and a row it reaches after
 * this transaction committed is re-checked against the WHERE (next_period_start moved on), so it is not billed
 * twice. `excluded`: those that failed earlier in this run (left due for the next run, not retried in a loop).
 */
export async function claimDueDraftSubscriptions(
  db: Queryable,
  today: string,
  excluded: readonly string[],
  limit: number,
): Promise<DueSubscriptionRow[]> {
  const { rows } = await db.query<DueSubscriptionRow>(
    `SELECT ${SUBSCRIPTION_COLUMNS}, ${accountModuleOnSql('s.account_id', "'billing'")} AS billing_on,
       COALESCE(bp.language, 'en') AS language, bp.payment_terms_id
     FROM billing_subscriptions s JOIN accounts a ON a.id = s.account_id
       LEFT JOIN billing_profiles bp ON bp.account_id = s.account_id
     WHERE s.status = 'active' AND s.next_period_start <= $1::date AND NOT s.auto_send
       AND NOT (s.id = ANY($2::uuid[]))
     ORDER BY s.next_period_start, s.id LIMIT $3
     FOR UPDATE OF s SKIP LOCKED`,
    [today, excluded, limit],
  );
  return rows;
}

/** Lines of subscriptions the caller claimed, by subscription, in position order. */
export async function listLinesOfSubscriptions(db: Queryable, ids: readonly string[]) {
  const { rows } = await db.query<SubscriptionLineRow & { subscription_id: string }>(
    `SELECT subscription_id, position, catalog_item_id, description, quantity, unit_price, tax_rate_ids
     FROM billing_subscription_lines WHERE subscription_id = ANY($1::uuid[]) ORDER BY subscription_id, position`,
    [ids],
  );
  const bySubscription = new Map<string, SubscriptionLineRow[]>();
  for (const { subscription_id: id, ...line } of rows) {
    const lines = bySubscription.get(id) ?? [];
    lines.push(line);
    bySubscription.set(id, lines);
  }
  return bySubscription;
}

/**
 * Claims the periods (the unique (subscription_id, period_start) key, as claimPeriod): returns the subscriptions
 * whose period was not claimed before, so a period already billed or skipped is never billed again.
 */
export async function claimPeriods(
  db: Queryable,
  periods: readonly { subscriptionId: string; start: string; end: string }[],
  now: Date,
): Promise<Set<string>> {
  if (!periods.length) return new Set();
  const { rows } = await db.query<{ subscription_id: string }>(
    `INSERT INTO billing_subscription_periods (subscription_id, period_start, period_end, document_id, created_at)
     SELECT p.subscription_id, p.period_start, p.period_end, NULL, $2
     FROM jsonb_to_recordset($1::jsonb) AS p(subscription_id uuid, period_start date, period_end date)
     ON CONFLICT DO NOTHING RETURNING subscription_id`,
    [
      JSON.stringify(
        periods.map((p) => ({ subscription_id: p.subscriptionId, period_start: p.start, period_end: p.end })),
      ),
      now,
    ],
  );
  return new Set(rows.map((row) => row.subscription_id));
}

export interface DraftInvoice {
  id: string;
  accountId: string;
  currency: string;
  language: string;
  createdBy: string | null;
  computed: ComputedDocument;
  subscriptionId: string;
  periodStart: string;
}

/**
 * The draft invoices of a batch with their lines, linked to their claimed periods: the rows insertDocument (with
 * writeComputed) makes one by one, version 1, no number (drafts get theirs at send).
 */
export async function insertDraftInvoices(db: Queryable, invoices: readonly DraftInvoice[], now: Date) {
  if (!invoices.length) return;
  await db.query(
    `INSERT INTO billing_documents (id, account_id, kind, currency, language, created_by, created_at, updated_at,
       version, notes, due_date, payment_terms_id, discount, subtotal, discount_total, net, tax_total, total, taxes,
       valid_until)
     SELECT d.id, d.account_id, 'invoice', d.currency, d.language, d.created_by, $2, $2, 1, d.notes, d.due_date,
       d.payment_terms_id, d.discount, d.subtotal, d.discount_total, d.net, d.tax_total, d.total, d.taxes, d.valid_until
     FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, account_id uuid, currency text, language text, created_by uuid,
       notes text, due_date date, payment_terms_id uuid, discount jsonb, subtotal bigint, discount_total bigint,
       net bigint, tax_total bigint, total bigint, taxes jsonb, valid_until date)`,
    [
      JSON.stringify(
        invoices.map(({ computed: c, ...invoice }) => ({
          id: invoice.id,
          account_id: invoice.accountId,
          currency: invoice.currency,
          language: invoice.language,
          created_by: invoice.createdBy,
          notes: c.notes,
          due_date: c.dueDate,
          payment_terms_id: c.paymentTermsId,
          discount: c.discount,
          subtotal: c.subtotal,
          discount_total: c.discountTotal,
          net: c.net,
          tax_total: c.tax,
          total: c.total,
          taxes: c.taxes,
          valid_until: c.validUntil ?? null,
        })),
      ),
      now,
    ],
  );
  const lines = invoices.flatMap((invoice) =>
    invoice.computed.lines.map((line) => ({ document_id: invoice.id, ...line })),
  );
  if (lines.length)
    await db.query(
      `INSERT INTO billing_document_lines (id, document_id, position, description, quantity, unit_price, discount,
         tax_rates, gross, discount_total, net, tax_total, total, optional, selected)
       SELECT gen_random_uuid(), l.document_id, l.position, l.description, l.quantity, l.unit_price, l.discount,
         l.tax_rates, l.gross, l.discount_total, l.net, l.tax_total, l.total, COALESCE(l.optional, false),
         COALESCE(l.selected, true)
       FROM jsonb_to_recordset($1::jsonb) AS l(document_id uuid, position int, description text, quantity bigint,
         unit_price bigint, discount jsonb, tax_rates jsonb, gross bigint, discount_total bigint, net bigint,
         tax_total bigint, total bigint, optional boolean, selected boolean)`,
      [JSON.stringify(lines)],
    );
  await db.query(
    `UPDATE billing_subscription_periods p SET document_id = l.document_id
     FROM jsonb_to_recordset($1::jsonb) AS l(subscription_id uuid, period_start date, document_id uuid)
     WHERE p.subscription_id = l.subscription_id AND p.period_start = l.period_start`,
    [
      JSON.stringify(
        invoices.map((i) => ({ subscription_id: i.subscriptionId, period_start: i.periodStart, document_id: i.id })),
      ),
    ],
  );
}

/** Moves each claimed subscription past its period, as advanceSubscription does for one. */
export async function advanceSubscriptions(
  db: Queryable,
  moves: readonly { id: string; index: number; start: string | null; billed: number }[],
  now: Date,
) {
  if (!moves.length) return;
  await db.query(
    `UPDATE billing_subscriptions s SET next_index = m.next_index, next_period_start = m.next_start,
       periods_billed = s.periods_billed + m.billed,
       status = CASE WHEN m.next_start IS NULL AND s.status = 'active' THEN 'ended' ELSE s.status END, updated_at = $2
     FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, next_index int, next_start date, billed int)
     WHERE s.id = m.id`,
    [JSON.stringify(moves.map((m) => ({ id: m.id, next_index: m.index, next_start: m.start, billed: m.billed }))), now],
  );
}
