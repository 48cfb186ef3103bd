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
}

export interface EventRow {
  id: number;
  type: string;
  occurred_at: Date;
  account_id: string | null;
  audience: Audience;
  user_id: string | null;
  data: Record<string, unknown>;
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
  await tx.query('SELECT pg_advisory_xact_lock($1)', [EVENTS_LOCK]);
  const { rows } = await tx.query<{ id: number }>(
    'INSERT INTO events (type, occurred_at, account_id, audience, user_id, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [event.type, occurredAt, event.accountId, event.audience, event.userId ?? null, JSON.stringify(event.data)],
  );
  const id = rows[0]!.id;
  // NOTIFY is transactional: other processes hear it only after COMMIT. Harmless on the embedded engine.
  await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, String(id)]);
  tx.afterCommit(() => {
    for (const poke of localListeners) poke();
    remotePublish?.(id);
  });
  return id;
}

export async function readEventsAfter(db: Queryable, afterId: number, limit: number): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    'SELECT id, type, occurred_at, account_id, audience, user_id, data FROM events WHERE id > $1 ORDER BY id LIMIT $2',
    [afterId, limit],
  );
  return rows;
}

export async function lastEventId(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: number | null }>('SELECT max(id) AS id FROM events');
  return Number(rows[0]?.id ?? 0);
}

/** The envelope of the API conventions, serialised once per event and shared by every connection. */
export function sseFrame(row: EventRow): string {
  const envelope = { id: String(row.id), type: row.type, occurredAt: row.occurred_at.toISOString(), accountId: row.account_id, data: row.data };
  return `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}
