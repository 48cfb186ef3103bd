import type { Logger } from 'pino';
import type { BuiltModuleName } from '../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../actor.ts';
import { listenResiliently, type Database } from '../db/index.ts';
import {
  EVENTS_CHANNEL,
  lastEventId,
  onLocalEvent,
  readEventsAfter,
  setRemotePublisher,
  sseFrame,
  userFrame,
  type EventRow,
} from './events.ts';
import { connectRedisTransport } from './redis-transport.ts';

const BATCH = 500;

/** One open event stream. The hub decides what it may receive; the transport (SSE) only writes frames. */
export interface Subscription {
  /** Id of the last event this stream has passed (sent or skipped as not visible). */
  cursor: number;
  write(frame: string): void;
  close(): void;
}

/** The caller's access, re-read when the session cache changes (membership removed, role changed, signed out). */
export interface Authorizer {
  /** A number that changes whenever cached access may have changed (the session cache generation). */
  generation(): number;
  /** The current actor of the stream's session, or null once it may no longer listen. */
  reload(): Promise<Actor | null>;
}

interface Connection {
  sub: Subscription;
  auth: Authorizer;
  actor: Actor;
  generation: number;
  accountIds: Set<string> | null; // null: every account
  paused: boolean;
}

/** The actor's account scope as a set, for a constant-time check per event and stream. */
function viewOf(actor: Actor) {
  const scope = accountScopeOf(actor);
  return scope.kind === 'all' ? null : new Set(scope.ids);
}

/** The portal module of the events an account's people share, by type (deny by default: unknown types go nowhere). */
const MODULE_OF_EVENT_TYPE: [prefix: string, module: BuiltModuleName][] = [
  ['ticket.', 'tickets'],
  ['thread.', 'messages'],
  ['message.', 'messages'],
];

/**
 * The module rule of the module gate (segments/module-gate.ts), for streams: people receive an event of an account
 * only while its segment has the event's module. Staff see what their scope allows. Ticket threads publish their
 * message events to staff only (the ticket's people get `ticket.updated` and notification frames), so an event the
 * account shares is a ticket event or a conversation's. A notification frame is about a message of a thread of
 * either kind: it needs one of the two (posting into an account without the thread's module is refused upstream).
 */
function moduleAllows(actor: Actor, row: EventRow, frame: 'event' | 'notification'): boolean {
  if (actor.staffRole || !row.account_id) return true;
  const modules = actor.accountModules.get(row.account_id) ?? [];
  if (frame === 'notification') return modules.includes('messages') || modules.includes('tickets');
  // An event meant for this person alone (their own read mark) follows the action they were allowed to take.
  if (row.audience !== 'account' && row.user_id === actor.userId) return true;
  const module = MODULE_OF_EVENT_TYPE.find(([prefix]) => row.type.startsWith(prefix))?.[1];
  return module !== undefined && modules.includes(module);
}

/** The same rule as the audience column says (events.ts); the per-event policy of every stream. */
function visible(conn: Connection, row: EventRow): boolean {
  if (row.audience === 'user') return row.user_id === conn.actor.userId;
  if (!row.account_id) return false;
  if (conn.accountIds && !conn.accountIds.has(row.account_id)) return false;
  if (!moduleAllows(conn.actor, row, 'event')) return false;
  if (row.audience === 'account') return true;
  return conn.actor.staffRole !== null || row.user_id === conn.actor.userId;
}

/** Writes what a stream may receive of one event: the event itself, then its frame for this user, if any. */
function deliver(conn: Connection, row: EventRow, shared: () => string) {
  if (visible(conn, row)) conn.sub.write(shared());
  if (
    row.notify &&
    row.account_id &&
    (!conn.accountIds || conn.accountIds.has(row.account_id)) &&
    moduleAllows(conn.actor, row, 'notification')
  ) {
    const own = userFrame(row, conn.actor.userId);
    if (own) conn.sub.write(own);
  }
}

/**
 * Per-process fan-out of events to open streams. Every process reads committed events from the `events` table
 * in id order; a wake-up (local commit, PostgreSQL NOTIFY or Redis message) only says "there is something new",
 * so a lost wake-up delays an event until the next one or the safety poll, and never loses it.
 */
export class RealtimeHub {
  private lastId = 0;
  private readonly conns = new Set<Connection>();
  private pumping = false;
  private again = false;
  private stops: (() => Promise<void> | void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: { redisUrl: string | null; keepAliveMs: number; pollMs: number },
  ) {}

  get connectionCount() {
    return this.conns.size;
  }

