import type { Queryable } from '../../platform/db/index.ts';

/**
 * SQL of the expiring-card notices. Every query here is the sweep's, which acts for the portal and not for a person:
 * no caller's scope (each says so). A card is told about when all of these hold:
 * - not removed, and its expiry month is this month or next (`$month`, `$month + 1`: card-expiry-schedule.ts);
 * - it is the card automatic charges use: no other card of the account ranks before it in listPaymentMethods'
 *   order (the latest chosen or saved), so a replaced card is never told about;
 * - something would charge it: the account's profile has automatic charge, or an active subscription of it does;
 * - the account's segment has billing (the mail points at a billing page);
 * - it was not told about for this expiry yet (billing_card_expiry_notices).
 */
const ELIGIBLE = `pm.removed_at IS NULL
  AND (pm.exp_year * 12 + pm.exp_month - 1) BETWEEN $1::int AND $1::int + 1
  AND NOT EXISTS (
    SELECT 1 FROM billing_payment_methods o
    WHERE o.account_id = pm.account_id AND o.removed_at IS NULL AND o.id <> pm.id
      AND (COALESCE(o.default_at, o.created_at), o.created_at, o.id)
        > (COALESCE(pm.default_at, pm.created_at), pm.created_at, pm.id))
  AND (EXISTS (SELECT 1 FROM billing_profiles p WHERE p.account_id = pm.account_id AND p.auto_charge)
    OR EXISTS (SELECT 1 FROM billing_subscriptions sub
               WHERE sub.account_id = pm.account_id AND sub.status = 'active' AND sub.auto_charge))
  AND EXISTS (SELECT 1 FROM accounts a JOIN segments s ON s.id = a.segment_id
              WHERE a.id = pm.account_id AND 'billing' = ANY(s.modules))
  AND NOT EXISTS (SELECT 1 FROM billing_card_expiry_notices n
                  WHERE n.payment_method_id = pm.id AND n.exp_year = pm.exp_year AND n.exp_month = pm.exp_month)`;

export interface ExpiringCardRow {
  id: string;
  account_id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

/** Cards to tell about, in pages by id (`after`: the last id of the previous page). No scope: the sweep's. */
export async function listExpiringCards(db: Queryable, month: number, after: string | null, limit: number) {
  const { rows } = await db.query<ExpiringCardRow>(
    `SELECT pm.id, pm.account_id, pm.brand, pm.last4, pm.exp_month, pm.exp_year FROM billing_payment_methods pm
     WHERE ${ELIGIBLE} AND ($2::uuid IS NULL OR pm.id > $2::uuid)
     ORDER BY pm.id LIMIT $3`,
    [month, after, limit],
  );
  return rows;
}

/**
 * Claims the notice of one card for its expiry, checking again that it is still due (replaced, removed or told
 * about meanwhile: nothing). The primary key settles a race: of two processes claiming the same card, one inserts
 * and the other, once the first committed, inserts nothing. Returns whether this caller claimed it. No scope: the
 * sweep's.
 */
export async function claimCardExpiryNotice(db: Queryable, card: ExpiringCardRow, month: number, now: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO billing_card_expiry_notices (payment_method_id, exp_year, exp_month, account_id, recipients, sent_at)
     SELECT pm.id, pm.exp_year, pm.exp_month, pm.account_id, 0, $3 FROM billing_payment_methods pm
     WHERE pm.id = $2 AND pm.exp_year = $4 AND pm.exp_month = $5 AND ${ELIGIBLE}
     ON CONFLICT (payment_method_id, exp_year, exp_month) DO NOTHING`,
    [month, card.id, now, card.exp_year, card.exp_month],
  );
  return rowCount === 1;
}

/** How many people the claimed notice was mailed to (in the claim's transaction). No scope: the sweep's. */
export async function setCardExpiryRecipients(db: Queryable, card: ExpiringCardRow, recipients: number) {
  await db.query(
    `UPDATE billing_card_expiry_notices SET recipients = $4
     WHERE payment_method_id = $1 AND exp_year = $2 AND exp_month = $3`,
    [card.id, card.exp_year, card.exp_month, recipients],
  );
}
