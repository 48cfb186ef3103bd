import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

// Every table here is portal-wide configuration read and written by staff admins only (the policy): no account
// scope applies to subscriptions, deliveries or attempts.

export interface SubscriptionRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
  status: 'active' | 'disabled';
  disabled_reason: string | null;
  disabled_at: Date | null;
  last_success_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface DeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
  attempts: number;
  next_attempt_at: Date | null;
  replay_of: string | null;
  created_at: Date;
  created_key: string;
}

export interface AttemptRow {
  id: string;
  delivery_id: string;
  attempted_at: Date;
  duration_ms: number;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
}

const SUBSCRIPTION = `id, url, description, event_types, secret_sealed, previous_secret_sealed, previous_secret_expires_at,
  status, disabled_reason, disabled_at, last_success_at, created_at, updated_at, version`;
const DELIVERY = `id, subscription_id, event_id, event_type, body, status, attempts, next_attempt_at, replay_of, created_at,
  ${timestampKey('created_at')} AS created_key`;

export async function listSubscriptions(db: Queryable) {
  const { rows } = await db.query<SubscriptionRow>(
    `SELECT ${SUBSCRIPTION} FROM webhook_subscriptions ORDER BY created_at, id`,
  );
  return rows;
}

export async function findSubscription(db: Queryable, id: string, lock = false) {
  const { rows } = await db.query<SubscriptionRow>(
    `SELECT ${SUBSCRIPTION} FROM webhook_subscriptions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertSubscription(
  db: Queryable,
  s: {
    id: string;
    url: string;
    description: string;
    eventTypes: string[];
    secretSealed: string;
    /** With `createdByServiceToken` too when an integration set it up (created_by: its integration person). */
    createdBy: string | null;
    createdByServiceToken: string | null;
  },
  now: Date,
) {
  await db.query(
    `INSERT INTO webhook_subscriptions (id, url, description, event_types, secret_sealed, created_by,
       created_by_service_token_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $8, $7, $7)`,
    [s.id, s.url, s.description, s.eventTypes, s.secretSealed, s.createdBy, now, s.createdByServiceToken],
  );
}

export async function updateSubscription(
  db: Queryable,
  id: string,
  change: {
    url: string;
    description: string;
    eventTypes: string[];
    status: 'active' | 'disabled';
    disabledReason: string | null;
    disabledAt: Date | null;
  },
  now: Date,
) {
  await db.query(
    `UPDATE webhook_subscriptions SET url = $2, description = $3, event_types = $4, status = $5, disabled_reason = $6,
       disabled_at = $7, updated_at = $8, version = version + 1 WHERE id = $1`,
    [
      id,
      change.url,
      change.description,
      change.eventTypes,
      change.status,
      change.disabledReason,
      change.disabledAt,
      now,
    ],
  );
}

export async function rotateSecret(db: Queryable, id: string, sealed: string, previousUntil: Date, now: Date) {
  await db.query(
    `UPDATE webhook_subscriptions SET previous_secret_sealed = secret_sealed, previous_secret_expires_at = $3,
       secret_sealed = $2, updated_at = $4, version = version + 1 WHERE id = $1`,
    [id, sealed, previousUntil, now],
  );
}

export async function deleteSubscription(db: Queryable, id: string) {
  await db.query('DELETE FROM webhook_subscriptions WHERE id = $1', [id]);
}

/** Whether an active subscription wants this event type. Subscriptions are the firm's: no account scope. */
export async function hasActiveSubscriptionFor(db: Queryable, eventType: string): Promise<boolean> {
  const { rows } = await db.query<{ wanted: boolean }>(`SELECT ${activeSubscriptionExistsSql('$1')} AS wanted`, [
    eventType,
  ]);
  return rows[0]?.wanted === true;
}

/** The same test as an SQL expression, for writers that fold it into their own statement (webhookInterestSql). */
export function activeSubscriptionExistsSql(typePlaceholder: string) {
  return `EXISTS (SELECT 1 FROM webhook_subscriptions WHERE status = 'active' AND event_types @> ARRAY[${typePlaceholder}::text])`;
}

export async function activeSubscriptionIdsFor(db: Queryable, eventType: string) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM webhook_subscriptions WHERE status = 'active' AND event_types @> ARRAY[$1::text] ORDER BY id`,
    [eventType],
  );
  return rows.map((row) => row.id);
}