  async start() {
    this.lastId = await lastEventId(this.db);
    const off = onLocalEvent(() => this.poke());
    this.stops.push(() => void off());
    if (this.options.redisUrl) {
      const redis = await connectRedisTransport(this.options.redisUrl, EVENTS_CHANNEL, () => this.poke(), this.logger);
      setRemotePublisher(redis.publish);
      this.stops.push(async () => {
        setRemotePublisher(null);
        await redis.close();
      });
    } else {
      // Reconnects by itself; events committed meanwhile are read on the wake-up after it is back (or the poll).
      const listener = await listenResiliently(this.db, {
        name: 'realtime',
        channel: EVENTS_CHANNEL,
        logger: this.logger,
        onNotification: () => this.poke(),
        onDown: () => undefined,
        onUp: () => this.poke(),
      });
      if (listener) this.stops.push(() => listener.stop());
    }
    // Keep-alive comments stop proxies from closing idle streams and let each stream's session be re-checked.
    const keepAlive = setInterval(() => this.keepAlive(), this.options.keepAliveMs);
    const poll = setInterval(() => this.poke(), this.options.pollMs);
    keepAlive.unref();
    poll.unref();
    this.stops.push(() => {
      clearInterval(keepAlive);
      clearInterval(poll);
    });
  }

  /** Ends every open stream (clients reconnect, to another process if this one is going away). */
  closeStreams() {
    for (const conn of this.conns) conn.sub.close();
    this.conns.clear();
  }

  async stop() {
    for (const stop of this.stops.reverse()) await stop();
    this.closeStreams();
  }

  poke() {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
    });
  }

  private async pump() {
    try {
      let rows: EventRow[];
      do {
        this.again = false;
        rows = await readEventsAfter(this.db, this.lastId, BATCH);
        for (const row of rows) this.dispatch(row);
      } while (this.again || rows.length === BATCH);
    } catch (error) {
      this.logger.warn({ err: error }, 'reading events failed; the next wake-up retries');
    }
  }

  private dispatch(row: EventRow) {
    this.lastId = row.id;
    let frame: string | null = null;
    for (const conn of this.conns) {
      if (conn.paused || conn.sub.cursor >= row.id) continue;
      if (conn.generation !== conn.auth.generation()) {
        void this.refresh(conn);
        continue;
      }
      deliver(conn, row, () => (frame ??= sseFrame(row)));
      conn.sub.cursor = row.id;
    }
  }

  /**
   * Adds a stream. With a cursor (Last-Event-ID) it first replays what it missed, then joins the live flow;
   * without one it starts at the newest event.
   */
  async subscribe(sub: Subscription, actor: Actor, auth: Authorizer, resumeAfter: number | null) {
    const conn: Connection = {
      sub,
      auth,
      actor,
      generation: auth.generation(),
      accountIds: viewOf(actor),
      paused: true,
    };
    sub.cursor = resumeAfter ?? this.lastId;
    this.conns.add(conn);
    await this.catchUp(conn);
    return () => void this.conns.delete(conn);
  }

  /** Replays from the stream's cursor to the hub's position; unpauses only when no await remains in between. */
  private async catchUp(conn: Connection) {
    conn.paused = true;
    try {
      while (conn.sub.cursor < this.lastId && this.conns.has(conn)) {
        const rows = await readEventsAfter(this.db, conn.sub.cursor, BATCH);
        for (const row of rows) {
          if (row.id > this.lastId) break;
          deliver(conn, row, () => sseFrame(row));
          conn.sub.cursor = row.id;
        }
        if (!rows.length) break;
      }
      conn.paused = false;
    } catch (error) {
      this.logger.warn({ err: error }, 'event replay failed; closing the stream so the client resumes');
      this.drop(conn);
    }
  }

  private async refresh(conn: Connection) {
    if (conn.paused) return;
    conn.paused = true;
    conn.generation = conn.auth.generation();
    const actor = await conn.auth.reload().catch(() => null);
    if (!actor) return this.drop(conn);
    conn.actor = actor;
    conn.accountIds = viewOf(actor);
    await this.catchUp(conn);
  }

  private drop(conn: Connection) {
    this.conns.delete(conn);
    conn.sub.close();
  }

  private keepAlive() {
    for (const conn of this.conns) {
      conn.sub.write(': keep-alive\n\n');
      // Idle timeout, sign-out or expiry ends the stream even when no event arrives.
      if (!conn.paused) {
        conn.paused = true;
        void conn.auth.reload().then(
          (actor) => {
            if (!actor) return this.drop(conn);
            conn.actor = actor;
            conn.accountIds = viewOf(actor);
            conn.generation = conn.auth.generation();
            return this.catchUp(conn);
          },
          () => this.drop(conn),
        );
      }
    }
  }
}
