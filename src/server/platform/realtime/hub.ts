import type { Logger } from 'pino';
import { SUBJECT_THREAD_MODULES, isSubjectThreadKind, type BuiltModuleName } from '../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../actor.ts';
import { listenResiliently, PROCESS_INSTANCE_ID, type Database } from '../db/index.ts';
import {
  EVENTS_CHANNEL,
  isAfter,
  lastPosition,
  onLocalEvent,
  positionOfEvent,
  readEventsAfter,
  setRemoteWake,
  sseFrame,
  START,
  userFrame,
  type EventRow,
  type Position,
} from './events.ts';
import { connectRedisTransport } from './redis-transport.ts';

const BATCH = 500;
/** While a later transaction's events wait for an earlier one still open, the hub asks again after this (doubling). */
const HELD_RETRY_MIN_MS = 5;
const HELD_RETRY_MAX_MS = 1_000;

/** One open event stream. The hub decides what it may receive; the transport (SSE) only writes frames. */
export interface Subscription {
  write(frame: string): void;
  close(): void;
}

/** The caller's access, followed for as long as the stream is open. */
export interface Authorizer {
  /**
   * Calls `onChange` whenever this stream's own access may have changed (its session, its person, or one of their
   * accounts or segments), and never for anyone else's change. Returns the function that stops watching.
   */
  watch(onChange: () => void): () => void;
  /** True once the session's own absolute or idle timeout may have passed: only then is it worth a re-read. */
  timedOut(): boolean;
  /** The current actor of the stream's session, or null once it may no longer listen. */
  reload(): Promise<Actor | null>;
}

interface Connection {
  sub: Subscription;
  auth: Authorizer;
  actor: Actor;
  accountIds: Set<string> | null; // null: every account
  /** Last event this stream has passed (sent or skipped as not visible). Shared objects, one per event. */
  cursor: Position;
  paused: boolean;
  /** A change arrived while the stream was re-reading its session: read it again afterwards. */
  changed: boolean;
  unwatch: () => void;
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
  ['task.', 'projects'],
  ['onboarding.', 'onboarding'],
  ['signature.', 'signatures'],
  ['retainer.', 'billing'],
];

/**
 * The module rule of the module gate (segments/module-gate.ts), for streams: people receive an event of an account
 * only while its segment has the event's module. Staff see what their scope allows. Ticket threads publish their
 * message events to staff only (the ticket's people get `ticket.updated` and notification frames), so an event the
 * account shares is a ticket event or a conversation's. A notification frame is about a message of a thread: it
 * needs the module of that thread (posting into an account without the thread's module is refused upstream).
 */
