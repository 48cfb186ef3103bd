import type { Queryable } from '../db/index.ts';

/** Who may receive an event; checked per connection against the connection's actor (see hub.ts). */
export type Audience = 'account' | 'staff' | 'user';

export interface NewEvent {
  type: string;
  accountId: string | null;
  /** account: everyone who sees the account. staff: staff who see it, plus `userId` if set. user: `userId` only. */
  audience: Audience;
  userId?: string | null;
  data: Record<string, unknown>;
  /** Extra frames for single users, derived from this one event at delivery (see EventNotify). */
  notify?: EventNotify;
}

/**
 * Per-user frames carried by one event: `{ userId: { type, data } }`. Each goes only to that user's streams
 * (and only while the account is in their scope), right after the event itself whether or not they see it.
 * One row per message instead of one per recipient keeps a post's cost flat in the number of recipients.
 */
export type EventNotify = Record<string, { type: string; data: Record<string, unknown> }>;

export interface EventRow {
  id: number;
  type: string;
  occurred_at: Date;
  account_id: string | null;
  audience: Audience;
  user_id: string | null;
  data: Record<string, unknown>;
  notify: EventNotify | null;
}

// Any fixed number: the advisory lock that makes event ids commit in order.
const EVENTS_LOCK = 7_431_901;
export const EVENTS_CHANNEL = 'portico_events';

type Poke = () => void;
const localListeners = new Set<Poke>();

/** Hubs of this process register here so a commit wakes them at once, without a round trip through the database. */
export function onLocalEvent(poke: Poke) {
  localListeners.add(poke);
  return () => localListeners.delete(poke);
}

let remotePublish: ((id: number) => void) | null = null;
/** Set by the hub when another transport (Redis) carries events between processes. */
export function setRemotePublisher(publish: ((id: number) => void) | null) {
  remotePublish = publish;
}

/**
 * Records an event inside the caller's transaction; it is delivered once the transaction commits, and never
 * if it rolls back. The advisory lock (held until commit) serialises event writers, so ids become visible in
 * increasing order and a reader resuming "after id N" can never skip an event committed late with a smaller id.
 * Publish events last in a transaction: the lock is held from here to COMMIT.
 */
export async function publishEvent(tx: Queryable, event: NewEvent, occurredAt: Date): Promise<number> {
  // One round trip: the lock (the CTE runs before the insert reads its row), the insert, and the NOTIFY.
  const notify = event.notify && Object.keys(event.notify).length ? JSON.stringify(event.notify) : null;
  const { rows } = await tx.query<{ id: number }>(
    `WITH locked AS (SELECT pg_advisory_xact_lock($1::bigint) AS ok),
     inserted AS (
       INSERT INTO events (type, occurred_at, account_id, audience, user_id, data, notify)
       SELECT $2::text, $3::timestamptz, $4::uuid, $5::text, $6::uuid, $7::jsonb, $8::jsonb FROM locked RETURNING id
     )
     SELECT id, pg_notify($9::text, id::text) FROM inserted`,
    [
      EVENTS_LOCK,
      event.type,
      occurredAt,
      event.accountId,
      event.audience,
      event.userId ?? null,
      JSON.stringify(event.data),
      notify,
      EVENTS_CHANNEL,
    ],
  );
  const id = Number(rows[0]!.id);
  // NOTIFY is transactional: other processes hear it only after COMMIT. Harmless on the embedded engine.
  tx.afterCommit(() => {
    for (const poke of localListeners) poke();
    remotePublish?.(id);
  });
  return id;
}

export async function readEventsAfter(db: Queryable, afterId: number, limit: number): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    'SELECT id, type, occurred_at, account_id, audience, user_id, data, notify FROM events WHERE id > $1 ORDER BY id LIMIT $2',
    [afterId, limit],
  );
  return rows;
}

/** Retention: events older than `before` (a stream resuming from before then replays what is left). */
export async function deleteEventsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM events WHERE occurred_at < $1', [before]);
  return rowCount ?? 0;
}

export async function lastEventId(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: number | null }>('SELECT max(id) AS id FROM events');
  return Number(rows[0]?.id ?? 0);
}

/** The envelope of the API conventions, serialised once per event and shared by every connection. */
export function sseFrame(row: EventRow): string {
  const envelope = {
    id: String(row.id),
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    accountId: row.account_id,
    data: row.data,
  };
  return `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}

/** The event's frame for one user (EventNotify), or null; the SSE id stays the event's so resuming skips both. */
export function userFrame(row: EventRow, userId: string): string | null {
  const extra = row.notify?.[userId];
  if (!extra) return null;
  const envelope = {
    id: `${row.id}-${userId}`,
    type: extra.type,
    occurredAt: row.occurred_at.toISOString(),
    accountId: row.account_id,
    data: extra.data,
  };
  return `id: ${row.id}\nevent: ${extra.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}