/** One delivery per subscription given; a second fan-out of the same event adds none (unique index). */
export async function insertDeliveries(
  db: Queryable,
  deliveries: { id: string; subscriptionId: string }[],
  event: { id: string; type: string; body: string },
  now: Date,
) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, body, next_attempt_at, created_at, updated_at)
     SELECT d.id, d.subscription_id, $3, $4, $5, $6, $6, $6 FROM unnest($1::uuid[], $2::uuid[]) AS d(id, subscription_id)
     ON CONFLICT (subscription_id, event_id) WHERE replay_of IS NULL DO NOTHING
     RETURNING id`,
    [deliveries.map((d) => d.id), deliveries.map((d) => d.subscriptionId), event.id, event.type, event.body, now],
  );
  return rows.map((row) => row.id);
}

export async function insertReplay(db: Queryable, original: DeliveryRow, id: string, now: Date) {
  await db.query(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, body, next_attempt_at, replay_of, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $6)`,
    [id, original.subscription_id, original.event_id, original.event_type, original.body, now, original.id],
  );
}

export async function findDelivery(db: Queryable, id: string, lock = false) {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY} FROM webhook_deliveries WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function listDeliveries(
  db: Queryable,
  subscriptionId: string,
  after: [string, string] | null,
  limit: number,
) {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY} FROM webhook_deliveries WHERE subscription_id = $1
       AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
     ORDER BY created_at DESC, id DESC LIMIT $4`,
    [subscriptionId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return rows;
}

export async function attemptsOf(db: Queryable, deliveryIds: string[]) {
  const { rows } = await db.query<AttemptRow>(
    `SELECT id, delivery_id, attempted_at, duration_ms, response_status, response_body, error
     FROM webhook_delivery_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY attempted_at, id`,
    [deliveryIds],
  );
  return rows;
}

export async function recordAttempt(db: Queryable, attempt: Omit<AttemptRow, 'id'> & { id: string }) {
  await db.query(
    `INSERT INTO webhook_delivery_attempts (id, delivery_id, attempted_at, duration_ms, response_status, response_body, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      attempt.id,
      attempt.delivery_id,
      attempt.attempted_at,
      attempt.duration_ms,
      attempt.response_status,
      attempt.response_body,
      attempt.error,
    ],
  );
}

export async function setDeliveryOutcome(
  db: Queryable,
  id: string,
  outcome: { status: DeliveryRow['status']; attempts: number; nextAttemptAt: Date | null },
  now: Date,
) {
  await db.query(
    'UPDATE webhook_deliveries SET status = $2, attempts = $3, next_attempt_at = $4, updated_at = $5 WHERE id = $1',
    [id, outcome.status, outcome.attempts, outcome.nextAttemptAt, now],
  );
}

export async function markSucceeded(db: Queryable, subscriptionId: string, now: Date) {
  await db.query('UPDATE webhook_subscriptions SET last_success_at = $2 WHERE id = $1', [subscriptionId, now]);
}

/** Disables only an active endpoint with no success since `since`: true when this call disabled it. */
export async function disableIfStillFailing(db: Queryable, id: string, since: Date, reason: string, now: Date) {
  const { rowCount } = await db.query(
    `UPDATE webhook_subscriptions SET status = 'disabled', disabled_reason = $3, disabled_at = $4, updated_at = $4,
       version = version + 1
     WHERE id = $1 AND status = 'active' AND (last_success_at IS NULL OR last_success_at < $2)`,
    [id, since, reason, now],
  );
  return rowCount === 1;
}

/** Staff owners and admins: whom a disabled endpoint is reported to. Portal-wide, no account data. */
export async function adminRecipients(db: Queryable) {
  const { rows } = await db.query<{ id: string; email: string; name: string; locale: string | null }>(
    `SELECT id, email, name, locale FROM users WHERE staff_role IN ('owner', 'admin') AND deactivated_at IS NULL ORDER BY email`,
  );
  return rows;
}