function moduleAllows(actor: Actor, row: EventRow, frame: 'event' | 'notification'): boolean {
  if (actor.staffRole || !row.account_id) return true;
  const modules = actor.accountModules.get(row.account_id) ?? [];
  if (frame === 'notification') {
    // About a message: a thread beside a task or document follows its object's module; any other thread needs
    // messages or tickets (the frame does not say which of the two, and posting was checked upstream).
    const kind = row.data.threadKind;
    if (typeof kind === 'string' && isSubjectThreadKind(kind)) return modules.includes(SUBJECT_THREAD_MODULES[kind]);
    return modules.includes('messages') || modules.includes('tickets');
  }
  // An event meant for this person alone (their own read mark) follows the action they were allowed to take.
  if (row.audience !== 'account' && row.user_id === actor.userId) return true;
  // A message beside a task or a document follows its object's module, not messages'.
  const kind = row.type.startsWith('message.') ? row.data.threadKind : undefined;
  const module =
    typeof kind === 'string' && isSubjectThreadKind(kind)
      ? SUBJECT_THREAD_MODULES[kind]
      : MODULE_OF_EVENT_TYPE.find(([prefix]) => row.type.startsWith(prefix))?.[1];
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
 * Per-process fan-out of events to open streams. Every process reads committed events from the `events` table in
 * delivery order (events.ts); a wake-up (local commit, PostgreSQL NOTIFY or Redis message) only says "there is
 * something new", so a lost wake-up delays an event until the next one or the safety poll, and never loses it.
 */
export class RealtimeHub {
  private position: Position = START;
  private readonly conns = new Set<Connection>();
  private pumping = false;
  private again = false;
  private heldRetryMs = 0;
  private heldTimer: NodeJS.Timeout | null = null;
  private stops: (() => Promise<void> | void)[] = [];
  private rechecks = 0;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: { redisUrl: string | null; keepAliveMs: number; pollMs: number },
  ) {}

  get connectionCount() {
    return this.conns.size;
  }

  /** How many times a stream has re-read its session since start (tests and the bench: who pays for a change). */
  get sessionRechecks() {
    return this.rechecks;
  }

  async start() {
    this.position = await lastPosition(this.db);
    const off = onLocalEvent(() => this.poke());
    this.stops.push(() => void off());
    if (this.options.redisUrl) {
      const redis = await connectRedisTransport(this.options.redisUrl, EVENTS_CHANNEL, () => this.poke(), this.logger);
      setRemoteWake(coalesced(() => redis.publish()));
      this.stops.push(async () => {
        setRemoteWake(null);
        await redis.close();
      });
    } else {
      // Reconnects by itself; events committed meanwhile are read on the wake-up after it is back (or the poll).
      const listener = await listenResiliently(this.db, {
        name: 'realtime',
        channel: EVENTS_CHANNEL,
        logger: this.logger,
        // This process's own commits poke its hubs directly (onLocalEvent): its NOTIFY is for the others, and
        // reading the events table a second time for it was one wasted statement per write.
        onNotification: (payload) => {
          if (payload !== PROCESS_INSTANCE_ID) this.poke();
        },
        onDown: () => undefined,
        onUp: () => this.poke(),
      });
      if (listener) {
        // One NOTIFY in flight per process at a time, however many commits ask for one meanwhile.
        setRemoteWake(
          coalesced(() =>
            this.db.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, PROCESS_INSTANCE_ID]).then(() => undefined),
          ),
        );
        this.stops.push(async () => {
          setRemoteWake(null);
          await listener.stop();
        });
      }
    }
    // Keep-alive comments stop proxies from closing idle streams; they touch no database.
    const keepAlive = setInterval(() => this.keepAlive(), this.options.keepAliveMs);
    const poll = setInterval(() => this.poke(), this.options.pollMs);
    keepAlive.unref();
    poll.unref();
    this.stops.push(() => {
      clearInterval(keepAlive);
      clearInterval(poll);
      if (this.heldTimer) clearTimeout(this.heldTimer);
    });
  }

  /** Ends every open stream (clients reconnect, to another process if this one is going away). */
  closeStreams() {
    for (const conn of this.conns) {
      conn.unwatch();
      conn.sub.close();
    }
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
      let batch: { rows: EventRow[]; held: boolean };
      do {
        this.again = false;
        batch = await readEventsAfter(this.db, this.position, BATCH);
        for (const row of batch.rows) this.dispatch(row);
      } while (this.again || batch.rows.length === BATCH);
      this.retryWhileHeld(batch.held);
    } catch (error) {
      this.logger.warn({ err: error }, 'reading events failed; the next wake-up retries');
    }
  }

  /**
   * Events held back behind a transaction still open get no wake-up of their own when it ends (it may write no
   * event), so the hub looks again soon, backing off while the transaction stays open.
   */
  private retryWhileHeld(held: boolean) {
    if (!held) {
      this.heldRetryMs = 0;
      return;
    }
    if (this.heldTimer) return;
    this.heldRetryMs = Math.min(HELD_RETRY_MAX_MS, Math.max(HELD_RETRY_MIN_MS, this.heldRetryMs * 2));
    this.heldTimer = setTimeout(() => {
      this.heldTimer = null;
      this.poke();
    }, this.heldRetryMs);
    this.heldTimer.unref();
  }

  private dispatch(row: EventRow) {
    const position: Position = { tx: row.tx, id: row.id };
    this.position = position;
    let frame: string | null = null;
    for (const conn of this.conns) {
      if (conn.paused || !isAfter(position, conn.cursor)) continue;
      deliver(conn, row, () => (frame ??= sseFrame(row)));
      conn.cursor = position;
    }
  }

  /**
   * Adds a stream. With a resume point (Last-Event-ID, an event id) it first replays what it missed, then joins
   * the live flow; without one it starts at the newest event.
   */
  async subscribe(sub: Subscription, actor: Actor, auth: Authorizer, resumeAfter: number | null) {
    const conn: Connection = {
      sub,
      auth,
      actor,
      accountIds: viewOf(actor),
      cursor: this.position,
      paused: true,
      changed: false,
      unwatch: () => undefined,
    };
    conn.unwatch = auth.watch(() => void this.refresh(conn));
    this.conns.add(conn);
    const unsubscribe = () => {
      conn.unwatch();
      this.conns.delete(conn);
    };
    try {
      if (resumeAfter !== null) conn.cursor = await positionOfEvent(this.db, resumeAfter, this.position);
    } catch (error) {
      this.logger.warn({ err: error }, 'finding the resume point failed; closing the stream so the client resumes');
      this.drop(conn);
      return unsubscribe;
    }
    await this.catchUp(conn);
    return unsubscribe;
    return () => {
      conn.unwatch();
      this.conns.delete(conn);
    };
  }

  /** Replays from the stream's cursor to the hub's position; unpauses only when no await remains in between. */
  private async catchUp(conn: Connection) {
    conn.paused = true;
    try {
      while (isAfter(this.position, conn.cursor) && this.conns.has(conn)) {
        const { rows } = await readEventsAfter(this.db, conn.cursor, BATCH);
        for (const row of rows) {
          const position: Position = { tx: row.tx, id: row.id };
          if (isAfter(position, this.position)) break;
          deliver(conn, row, () => sseFrame(row));
          conn.cursor = position;
        }
        if (!rows.length) break;
      }
      conn.paused = false;
      if (conn.changed) void this.refresh(conn);
    } catch (error) {
      this.logger.warn({ err: error }, 'event replay failed; closing the stream so the client resumes');
      this.drop(conn);
    }
  }

  /** Re-reads the stream's own session after a change to it (coalesced: changes meanwhile cause one more read). */
  private async refresh(conn: Connection) {
    if (conn.paused) {
      conn.changed = true;
      return;
    }
    conn.paused = true;
    do {
      conn.changed = false;
      this.rechecks += 1;
      const actor = await conn.auth.reload().catch(() => null);
      if (!actor || !this.conns.has(conn)) return this.drop(conn);
      conn.actor = actor;
      conn.accountIds = viewOf(actor);
    } while (conn.changed);
    await this.catchUp(conn);
  }

  private drop(conn: Connection) {
    conn.unwatch();
    this.conns.delete(conn);
    conn.sub.close();
  }

  private keepAlive() {
    for (const conn of this.conns) {
      conn.sub.write(': keep-alive\n\n');
      // Only a session whose own timeout has passed is read again (idle or absolute expiry, sign-out elsewhere
      // arrives through watch): an idle stream costs the database nothing until then.
      if (conn.auth.timedOut()) void this.refresh(conn);
    }
  }
}

/** Runs `send` at most once at a time; calls made meanwhile are folded into one more run after it. */
function coalesced(send: () => Promise<void> | void) {
  let running = false;
  let pending = false;
  const run = (): void => {
    running = true;
    pending = false;
    void Promise.resolve()
      .then(send)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) run();
      });
  };
  return () => {
    if (running) pending = true;
    else run();
  };
}
