import type { Logger } from 'pino';
import { listenResiliently, type Database, type Queryable } from '../../platform/db/index.ts';

/**
 * The portal settings row, kept in this process until it changes: every `/me`, the session endpoint, branding and
 * the help center read it, and on the embedded engine a read would queue behind whatever holds the one connection
 * (a long report). Correctness rests on invalidation, as in the session cache: this process drops its copy after
 * its own commits (`forgetSettingsAfterCommit`), and on PostgreSQL a trigger (migration 0028) NOTIFYs every
 * process of any change to `portal_settings`, whoever made it. While that LISTEN is down the cache is bypassed
 * (`/readyz` says so). On the embedded engine only this process can write, and the only writers of the cached
 * columns (`updateSettings`, the seeds before the app serves) clear it.
 */
const CHANNEL = 'portico_settings_changed';

interface State {
  // One entry per reader: the settings row, the segments' branding (modules/branding).
  rows: Map<string, unknown>;
  generation: number;
  // False while this database's change notifications cannot arrive: nothing is served from or kept in the cache.
  trusted: boolean;
}
// Per database (tests run several in one process); a transaction is not a key and reads through.
const states = new WeakMap<Queryable, State>();
// Bumped on every clear: a read that started before a change must not store what it read.
let generation = 0;

function clearLocal() {
  generation += 1;
}

function stateOf(db: Queryable): State | undefined {
  return states.get(db);
}

/**
 * The cached copy when there is a trusted one, without a promise: hot paths (`GET /me`) answer synchronously
 * when everything they need is in memory, and fall back to `cachedSettings` when this is undefined.
 */
export function peekCachedSettings<Row>(db: Queryable, key = 'settings'): Row | undefined {
  const state = stateOf(db);
  if (state?.trusted && state.generation === generation) return state.rows.get(key) as Row | undefined;
  return undefined;
}

export async function cachedSettings<Row>(
  db: Queryable,
  read: (db: Queryable) => Promise<Row>,
  key = 'settings',
): Promise<Row> {
  const state = stateOf(db);
  if (state?.trusted && state.generation === generation && state.rows.has(key)) return state.rows.get(key) as Row;
  const readAt = generation;
  const row = await read(db);
  if (readAt === generation && (state?.trusted ?? isDatabase(db))) {
    const current = stateOf(db);
    const rows = current?.generation === readAt ? current.rows : new Map<string, unknown>();
    rows.set(key, row);
    states.set(db, { rows, generation: readAt, trusted: true });
  }
  return row;
}

function isDatabase(db: Queryable): db is Database {
  return typeof (db as Partial<Database>).transaction === 'function';
}

/** Call from every write of the cached columns; the copy is dropped once the write is committed. */
export function forgetSettingsAfterCommit(db: Queryable) {
  db.afterCommit(clearLocal);
}

/** On a PostgreSQL server, drops the copy whenever any process (or anyone) changes the settings. */
export async function startSettingsCacheSync(db: Database, logger: Logger): Promise<() => Promise<void>> {
  const listener = await listenResiliently(db, {
    name: 'settings-cache',
    channel: CHANNEL,
    logger,
    onNotification: clearLocal,
    onDown: () => {
      clearLocal();
      states.set(db, { rows: new Map(), generation: -1, trusted: false });
    },
    onUp: () => {
      clearLocal();
      states.delete(db);
    },
  });
  if (!listener) return async () => undefined;
  return async () => {
    clearLocal();
    states.delete(db);
    await listener.stop();
  };
}
