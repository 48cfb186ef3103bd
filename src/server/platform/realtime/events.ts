import type { Queryable } from '../db/index.ts';
import { SqlParams } from '../db/params.ts';

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
  /** The writing transaction's id (xid8), as a number: the first key of the delivery order. */
  tx: number;
  type: string;
  occurred_at: Date;
  account_id: string | null;
  audience: Audience;
  user_id: string | null;
  data: Record<string, unknown>;
  notify: EventNotify | null;
}

/**
 * A place in the delivery order (tx, id): everything at or before it has been passed. Transaction ids are 64-bit
 * (epoch << 32 | xid); a JS number holds them exactly until the epoch passes 2^21, i.e. millions of wraparounds.
 */
export interface Position {
  tx: number;
  id: number;
}

export const START: Position = { tx: 0, id: 0 };

export function isAfter(a: Position, b: Position) {
  return a.tx > b.tx || (a.tx === b.tx && a.id > b.id);
}

export const EVENTS_CHANNEL = 'portico_events';

type Poke = () => void;
const localListeners = new Set<Poke>();

/** Hubs of this process register here so a commit wakes them at once, without a round trip through the database. */
export function onLocalEvent(poke: Poke) {
  localListeners.add(poke);
  return () => localListeners.delete(poke);
}

let remoteWake: (() => void) | null = null;
/** Set by the hub: tells the other processes (PostgreSQL NOTIFY or Redis) that something new was committed. */
export function setRemoteWake(wake: (() => void) | null) {
  remoteWake = wake;
}

/**
 * Records an event inside the caller's transaction; it is delivered once the transaction commits, and never if it
 * rolls back. No lock: the row carries its transaction id (column default), and readers deliver in (tx, id) order
 * only what lies below the oldest transaction still in progress (see readEventsAfter), so an event committed late
 * can never fall behind a reader's position. The wake-up goes out after COMMIT, outside the transaction: a NOTIFY
 * inside it would take PostgreSQL's commit-time notify lock, one more global queue.
 */
export async function publishEvent(tx: Queryable, event: NewEvent, occurredAt: Date): Promise<number> {
  const params = new SqlParams();
  const { rows } = await tx.query<{ id: number }>(insertEventSql(event, occurredAt, params), params.values);
  wakeHubsAfterCommit(tx);
  return Number(rows[0]!.id);
}

/** publishEvent as a piece of a larger statement (`RETURNING id`); the caller then calls wakeHubsAfterCommit. */
export function insertEventSql(event: NewEvent, occurredAt: Date, params: SqlParams) {
  const notify = event.notify && Object.keys(event.notify).length ? JSON.stringify(event.notify) : null;
  const { p } = params;
  return `INSERT INTO events (type, occurred_at, account_id, audience, user_id, data, notify)
     VALUES (${p(event.type)}::text, ${p(occurredAt)}::timestamptz, ${p(event.accountId)}::uuid, ${p(event.audience)}::text,
       ${p(event.userId ?? null)}::uuid, ${p(JSON.stringify(event.data))}::jsonb, ${p(notify)}::jsonb) RETURNING id`;
}

export function wakeHubsAfterCommit(tx: Queryable) {
  tx.afterCommit(wakeAfterCommit);
}

function wakeAfterCommit() {
  for (const poke of localListeners) poke();
  remoteWake?.();
}

/**
 * SQL: true when no transaction that could still write an event before `tx` is in progress. The cheap test is the
 * snapshot's xmin (the oldest transaction still running), but that spans the whole PostgreSQL cluster: a write
 * transaction left open in another database (another application, another test file) would hold every live event
 * back for as long as it stays open. Only when the cheap test fails does the second one run (a lazily evaluated
 * InitPlan): the oldest running transaction, leaving out those that pg_stat_activity shows in another database,
 * which cannot write to this table. A transaction that ended between the snapshot and that read is not found
 * there and so is kept: the test errs toward holding an event a moment longer, never toward skipping one.
 */
function deliverable(tx: string) {
  return `(${tx} < pg_snapshot_xmin(pg_current_snapshot()) OR ${tx} < (
    SELECT COALESCE(min(running), pg_snapshot_xmax(pg_current_snapshot()))
      FROM pg_snapshot_xip(pg_current_snapshot()) AS running
     WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity AS elsewhere
                        WHERE elsewhere.datname <> current_database()
                          AND elsewhere.backend_xid::text::bigint = running::text::bigint % 4294967296)))`;
}

const COLUMNS = 'id, tx::text::bigint AS tx, type, occurred_at, account_id, audience, user_id, data, notify';

/**
 * Committed events after `after`, in delivery order, up to `limit`. `ready` is how many of them may be delivered:
 * those whose transaction is older than every transaction still in progress. The rest (a later transaction that
 * committed before an earlier one) wait, since the earlier one may still add events before them; `held` says so,
 * and the reader asks again shortly.
 */
export async function readEventsAfter(
  db: Queryable,
  after: Position,
  limit: number,
): Promise<{ rows: EventRow[]; held: boolean }> {
  const { rows } = await db.query<EventRow & { ready: boolean }>(
    `SELECT ${COLUMNS}, ${deliverable('tx')} AS ready FROM events
     WHERE (tx, id) > ($1::text::xid8, $2::bigint) ORDER BY tx, id LIMIT $3`,
    [String(after.tx), after.id, limit],
  );
  const ready = rows.findIndex((row) => !row.ready);
  return ready === -1 ? { rows, held: false } : { rows: rows.slice(0, ready), held: true };
}

/** Retention: events older than `before` (a stream resuming from before then replays what is left). */
export async function deleteEventsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM events WHERE occurred_at < $1', [before]);
  return rowCount ?? 0;
}

/** The newest deliverable position: where a stream without Last-Event-ID starts. */
export async function lastPosition(db: Queryable): Promise<Position> {
  const { rows } = await db.query<Position>(
    `SELECT tx::text::bigint AS tx, id FROM events WHERE ${deliverable('tx')} ORDER BY tx DESC, id DESC LIMIT 1`,
  );
  return rows[0] ?? START;
}

/**
 * The position of the event a client last received (its Last-Event-ID, an event id). An id no longer stored (past
 * retention) resumes from the start of what is left; an id beyond every stored one, from `live` (nothing to replay).
 */
export async function positionOfEvent(db: Queryable, id: number, live: Position): Promise<Position> {
  const { rows } = await db.query<{ tx: number | null; newest: number | null }>(
    'SELECT (SELECT tx::text::bigint FROM events WHERE id = $1) AS tx, (SELECT max(id) FROM events) AS newest',
    [id],
  );
  const row = rows[0];
  if (row?.tx !== null && row?.tx !== undefined) return { tx: Number(row.tx), id };
  return row?.newest !== null && row?.newest !== undefined && id < Number(row.newest) ? START : live;
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
